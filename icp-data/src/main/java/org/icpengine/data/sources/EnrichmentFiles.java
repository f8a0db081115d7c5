package org.icpengine.data.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry {@code icp sources init} proposes for an enrichment file ({@link KindGuess}): matched
 * to the accounts by its company name, domain or e-mail, and its country and city when it has them,
 * never by a key.
 */
final class EnrichmentFiles {
  private EnrichmentFiles() {}

  /**
   * Returns the entry of a file guessed as enrichment.
   *
   * @param columns the file's columns
   * @param headerRoles the roles its headers announce
   * @param reason why it was guessed so, in words
   */
  static SourceEntry entry(
      String name,
      String file,
      List<String> columns,
      Map<SourceRole, String> headerRoles,
      String reason) {
    Map<SourceRole, String> roles = new LinkedHashMap<>();
    for (SourceRole role : List.of(SourceRole.ACCOUNT_NAME, SourceRole.DOMAIN, SourceRole.EMAIL)) {
      Optional.ofNullable(headerRoles.get(role)).ifPresent(c -> roles.put(role, c));
    }
    place(columns, "country").ifPresent(c -> roles.put(SourceRole.COUNTRY, c));
    place(columns, "city").ifPresent(c -> roles.put(SourceRole.CITY, c));
    return new SourceEntry(
        name,
        file,
        Optional.of(SourceKind.ENRICHMENT),
        Optional.empty(),
        roles,
        Optional.of(reason));
  }

  /** Returns what the user should check about the entry of the file named {@code shown}. */
  static String check(SourceEntry entry, String shown, boolean linkable) {
    Map<SourceRole, String> roles = entry.columns();
    boolean matchable =
        roles.containsKey(SourceRole.ACCOUNT_NAME)
            || roles.containsKey(SourceRole.DOMAIN)
            || roles.containsKey(SourceRole.EMAIL);
    if (!matchable) {
      return shown
          + ": an enrichment file by its name, but no company name, domain or e-mail column: set"
          + " account_name: or domain: under its columns";
    }
    return linkable
        ? shown
            + ": an enrichment file, its rows matched to the accounts by "
            + String.join(" and ", roles.values())
            + "; check the pairs to review with icp sources review"
        : shown + ": an enrichment file, but no accounts file to enrich";
  }

  /** Returns the first column whose folded header names a place ("Country", "HQ Country"). */
  private static Optional<String> place(List<String> columns, String word) {
    return columns.stream()
        .filter(c -> HeaderRoles.fold(c).endsWith(word) && HeaderRoles.fold(c).length() <= 16)
        .findFirst();
  }
}
