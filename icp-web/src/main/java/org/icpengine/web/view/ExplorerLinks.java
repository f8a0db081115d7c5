package org.icpengine.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.icpengine.server.scoring.ScoredQuery;
import org.icpengine.server.scoring.ScoredRows;

/**
 * The score explorer's addresses: the same scored file with another sort or page, and the download
 * of the rows shown by the filter, each keeping the column matches and the filter.
 *
 * @param page the scored file's page address
 * @param matches the column matches as query parameters ({@code &map:MODEL=FILE…})
 * @param query the filter, sort and page shown
 * @param rows the page shown, with how many rows matched
 */
public record ExplorerLinks(String page, String matches, ScoredQuery query, ScoredRows rows) {
  /** Returns the address sorted by the column: ascending first, then the other way. */
  public String sortBy(String column) {
    boolean descending =
        column.equals(query.sort()) ? !query.descending() : column.startsWith("icp_score");
    return address(query.tier(), query.text(), column, descending, 1);
  }

  /** Returns the sort state of a column for {@code aria-sort}, or null when not sorted by it. */
  public String ariaSort(String column) {
    if (!column.equals(query.sort())) {
      return null;
    }
    return query.descending() ? "descending" : "ascending";
  }

  /** Returns the address of another page. */
  public String pageAt(int number) {
    return address(query.tier(), query.text(), query.sort(), query.descending(), number);
  }

  /** Returns how many pages the matching rows fill. */
  public int pages() {
    return (int) Math.max(1, (rows.matching() + ScoredQuery.PAGE_SIZE - 1) / ScoredQuery.PAGE_SIZE);
  }

  /** Returns the first row number shown (from 1), or 0 when none. */
  public long first() {
    return rows.rows().isEmpty() ? 0 : (long) (query.page() - 1) * ScoredQuery.PAGE_SIZE + 1;
  }

  /** Returns the last row number shown. */
  public long last() {
    return first() == 0 ? 0 : first() + rows.rows().size() - 1;
  }

  /** Returns the download address of the rows the filter keeps, sorted as shown. */
  public String download(String format) {
    return page
        + "/download?format="
        + format
        + filter(query.tier(), query.text(), query.sort(), query.descending())
        + matches;
  }

  private String address(String tier, String text, String sort, boolean descending, int number) {
    return page + "?page=" + number + filter(tier, text, sort, descending) + matches;
  }

  private static String filter(String tier, String text, String sort, boolean descending) {
    StringBuilder q = new StringBuilder();
    if (!tier.isEmpty()) {
      q.append("&tier=").append(encode(tier));
    }
    if (!text.isEmpty()) {
      q.append("&q=").append(encode(text));
    }
    if (!sort.isEmpty()) {
      q.append("&sort=").append(encode(sort)).append("&dir=").append(descending ? "desc" : "asc");
    }
    return q.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
