package org.icpengine.sample.linked;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.CsvWriter;
import org.icpengine.sample.Draws;
import org.icpengine.sample.Ids;
import org.icpengine.sample.linked.Story.Contact;
import org.icpengine.sample.linked.Story.ContactRole;
import org.icpengine.sample.linked.Story.Opportunity;
import org.icpengine.sample.linked.Story.SurveyResponse;
import org.icpengine.sample.linked.Story.Touch;

/**
 * Streams stories into the eight files of the linked export, one account at a time, and writes the
 * spend file last, once every new customer is counted.
 */
final class ExportWriter implements Closeable {
  private static final int OWNERS = 12;

  private final List<CsvWriter> writers = new ArrayList<>();
  private final CsvWriter accounts;
  private final CsvWriter opportunities;
  private final CsvWriter subscriptions;
  private final CsvWriter contacts;
  private final CsvWriter roles;
  private final CsvWriter touches;
  private final CsvWriter spend;
  private final CsvWriter survey;
  private final SpendLedger ledger = new SpendLedger();
  private final List<String> owners = new ArrayList<>();

  ExportWriter(LinkedSampleFiles files, Keys keys) throws IOException {
    accounts = open(files.accounts(), CrmRows.ACCOUNT_HEADER);
    opportunities = open(files.opportunities(), CrmRows.OPPORTUNITY_HEADER);
    subscriptions = open(files.subscriptions(), SubscriptionRows.HEADER);
    contacts = open(files.contacts(), CrmRows.CONTACT_HEADER);
    roles = open(files.contactRoles(), CrmRows.ROLE_HEADER);
    touches = open(files.touches(), MarketingRows.TOUCH_HEADER);
    spend = open(files.spend(), SpendLedger.HEADER);
    survey = open(files.survey(), MarketingRows.SURVEY_HEADER);
    for (int i = 0; i < OWNERS; i++) {
      owners.add(Ids.salesforce("005", i, keys.accountSalt()));
    }
  }

  private CsvWriter open(Path file, List<String> header) throws IOException {
    CsvWriter writer = CsvWriter.open(file);
    writers.add(writer);
    writer.row(header);
    return writer;
  }

  /** Writes one account's story, drawing its mess from {@code rnd}. */
  void write(Story story, SplittableRandom rnd) throws IOException {
    Company company = story.company();
    String owner = Draws.pick(rnd, owners);
    long created = story.touches().stream().mapToLong(Touch::day).min().orElse(Deals.FIRST_CREATED);
    accounts.row(CrmRows.account(story, created - rnd.nextInt(30), owner, rnd));
    Map<String, String> accountIds = writeDeals(story, owner, rnd);
    writePeople(story, accountIds, rnd);
    for (Touch touch : story.touches()) {
      touches.row(MarketingRows.touch(company, touch, rnd));
    }
    for (SurveyResponse response : story.responses()) {
      survey.row(MarketingRows.response(response, rnd));
    }
    ledger.count(story);
  }

  /** Writes opportunities and subscriptions; returns each opportunity's AccountId as written. */
  private Map<String, String> writeDeals(Story story, String owner, SplittableRandom rnd)
      throws IOException {
    Company company = story.company();
    Map<String, String> accountIds = new HashMap<>();
    for (Opportunity deal : story.opportunities()) {
      List<String> row = CrmRows.opportunity(company, deal, owner, rnd);
      accountIds.put(deal.id(), row.get(1));
      opportunities.row(row);
    }
    for (int i = 0; i < story.segments().size(); i++) {
      String id = Keys.subscription(company.index(), i);
      subscriptions.row(SubscriptionRows.row(id, company, story.segments().get(i), rnd));
    }
    return accountIds;
  }

  private void writePeople(Story story, Map<String, String> accountIds, SplittableRandom rnd)
      throws IOException {
    Map<String, String> emails = new HashMap<>();
    for (Contact contact : story.contacts()) {
      List<String> row = CrmRows.contact(story.company(), contact, rnd);
      emails.put(contact.id(), row.get(4));
      contacts.row(row);
    }
    for (ContactRole role : story.roles()) {
      String accountId = accountIds.get(role.opportunityId());
      roles.row(CrmRows.role(role, accountId, emails.get(role.contactId()), rnd));
    }
  }

  /** Writes the spend rows; call once, after the last story. */
  void writeSpend(SplittableRandom rnd) throws IOException {
    for (List<String> row : ledger.rows(rnd)) {
      spend.row(row);
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (CsvWriter writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
