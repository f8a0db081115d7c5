package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.icpengine.sample.Account;
import org.icpengine.sample.Draws;
import org.icpengine.sample.Figures;
import org.icpengine.sample.Firmographics;
import org.icpengine.sample.Spellings;
import org.icpengine.sample.linked.Story.Contact;
import org.icpengine.sample.linked.Story.ContactRole;
import org.icpengine.sample.linked.Story.Opportunity;

/**
 * Renders the CRM objects of a story as Salesforce Data Loader rows: Account, Opportunity, Contact
 * and OpportunityContactRole, with API field names as headers and the sample's usual mess.
 */
final class CrmRows {
  static final List<String> ACCOUNT_HEADER =
      List.of(
          "Id",
          "Name",
          "Website",
          "Industry",
          "NumberOfEmployees",
          "AnnualRevenue",
          "BillingCountry",
          "OwnerId",
          "CreatedDate",
          "Tech_Stack__c",
          "Data_Maturity__c");
  static final List<String> OPPORTUNITY_HEADER =
      List.of(
          "Id",
          "AccountId",
          "Account.Name",
          "Account.Website",
          "Name",
          "StageName",
          "Amount",
          "CloseDate",
          "CreatedDate",
          "Type",
          "LeadSource",
          "OwnerId");
  static final List<String> CONTACT_HEADER =
      List.of("Id", "AccountId", "FirstName", "LastName", "Email", "Title", "MailingCountry");

  /**
   * The contact roles' headers: the object's own fields, then two relationship fields a SOQL export
   * adds ({@code Opportunity.AccountId}, {@code Contact.Email}) as written in the other files.
   */
  static final List<String> ROLE_HEADER =
      List.of(
          "Id",
          "OpportunityId",
          "ContactId",
          "Role",
          "IsPrimary",
          "Opportunity.AccountId",
          "Contact.Email");

  /** The designed shares of opportunities keyed by account id, by domain only, by name only. */
  static final double KEYED_BY_ID = 0.80;

  static final double KEYED_BY_DOMAIN = 0.10;

  private static final List<String> MATURITY = List.of("Advanced", "Intermediate", "Beginner");
  private static final double[] MATURITY_DATA_DRIVEN = {55, 35, 10};
  private static final double[] MATURITY_OTHER = {15, 45, 40};

  private CrmRows() {}

  static List<String> account(Story story, long createdDay, String owner, SplittableRandom rnd) {
    Company company = story.company();
    Account account = company.account();
    List<String> firmographics = Firmographics.cells(account, rnd);
    double[] maturity = company.dataDriven() ? MATURITY_DATA_DRIVEN : MATURITY_OTHER;
    return List.of(
        company.id(),
        account.name(),
        Spellings.website(account.domain(), rnd),
        firmographics.get(0),
        firmographics.get(2),
        firmographics.get(3),
        firmographics.get(1),
        owner,
        Formats.salesforceDateTime(createdDay, rnd),
        Spellings.technologies(account.technologies(), rnd),
        chance(rnd, 0.3) ? "" : Draws.weighted(rnd, MATURITY, maturity));
  }

  static List<String> opportunity(
      Company company, Opportunity deal, String owner, SplittableRandom rnd) {
    String[] key = accountKey(company, rnd);
    boolean blankAmount = !deal.closedStage() && chance(rnd, 0.05);
    return List.of(
        deal.id(),
        key[0],
        key[1],
        key[2],
        deal.name(),
        deal.stage(),
        blankAmount ? "" : Formats.amount(deal.amount(), rnd),
        Figures.isoDate(deal.closed()),
        Formats.salesforceDateTime(deal.created(), rnd),
        type(deal.type(), rnd),
        leadSource(deal, rnd),
        owner);
  }

  /** Returns AccountId, Account.Name and Account.Website: by id, by domain only or by name only. */
  private static String[] accountKey(Company company, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    String name = company.account().name();
    if (u < KEYED_BY_ID) {
      return new String[] {company.id(), chance(rnd, 0.7) ? name : "", ""};
    }
    if (u < KEYED_BY_ID + KEYED_BY_DOMAIN) {
      String domain = company.account().domain();
      String website = pick(rnd, List.of(domain, "www." + domain, "https://www." + domain + "/"));
      return new String[] {"", "", website};
    }
    return new String[] {"", NameVariants.variant(name, rnd), ""};
  }

  private static String type(Story.DealType type, SplittableRandom rnd) {
    boolean canonical = chance(rnd, 0.7);
    switch (type) {
      case NEW:
        return canonical ? "New Business" : pick(rnd, List.of("New Customer", "New"));
      case EXPANSION:
        return canonical
            ? "Expansion"
            : pick(rnd, List.of("Existing Customer - Upgrade", "Upsell"));
      default:
        return canonical ? "Renewal" : "Existing Customer - Renewal";
    }
  }

  private static String leadSource(Opportunity deal, SplittableRandom rnd) {
    boolean later = deal.type() != Story.DealType.NEW;
    if (chance(rnd, later ? 0.5 : 0.05)) {
      return "";
    }
    return chance(rnd, 0.08) ? deal.leadSource().toLowerCase(Locale.ROOT) : deal.leadSource();
  }

  static List<String> contact(Company company, Contact contact, SplittableRandom rnd) {
    String country = company.account().country();
    String email = chance(rnd, 0.03) ? contact.email().toUpperCase(Locale.ROOT) : contact.email();
    return List.of(
        contact.id(),
        chance(rnd, 0.03) ? "" : company.id(),
        contact.firstName(),
        contact.lastName(),
        email,
        JobTitles.title(contact.function(), contact.seniority(), country, rnd),
        Spellings.country(country, rnd));
  }

  /**
   * Renders a contact role; {@code accountId} and {@code email} are the opportunity's {@code
   * AccountId} and the contact's {@code Email} as written in their own files.
   */
  static List<String> role(ContactRole role, String accountId, String email, SplittableRandom rnd) {
    return List.of(
        role.id(),
        role.opportunityId(),
        role.contactId(),
        chance(rnd, 0.05) ? "" : role.role(),
        Boolean.toString(role.primary()),
        accountId,
        email);
  }
}
