package org.icpengine.sample.linked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.icpengine.sample.Account;
import org.icpengine.sample.enrichment.EnrichmentCompany;

/**
 * The linked export of Northwind Analytics, the sample company: eight files as a CRM, a billing
 * system, a marketing tool and a survey tool export them ({@link LinkedSampleFiles}), linked by
 * keys the way real exports are (most opportunities carry the account's id, some only its domain or
 * a variant of its name). The planted ICP works through the economics, not through outcome columns:
 * see {@link org.icpengine.sample.PlantedIcp} and, per account, {@link PlantedAccount}.
 *
 * <p>Output depends only on the seed and the number of accounts: the same options always write
 * byte-identical files. Every other row count scales with the number of accounts (about 1.4
 * opportunities, 0.4 subscription segments, 4 contacts, 3 contact roles, 5.8 touches and 0.4 survey
 * answers per account). Accounts are generated and written one at a time, so memory stays small at
 * any scale but for the set of names and domains already used. docs/sample-data.md describes the
 * files, their columns and the planted truth.
 */
public final class LinkedSample {
  private final long seed;
  private final int accounts;
  private final Optional<PlantedChange> change;

  private LinkedSample(Builder builder) {
    this.seed = builder.seed;
    this.accounts = builder.accounts;
    this.change = builder.change;
  }

  /** Returns a builder with seed 42 and 2,000 accounts. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the eight files into {@code dir}, creating it if needed and replacing files of the same
   * names.
   *
   * @return the paths of the files
   * @throws IOException if a file cannot be written
   */
  public LinkedSampleFiles write(Path dir) throws IOException {
    Files.createDirectories(dir);
    LinkedSampleFiles files = LinkedSampleFiles.in(dir);
    SplittableRandom root = new SplittableRandom(seed);
    Keys keys = Keys.draw(root);
    SplittableRandom spendRnd = root.split();
    try (ExportWriter writer = new ExportWriter(files, keys)) {
      Companies companies = new Companies(keys);
      for (int i = 0; i < accounts; i++) {
        SplittableRandom rnd = root.split();
        Story story = tell(companies.next(i, rnd.split()), keys, rnd.split());
        writer.write(story, rnd.split());
      }
      writer.writeSpend(spendRnd);
    }
    return files;
  }

  /** Returns the planted truth about every account, in the order of accounts.csv. */
  public List<PlantedAccount> plantedAccounts() {
    List<PlantedAccount> planted = new ArrayList<>(accounts);
    stories(story -> planted.add(PlantedAccount.of(story)));
    return planted;
  }

  /**
   * Returns the planted function and seniority of every contact, in the order of contacts.csv: the
   * truth behind the titles, which are written in many spellings and languages.
   */
  public List<PlantedContact> plantedContacts() {
    List<PlantedContact> planted = new ArrayList<>();
    stories(
        story ->
            story.contacts().forEach(contact -> planted.add(PlantedContact.of(story, contact))));
    return planted;
  }

  /**
   * Returns every account as an enrichment file may name it (id, name, domain, country, tech
   * stack), in the order of accounts.csv: the companies of {@code
   * org.icpengine.sample.enrichment.EnrichmentSample}.
   */
  public List<EnrichmentCompany> enrichmentCompanies() {
    List<EnrichmentCompany> companies = new ArrayList<>(accounts);
    stories(
        story -> {
          Account account = story.company().account();
          companies.add(
              new EnrichmentCompany(
                  story.company().id(),
                  account.name(),
                  account.domain(),
                  account.country(),
                  account.technologies()));
        });
    return companies;
  }

  /** Tells every account's story again, drawing exactly as {@link #write} does. */
  void stories(Consumer<Story> consumer) {
    SplittableRandom root = new SplittableRandom(seed);
    Keys keys = Keys.draw(root);
    root.split();
    Companies companies = new Companies(keys);
    for (int i = 0; i < accounts; i++) {
      SplittableRandom rnd = root.split();
      consumer.accept(tell(companies.next(i, rnd.split()), keys, rnd.split()));
    }
  }

  private Story tell(Company company, Keys keys, SplittableRandom rnd) {
    Story story = Stories.tell(company, keys, rnd);
    return change.map(c -> c.apply(story, seed)).orElse(story);
  }

  /** Options for a {@link LinkedSample}. */
  public static final class Builder {
    private long seed = 42;
    private int accounts = 2_000;
    private Optional<PlantedChange> change = Optional.empty();

    private Builder() {}

    /**
     * Plants a change in the later period (for drift checks); default none. Only the changed
     * accounts' industry cells differ from the sample without it.
     */
    public Builder plantedChange(PlantedChange change) {
      this.change = Optional.of(change);
      return this;
    }

    /** Sets the seed of every random draw; default 42. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of accounts, which every other file's size follows (the scale option for
     * benchmarks); default 2,000, at most 2^31 − 1 and at least 1.
     */
    public Builder accounts(int accounts) {
      if (accounts < 1) {
        throw new IllegalArgumentException("accounts must be >= 1 but was " + accounts);
      }
      this.accounts = accounts;
      return this;
    }

    /** Returns the sample with these options. */
    public LinkedSample build() {
      return new LinkedSample(this);
    }
  }
}
