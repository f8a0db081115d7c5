package org.icpengine.server.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.icpengine.data.engine.Engine;
import org.icpengine.server.ServerException;

/**
 * What the score explorer asks of a scored file: rows of a tier, rows with a text in any column,
 * sorted by one column, one page at a time — run in the engine over every row, not over a first
 * slice. Column names come from the file's own header (an allow-list) and every value is a quoted
 * literal, so nothing typed reaches the SQL as code.
 *
 * @param tier "A", "B", "C", "D", "unscored", or empty for every row
 * @param text a text each row must contain in some column (any case), or empty
 * @param sort the column to sort by, or empty for the file's order
 * @param descending whether to sort from high to low
 * @param page the page, from 1
 */
public record ScoredQuery(String tier, String text, String sort, boolean descending, int page) {
  /** Rows on a page. */
  public static final int PAGE_SIZE = 200;

  private static final List<String> TIERS = List.of("A", "B", "C", "D", "unscored");
  private static final int LONGEST_TEXT = 200;

  /**
   * Checks the query.
   *
   * @throws ServerException 400 for an unknown tier, a page below 1 or a text over 200 characters
   */
  public ScoredQuery {
    tier = tier == null ? "" : tier.strip();
    text = text == null ? "" : text.strip();
    sort = sort == null ? "" : sort;
    if (!tier.isEmpty() && !TIERS.contains(tier)) {
      throw ServerException.badRequest("tier must be A, B, C, D or unscored, not '" + tier + "'");
    }
    if (page < 1) {
      throw ServerException.badRequest("page must be 1 or more, not " + page);
    }
    if (text.length() > LONGEST_TEXT) {
      throw ServerException.badRequest(
          "the filter text may have up to " + LONGEST_TEXT + " characters");
    }
  }

  /** Every row, in the file's order. */
  public static final ScoredQuery ALL = new ScoredQuery("", "", "", false, 1);

  /** Returns whether the query keeps only some rows. */
  public boolean filters() {
    return !tier.isEmpty() || !text.isEmpty();
  }

  /** Returns the WHERE clause over a file with this header, or empty. */
  String where(List<String> header) {
    List<String> parts = new ArrayList<>();
    if (tier.equals("unscored")) {
      parts.add("coalesce(icp_tier, '') = ''");
    } else if (!tier.isEmpty()) {
      parts.add("icp_tier = " + Engine.literal(tier));
    }
    if (!text.isEmpty()) {
      String needle = Engine.literal(text.toLowerCase(Locale.ROOT));
      parts.add(
          header.stream()
              .map(h -> "contains(lower(coalesce(" + Engine.quote(h) + ", '')), " + needle + ")")
              .collect(Collectors.joining(" OR ", "(", ")")));
    }
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  /** Returns the ORDER BY clause (numbers as numbers), or empty for the file's order. */
  String orderBy(List<String> header) {
    if (sort.isEmpty() || !header.contains(sort)) {
      return "";
    }
    String column = Engine.quote(sort);
    String direction = descending ? " DESC" : " ASC";
    return " ORDER BY TRY_CAST("
        + column
        + " AS DOUBLE)"
        + direction
        + " NULLS LAST, "
        + column
        + direction
        + " NULLS LAST";
  }
}
