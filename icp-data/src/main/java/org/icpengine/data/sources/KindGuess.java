package org.icpengine.data.sources;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a file's name and headers say it holds, before its values are looked at: a kind with the
 * evidence in words, or nothing. A data dictionary (a file describing other files' columns) is
 * recognised so that it is listed as ignored.
 *
 * @param kind the kind the evidence points to, if any
 * @param dictionary whether the file describes other files' columns
 * @param reason the evidence, in words
 */
record KindGuess(Optional<SourceKind> kind, boolean dictionary, String reason) {
  private static final Set<String> DICTIONARY_HEADERS =
      Set.of("field", "column", "columnname", "fieldname", "attribute", "variable");

  /** File names of enrichment vendors' exports. */
  private static final String ENRICHMENT_NAMES =
      ".*(enrich|technograph|firmograph|techstack|clearbit|zoominfo|builtwith|apollo|crunchbase).*";

  /** Words of folded headers that name a technographic or firmographic attribute. */
  private static final List<String> ENRICHING_WORDS =
      List.of(
          "techstack",
          "technolog",
          "employee",
          "headcount",
          "industry",
          "sector",
          "revenue",
          "funding",
          "founded");

  /** Returns the guess for a file's name and columns, given the roles its headers announce. */
  static KindGuess of(String fileName, List<String> columns, Map<SourceRole, String> roles) {
    String name = fileName.toLowerCase(Locale.ROOT);
    List<String> folded = columns.stream().map(HeaderRoles::fold).toList();
    if (folded.contains("description") && folded.stream().anyMatch(DICTIONARY_HEADERS::contains)) {
      return new KindGuess(
          Optional.empty(), true, "a data dictionary: it describes the other files' columns");
    }
    if (name.matches(".*contact.?role.*|.*association.*")
        || (roles.containsKey(SourceRole.CONTACT_ROLE)
            && roles.containsKey(SourceRole.CONTACT_ID))) {
      // OpportunityContactRole / deal associations: who was on which deal, with their role
      return kind(SourceKind.CONTACTS, evidence(roles, SourceRole.CONTACT_ROLE, name));
    }
    if (roles.containsKey(SourceRole.STAGE) || name.matches(".*(opportunit|deal|pipeline).*")) {
      return kind(SourceKind.OPPORTUNITIES, evidence(roles, SourceRole.STAGE, name));
    }
    boolean recurring = roles.containsKey(SourceRole.MRR) || roles.containsKey(SourceRole.ARR);
    if ((recurring && roles.containsKey(SourceRole.START_DATE)) || name.contains("subscri")) {
      return kind(SourceKind.SUBSCRIPTIONS, evidence(roles, SourceRole.MRR, name));
    }
    if (name.matches(".*(spend|budget|cost).*")
        || (roles.containsKey(SourceRole.MONTH) && roles.containsKey(SourceRole.AMOUNT))) {
      return kind(SourceKind.SPEND, evidence(roles, SourceRole.MONTH, name));
    }
    if (name.contains("survey") || name.contains("response") || name.contains("nps")) {
      return kind(SourceKind.SURVEY, "file name " + fileName);
    }
    if (roles.containsKey(SourceRole.CAMPAIGN)
        || roles.containsKey(SourceRole.TOUCH_KIND)
        || name.matches(".*(touch|campaign|event|activit|web).*")) {
      return kind(SourceKind.TOUCHES, evidence(roles, SourceRole.CAMPAIGN, name));
    }
    if (roles.containsKey(SourceRole.CONTACT_ID)
        || roles.containsKey(SourceRole.CONTACT_ROLE)
        || roles.containsKey(SourceRole.TITLE)
        || name.matches(".*(contact|people|person).*")) {
      return kind(SourceKind.CONTACTS, evidence(roles, SourceRole.TITLE, name));
    }
    if ((roles.containsKey(SourceRole.DATE) && roles.containsKey(SourceRole.AMOUNT))
        || name.matches(".*(invoice|order|transaction|payment|billing).*")) {
      return kind(SourceKind.TRANSACTIONS, evidence(roles, SourceRole.AMOUNT, name));
    }
    if (name.matches(ENRICHMENT_NAMES)) {
      return kind(
          SourceKind.ENRICHMENT, "file name " + fileName + ": an enrichment vendor's export");
    }
    if (name.matches(".*(account|compan|customer|client|organi).*")) {
      return kind(SourceKind.ACCOUNTS, "file name " + fileName);
    }
    Optional<String> attribute = folded.stream().filter(KindGuess::enrichingHeader).findFirst();
    if (attribute.isPresent() && companyKeyWithoutId(columns, roles)) {
      return kind(
          SourceKind.ENRICHMENT,
          "a company name or domain but no account id, with attributes such as "
              + columns.get(folded.indexOf(attribute.get())));
    }
    return new KindGuess(Optional.empty(), false, "neither its name nor its headers say");
  }

  /**
   * Whether the headers name the company by name or domain but carry no account id of their own: a
   * list about companies rather than the CRM's accounts.
   */
  private static boolean companyKeyWithoutId(List<String> columns, Map<SourceRole, String> roles) {
    return (roles.containsKey(SourceRole.ACCOUNT_NAME) || roles.containsKey(SourceRole.DOMAIN))
        && !roles.containsKey(SourceRole.ACCOUNT_ID)
        && HeaderRoles.ownId(columns).isEmpty();
  }

  /** Whether a folded header names a technographic or firmographic attribute. */
  private static boolean enrichingHeader(String folded) {
    return ENRICHING_WORDS.stream().anyMatch(folded::contains);
  }

  private static KindGuess kind(SourceKind kind, String reason) {
    return new KindGuess(Optional.of(kind), false, reason);
  }

  private static String evidence(Map<SourceRole, String> roles, SourceRole role, String name) {
    return roles.containsKey(role) ? "column " + roles.get(role) : "file name " + name;
  }
}
