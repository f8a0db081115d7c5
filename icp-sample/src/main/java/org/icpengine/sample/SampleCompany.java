package org.icpengine.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Northwind Analytics, a fictional B2B SaaS company whose CRM exports carry a planted Ideal
 * Customer Profile ({@link PlantedIcp}) under realistic mess: mixed spellings, units, formats and
 * missing values.
 *
 * <p>Output depends only on the options: the same seed and counts always produce byte-identical
 * files, and each file draws from its own random stream, so changing one count leaves the other
 * files unchanged.
 */
public final class SampleCompany {
  /** The file name of the customers export. */
  public static final String CUSTOMERS_FILE = "customers.csv";

  /** The file name of the deals export. */
  public static final String DEALS_FILE = "deals.csv";

  /** The file name of the prospects export. */
  public static final String PROSPECTS_FILE = "prospects.csv";

  /** The sample's industries, each under the one spelling cleaning should fold its variants to. */
  public static final List<String> INDUSTRIES = Spellings.INDUSTRIES;

  /** The sample's countries, each under its canonical ISO 3166 English short name. */
  public static final List<String> COUNTRIES = Spellings.COUNTRIES;

  private final long seed;
  private final int customers;
  private final int deals;
  private final int prospects;
  private final Long outcomeShuffle;

  private SampleCompany(Builder builder) {
    this.outcomeShuffle = builder.outcomeShuffle;
    this.seed = builder.seed;
    this.customers = builder.customers;
    this.deals = builder.deals;
    this.prospects = builder.prospects;
  }

  /** Returns a builder with seed 42, 4,000 customers, 10,000 deals and 20,000 prospects. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes customers.csv, deals.csv and prospects.csv into {@code dir}, creating it if needed and
   * replacing files of those names.
   *
   * @return the paths of the three files
   * @throws IOException if a file cannot be written
   */
  public SampleFiles write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Streams streams = new Streams(seed);
    SampleFiles files =
        new SampleFiles(
            dir.resolve(CUSTOMERS_FILE), dir.resolve(DEALS_FILE), dir.resolve(PROSPECTS_FILE));
    List<Customer> generated = shuffled(CustomerTable.generate(customers, streams.customers));
    CustomerTable.write(files.customers(), generated, streams.customerSalt, streams.customers);
    DealTable.write(files.deals(), deals, streams.dealSalt, streams.deals);
    ProspectTable.write(files.prospects(), prospects, streams.prospectSalt, streams.prospects);
    return files;
  }

  /** Returns the clean customers behind customers.csv, before any messiness. */
  List<Customer> customers() {
    return CustomerTable.generate(customers, new Streams(seed).customers);
  }

  /** Deals the customers' outcomes (LTV, NRR, CAC, churn) out to them again at random, if asked. */
  private List<Customer> shuffled(List<Customer> generated) {
    if (outcomeShuffle == null) {
      return generated;
    }
    List<Economics> outcomes =
        new java.util.ArrayList<>(generated.stream().map(Customer::economics).toList());
    java.util.Collections.shuffle(outcomes, new java.util.Random(outcomeShuffle));
    List<Customer> shuffled = new java.util.ArrayList<>(generated.size());
    for (int i = 0; i < generated.size(); i++) {
      Customer c = generated.get(i);
      shuffled.add(
          new Customer(
              c.account(),
              outcomes.get(i),
              c.lifecycle(),
              c.useCase(),
              c.challenge(),
              c.leadSource()));
    }
    return shuffled;
  }

  /** One random stream and one id salt per file, split from the seed in a fixed order. */
  private static final class Streams {
    final SplittableRandom customers;
    final SplittableRandom deals;
    final SplittableRandom prospects;
    final long customerSalt;
    final long dealSalt;
    final long prospectSalt;

    Streams(long seed) {
      SplittableRandom root = new SplittableRandom(seed);
      customers = root.split();
      deals = root.split();
      prospects = root.split();
      customerSalt = root.nextLong();
      dealSalt = root.nextLong();
      prospectSalt = root.nextLong();
    }
  }

  /** Options for a {@link SampleCompany}; every count must be zero or more. */
  public static final class Builder {
    private long seed = 42;
    private int customers = 4_000;
    private int deals = 10_000;
    private int prospects = 20_000;
    private Long outcomeShuffle;

    private Builder() {}

    /**
     * Shuffles the customers' outcome columns (LTV, NRR, CAC, Churned) among them with the given
     * seed, so customers.csv has the same accounts but no ideal customer profile to find: a null
     * sample on which an ICP should be judged unusable. Off by default.
     */
    public Builder shuffledOutcomes(long shuffleSeed) {
      this.outcomeShuffle = shuffleSeed;
      return this;
    }

    /** Sets the seed of every random draw; default 42. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the number of rows in customers.csv; default 4,000. */
    public Builder customers(int customers) {
      this.customers = nonNegative("customers", customers);
      return this;
    }

    /** Sets the number of rows in deals.csv; default 10,000. */
    public Builder deals(int deals) {
      this.deals = nonNegative("deals", deals);
      return this;
    }

    /** Sets the number of rows in prospects.csv; default 20,000. */
    public Builder prospects(int prospects) {
      this.prospects = nonNegative("prospects", prospects);
      return this;
    }

    /** Returns the company with these options. */
    public SampleCompany build() {
      return new SampleCompany(this);
    }

    private static int nonNegative(String name, int count) {
      if (count < 0) {
        throw new IllegalArgumentException(name + " must be >= 0 but was " + count);
      }
      return count;
    }
  }
}
