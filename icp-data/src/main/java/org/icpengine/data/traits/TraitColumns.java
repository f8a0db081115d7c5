package org.icpengine.data.traits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.profile.ColumnProfile;

/**
 * Chooses the columns that may become traits: attributes that are not read by the ideal definition,
 * not excluded by the user, not likely to leak the outcome (unless re-included), not free text, not
 * near-unique and not empty. Every other column is listed with its reason.
 */
public final class TraitColumns {
  private static final double NEAR_UNIQUE = 0.95;

  /** How every leakage exclusion begins; its evidence follows. */
  public static final String LEAKAGE = "likely leakage: ";

  /** A column left out of discovery and why, for the report. */
  public record Exclusion(String column, String reason) {}

  /** The columns discovery uses and those it leaves out. */
  public record Choice(List<ColumnProfile> used, List<Exclusion> excluded) {}

  private TraitColumns() {}

  /**
   * Chooses among the dataset's columns; the ideal flags must have been evaluated, since a column
   * with a value almost only on ideal accounts is left out as leakage, with its evidence.
   */
  public static Choice choose(
      Dataset dataset, IdealDefinition ideal, Set<String> excluded, Set<String> reincluded) {
    List<ColumnProfile> candidates = new ArrayList<>();
    List<Exclusion> left = new ArrayList<>();
    for (ColumnProfile column : dataset.profile().columns()) {
      String reason = reason(column, ideal, excluded, reincluded);
      if (reason == null) {
        candidates.add(column);
      } else {
        left.add(new Exclusion(column.name(), reason));
      }
    }
    Map<String, String> leaking =
        ValueLeakage.find(
            dataset, candidates.stream().filter(c -> !reincluded.contains(c.name())).toList());
    List<ColumnProfile> used = new ArrayList<>();
    for (ColumnProfile column : candidates) {
      if (leaking.containsKey(column.name())) {
        left.add(new Exclusion(column.name(), LEAKAGE + leaking.get(column.name())));
      } else {
        used.add(column);
      }
    }
    return new Choice(used, left);
  }

  private static String reason(
      ColumnProfile column, IdealDefinition ideal, Set<String> excluded, Set<String> reincluded) {
    if (excluded.contains(column.name())) {
      return "excluded by the user";
    }
    if (ideal.columnsRead().contains(column.name())) {
      return "read by the ideal definition, so an outcome";
    }
    if (column.meaning().role() == ColumnRole.PROCESS) {
      return "a process column: who worked the account or deal, not what the account is";
    }
    if (column.meaning().role() != ColumnRole.ATTRIBUTE) {
      return "a " + column.meaning().role().key().replace('_', ' ') + ", not an attribute";
    }
    if (column.meaning().leaky() && !reincluded.contains(column.name())) {
      return LEAKAGE + column.leakage().orElse("filled in after the outcome");
    }
    if (column.meaning().type() == ValueType.TEXT || column.meaning().type() == ValueType.DATE) {
      return "free text or dates, not a trait";
    }
    long present = column.rows() - column.missing();
    if (present == 0) {
      return "no values";
    }
    if (column.meaning().type() != ValueType.NUMBER
        && present >= 20
        && column.distinct() >= NEAR_UNIQUE * present) {
      return "near-unique";
    }
    return null;
  }
}
