package org.icpengine.data.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.core.column.ValueType;

/** What cleaning did to a column, in sentences with counts, for every report. */
public final class CleaningNotes {
  private CleaningNotes() {}

  /** Returns one phrase per kind of change that touched any value, largest first. */
  public static List<String> describe(CleanedColumn column) {
    List<String> notes = new ArrayList<>();
    add(notes, column.count(ChangeKind.REFORMATTED), reformatted(column));
    add(notes, column.count(ChangeKind.RANGE), ChangeKind.RANGE.label());
    add(notes, column.count(ChangeKind.OPEN_BAND), ChangeKind.OPEN_BAND.label());
    add(notes, column.count(ChangeKind.PLACEHOLDER), ChangeKind.PLACEHOLDER.label());
    add(notes, column.count(ChangeKind.TRIMMED), ChangeKind.TRIMMED.label());
    add(notes, column.count(ChangeKind.UNREADABLE), ChangeKind.UNREADABLE.label());
    add(notes, column.count(ChangeKind.UNRECOGNISED), ChangeKind.UNRECOGNISED.label());
    add(notes, column.count(ChangeKind.OPEN), ChangeKind.OPEN.label());
    return notes;
  }

  private static void add(List<String> notes, long count, String label) {
    if (count > 0) {
      notes.add(String.format(Locale.ROOT, "%,d %s", count, label));
    }
  }

  private static String reformatted(CleanedColumn column) {
    String folded =
        column.spellingsBefore() > column.spellingsAfter()
            ? String.format(
                Locale.ROOT,
                " (%,d spellings → %,d values)",
                column.spellingsBefore(),
                column.spellingsAfter())
            : "";
    ValueType type = column.type();
    switch (type) {
      case NUMBER:
        return "numbers read from currency, separators, decimal commas, parentheses, suffixes or"
            + " units";
      case BOOLEAN:
        return "yes/no and won/lost spellings read as booleans";
      case DATE:
        return "dates rewritten as ISO dates";
      case DOMAIN:
        return "websites cut to their domain";
      case COUNTRY:
        return "country names, codes and synonyms folded to ISO names" + folded;
      case SET:
        return "multi-valued cells split into items" + folded;
      default:
        return "spellings folded to one canonical spelling" + folded;
    }
  }
}
