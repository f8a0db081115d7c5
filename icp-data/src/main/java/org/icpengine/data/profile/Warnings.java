package org.icpengine.data.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.clean.CleanedColumn;
import org.icpengine.data.source.LoadedSource;

/** The warnings a column's figures call for, worded for the analyst. */
final class Warnings {
  private static final double MOSTLY_MISSING = 0.5;
  private static final double NEAR_UNIQUE = 0.95;

  private Warnings() {}

  static ColumnProfile profile(
      String name,
      ColumnMeaning meaning,
      boolean mapped,
      long rows,
      ColumnStatistics.Figures figures,
      CleanedColumn cleaning,
      List<String> notes,
      Optional<String> leakage) {
    long missing = rows - figures.nonMissing();
    List<String> warnings = new ArrayList<>();
    LoadedSource.renamedFrom(name)
        .ifPresent(
            original ->
                warnings.add(
                    "renamed from '"
                        + original
                        + "': ICP Engine reserves that name for its own columns"));
    if (figures.nonMissing() == 0) {
      warnings.add("all values are missing: check the export, or leave the column out");
    } else if ((double) missing / rows >= MOSTLY_MISSING) {
      warnings.add(String.format("%.0f%% of values are missing", 100.0 * missing / rows));
    }
    if (figures.nonMissing() > 0 && figures.distinct() == 1) {
      warnings.add("constant: one value only, so it cannot tell customers apart");
    }
    if (meaning.role() == ColumnRole.ATTRIBUTE
        && isLabel(meaning.type())
        && figures.nonMissing() >= 20
        && figures.distinct() >= NEAR_UNIQUE * figures.nonMissing()) {
      warnings.add("near-unique: it identifies rows rather than describing them, so no trait");
    }
    leakage.ifPresent(
        evidence ->
            warnings.add(
                "likely leakage: "
                    + evidence
                    + "; not used as a trait unless re-included with --include-leaky"));
    long unreadable = cleaning.count(ChangeKind.UNREADABLE);
    if (unreadable > 0) {
      warnings.add(
          unreadable
              + " values are not readable as "
              + meaning.type().key()
              + " and were treated as missing (see row problems)");
    }
    long unrecognised = cleaning.count(ChangeKind.UNRECOGNISED);
    if (unrecognised > 0) {
      warnings.add(unrecognised + " values are not a known country and were kept as written");
    }
    return new ColumnProfile(
        name,
        meaning,
        mapped,
        rows,
        missing,
        figures.distinct(),
        figures.approximate(),
        figures.top(),
        figures.numbers(),
        cleaning,
        warnings,
        notes,
        leakage);
  }

  private static boolean isLabel(ValueType type) {
    return type == ValueType.TEXT || type == ValueType.CATEGORY;
  }
}
