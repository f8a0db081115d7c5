package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.Account;
import org.icpengine.sample.CsvWriter;
import org.icpengine.sample.Draws;
import org.icpengine.sample.Firmographics;
import org.icpengine.sample.Spellings;
import org.icpengine.sample.enrichment.EnrichmentCompany;
import org.icpengine.sample.enrichment.EnrichmentRow;
import org.icpengine.sample.enrichment.EnrichmentSample;

/**
 * The linked export's prospects and a technographic vendor's file about accounts and prospects.
 *
 * <p>The prospects are target accounts the CRM holds without a deal yet, exported like accounts.csv
 * ({@link #PROSPECT_HEADER}): firmographics as messy as the accounts', but the tech stack known for
 * only {@value #KNOWN_STACK_PERCENT} % of them, as CRMs rarely carry it. They are the companies the
 * linked sample would draw after its accounts, so no name or domain is an account's.
 *
 * <p>The vendor's file ({@link #ENRICHMENT_HEADER}) is written with the CRM's field names, as an
 * enrichment tool mapped to the CRM exports it: the tech stack and the head count (a firmographic
 * field), each row naming its company in another system's way ({@link EnrichmentSample}: legal
 * forms, typos, abbreviations, decoys, a web site on some rows). It covers about a third of the
 * accounts and about seven in ten prospects. Output depends only on the seed and the two sizes.
 */
public final class LinkedProspects {
  /** The prospect export's header: accounts.csv's, without the fields of a customer. */
  public static final List<String> PROSPECT_HEADER =
      List.of(
          "Id",
          "Name",
          "Website",
          "Industry",
          "NumberOfEmployees",
          "AnnualRevenue",
          "BillingCountry",
          "Tech_Stack__c");

  /** The vendor's header. */
  public static final List<String> ENRICHMENT_HEADER =
      List.of("Company", "Website", "HQ Country", "Tech_Stack__c", "NumberOfEmployees");

  /** The share of prospects whose tech stack the CRM holds, in percent. */
  public static final int KNOWN_STACK_PERCENT = 15;

  private final long seed;
  private final int accounts;
  private final int prospects;

  /**
   * The prospects after the {@code accounts} accounts of the linked sample of {@code seed}.
   *
   * @throws IllegalArgumentException when a size is below 1
   */
  public LinkedProspects(long seed, int accounts, int prospects) {
    if (accounts < 1 || prospects < 1) {
      throw new IllegalArgumentException(
          "accounts and prospects must be >= 1 but were " + accounts + " and " + prospects);
    }
    this.seed = seed;
    this.accounts = accounts;
    this.prospects = prospects;
  }

  /** The files written: the prospect export and the vendor's file. */
  public record ProspectFiles(Path prospects, Path enrichment) {}

  /** Returns the planted truth about each prospect, in the order of the prospect export. */
  public List<PlantedAccount> plantedProspects() {
    List<PlantedAccount> all = sample().plantedAccounts();
    return List.copyOf(all.subList(accounts, all.size()));
  }

  /** Writes the prospect export and the vendor's file, replacing files of the same names. */
  public ProspectFiles write(Path prospectsFile, Path enrichmentFile) throws IOException {
    List<Account> all = new ArrayList<>(accounts + prospects);
    List<EnrichmentCompany> companies = new ArrayList<>(accounts + prospects);
    sample()
        .stories(
            story -> {
              Account account = story.company().account();
              all.add(account);
              companies.add(
                  new EnrichmentCompany(
                      story.company().id(),
                      account.name(),
                      account.domain(),
                      account.country(),
                      account.technologies()));
            });
    Map<String, Integer> employees = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      employees.put(companies.get(i).id(), all.get(i).employees());
    }
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EED_0F_A11L);
    List<EnrichmentCompany> ofAccounts = companies.subList(0, accounts);
    List<EnrichmentCompany> ofProspects = companies.subList(accounts, companies.size());
    writeProspects(prospectsFile, ofProspects, all.subList(accounts, all.size()), rnd);
    List<EnrichmentRow> rows =
        new ArrayList<>(
            EnrichmentSample.draw(ofAccounts, ofProspects, accounts / 2, rnd.nextLong()));
    rows.addAll(EnrichmentSample.draw(ofProspects, ofAccounts, prospects * 3 / 2, rnd.nextLong()));
    Draws.shuffle(rnd, rows);
    writeEnrichment(enrichmentFile, rows, employees, rnd);
    return new ProspectFiles(prospectsFile, enrichmentFile);
  }

  private LinkedSample sample() {
    return LinkedSample.builder().seed(seed).accounts(accounts + prospects).build();
  }

  private static void writeProspects(
      Path file, List<EnrichmentCompany> companies, List<Account> truth, SplittableRandom rnd)
      throws IOException {
    createParent(file);
    try (CsvWriter writer = CsvWriter.open(file)) {
      writer.row(PROSPECT_HEADER);
      for (int i = 0; i < companies.size(); i++) {
        EnrichmentCompany company = companies.get(i);
        List<String> firmographics = Firmographics.cells(truth.get(i), rnd);
        writer.row(
            List.of(
                company.id(),
                company.name(),
                Spellings.website(company.domain(), rnd),
                firmographics.get(0),
                firmographics.get(2),
                firmographics.get(3),
                firmographics.get(1),
                chance(rnd, KNOWN_STACK_PERCENT / 100.0)
                    ? Spellings.technologies(company.technologies(), rnd)
                    : ""));
      }
    }
  }

  private static void writeEnrichment(
      Path file, List<EnrichmentRow> rows, Map<String, Integer> employees, SplittableRandom rnd)
      throws IOException {
    createParent(file);
    try (CsvWriter writer = CsvWriter.open(file)) {
      writer.row(ENRICHMENT_HEADER);
      for (EnrichmentRow row : rows) {
        int headCount =
            row.truth() == null ? Draws.logUniform(rnd, 5, 20_000) : employees.get(row.truth());
        writer.row(
            List.of(
                row.company(),
                row.website(),
                row.country(),
                row.techStack(),
                chance(rnd, 0.1) ? "" : Integer.toString(headCount)));
      }
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      java.nio.file.Files.createDirectories(parent);
    }
  }
}
