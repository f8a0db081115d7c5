package org.icpengine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams a wide, messy customer table for benchmarks: the 19 customers.csv columns plus 11 more
 * (categorical attributes with messy spellings, numbers with currencies and units, a boolean and a
 * date), 30 columns in all. Rows are written as they are drawn, so memory stays constant however
 * many rows are asked for; a million rows take a few seconds.
 *
 * <p>Unlike {@link SampleCompany}, the noise columns are drawn independently per row rather than
 * dealt out per outcome stratum, which would need every row in memory; their lifts are therefore 1
 * only up to sampling error.
 */
public final class BenchTable {
  /** The number of columns every bench table has. */
  public static final int COLUMNS = 30;

  private static final double FIT_SHARE = 0.08;

  private BenchTable() {}

  /** Returns the header row of a bench table, {@link #COLUMNS} names. */
  public static List<String> header() {
    List<String> header = new ArrayList<>(CustomerRows.HEADER);
    header.addAll(BenchExtras.HEADER);
    return List.copyOf(header);
  }

  /**
   * Writes a header and {@code rows} rows to {@code file}, creating its parent directories; the
   * same seed and row count always produce byte-identical files.
   *
   * @param file the CSV file to create or replace
   * @param rows the number of data rows, zero or more
   * @param seed the seed of every random draw
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, long rows, long seed) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0 but was " + rows);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    long salt = rnd.nextLong();
    try (CsvWriter csv = CsvWriter.open(file)) {
      csv.row(header());
      for (long i = 0; i < rows; i++) {
        Customer customer = draw(rnd);
        List<String> cells = CustomerRows.cells(Ids.salesforce(i, salt), customer, rnd);
        cells.addAll(BenchExtras.cells(customer, rnd));
        csv.row(cells);
      }
    }
  }

  private static Customer draw(SplittableRandom rnd) {
    Account account = Accounts.draw(rnd, FIT_SHARE);
    Economics economics = Outcomes.economics(account, rnd);
    Lifecycle lifecycle = Outcomes.lifecycle(economics, rnd);
    return new Customer(
        account,
        economics,
        lifecycle,
        Draws.weighted(rnd, CustomerTable.USE_CASES, CustomerTable.USE_CASE_WEIGHTS),
        Draws.weighted(rnd, CustomerTable.CHALLENGES, CustomerTable.CHALLENGE_WEIGHTS),
        Draws.weighted(rnd, CustomerTable.LEAD_SOURCES, CustomerTable.LEAD_SOURCE_WEIGHTS));
  }
}
