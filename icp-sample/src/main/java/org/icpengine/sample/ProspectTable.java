package org.icpengine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams prospect companies without outcomes as a HubSpot-style prospects.csv; about 15 % are
 * planted fits.
 */
final class ProspectTable {
  static final List<String> HEADER =
      List.of(
          "Record ID",
          "Company name",
          "Company Domain Name",
          "Industry",
          "Country/Region",
          "Number of Employees",
          "Annual Revenue",
          "Technologies",
          "Web Visits (90d)");

  /** The share of prospects drawn as planted fits; about 2 % more fit by chance. */
  static final double FIT_SHARE = 0.13;

  private ProspectTable() {}

  /** Writes {@code count} prospects to {@code file}. */
  static void write(Path file, int count, long idSalt, SplittableRandom rnd) throws IOException {
    try (CsvWriter csv = CsvWriter.open(file)) {
      csv.row(HEADER);
      for (int i = 0; i < count; i++) {
        csv.row(cells(Ids.hubspot(i, idSalt), Accounts.draw(rnd, FIT_SHARE), rnd));
      }
    }
  }

  private static List<String> cells(String recordId, Account account, SplittableRandom rnd) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(recordId);
    cells.add(account.name());
    cells.add(Spellings.website(account.domain(), rnd));
    cells.addAll(Firmographics.cells(account, rnd));
    cells.add(Spellings.technologies(account.technologies(), rnd));
    boolean silent = Draws.chance(rnd, 0.1);
    double visits = 8 * StrictMath.exp(Draws.gaussian(rnd));
    cells.add(silent ? "0" : Long.toString(Math.round(visits)));
    return cells;
  }
}
