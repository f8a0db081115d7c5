package org.icpengine.data.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words why a row's name links to an account's. */
final class NameReason {
  /** A missing word carrying less than this share of a name's weight counts little. */
  static final double LITTLE = 0.3;

  private NameReason() {}

  /** Returns the reason: how the names match, then what the locations say. */
  static String of(
      CompanyName row, CompanyName account, NameScore score, Party rowParty, Party accountParty) {
    return names(row, account, score) + locations(rowParty, accountParty);
  }

  private static String names(CompanyName row, CompanyName account, NameScore score) {
    if (row.key().equals(account.key())) {
      List<String> forms = new ArrayList<>();
      for (String form : List.of(row.legalForm(), account.legalForm())) {
        if (!form.isEmpty() && !forms.contains(form)) {
          forms.add(form);
        }
      }
      if (!forms.isEmpty()) {
        return "names match after removing '" + String.join("' and '", forms) + "'";
      }
      return row.raw().trim().equalsIgnoreCase(account.raw().trim())
          ? "same name"
          : "names match after folding case and punctuation";
    }
    if (row.compact().equals(account.compact())) {
      return "names match when written without spaces";
    }
    String words =
        String.format(
            Locale.ROOT,
            "%d of %d words match%s",
            score.matched(),
            row.words().size(),
            score.typos() == 0 ? "" : " (" + score.typos() + " with a typo)");
    if (score.missing() != null) {
      words +=
          ", '"
              + score.missing()
              + "' missing"
              + (score.missingShare() < LITTLE ? " counts little" : "");
    }
    int extra = account.words().size() - score.matched();
    if (extra > 0) {
      words += ", the account's name has " + extra + " more";
    }
    return words;
  }

  private static String locations(Party row, Party account) {
    StringBuilder text = new StringBuilder();
    if (row.country() != null && account.country() != null) {
      text.append(
          row.country().equals(account.country())
              ? ", same country"
              : ", different country (" + row.country() + ", " + account.country() + ")");
    }
    if (row.city() != null && account.city() != null && row.city().equals(account.city())) {
      text.append(", same city");
    }
    return text.toString();
  }
}
