package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * The latest date of the dated records, when the linked sources did not give one: event, created,
 * close and start dates (end dates, often in the future, and spend months are not records of
 * something that happened).
 */
final class DatedRecords {
  private static final List<SourceRole> EVENT_DATES =
      List.of(
          SourceRole.DATE, SourceRole.CREATED_DATE, SourceRole.CLOSE_DATE, SourceRole.START_DATE);

  private DatedRecords() {}

  static Optional<LocalDate> latest(LinkedSources linked) {
    if (linked.latestDate().isPresent()) {
      return linked.latestDate();
    }
    List<String> maxima = new ArrayList<>();
    for (LinkedTable table : linked.tables().values()) {
      for (SourceRole role : EVENT_DATES) {
        if (table.has(role)) {
          maxima.add("(SELECT max(" + role.canonicalName() + ") FROM " + table.relation() + ")");
        }
      }
    }
    if (maxima.isEmpty()) {
      return Optional.empty();
    }
    String sql = maxima.size() == 1 ? maxima.get(0) : "greatest(" + String.join(", ", maxima) + ")";
    String latest =
        linked.engine().queryOne("SELECT strftime(" + sql + ", '%Y-%m-%d')", r -> r.getString(1));
    return Optional.ofNullable(latest).map(LocalDate::parse);
  }
}
