package org.icpengine.data.sources;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What one file of a linked export holds; the name is the word used in {@code sources.yaml}. */
public enum SourceKind {
  /** One row per account: its key, name, domain and attributes. */
  ACCOUNTS(
      EnumSet.of(
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.COUNTRY,
          SourceRole.CITY)),
  /** Deals: account, stage, created and closed dates, amount, type, source or channel. */
  OPPORTUNITIES(
      EnumSet.of(
          SourceRole.OPPORTUNITY_ID,
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.STAGE,
          SourceRole.CREATED_DATE,
          SourceRole.CLOSE_DATE,
          SourceRole.AMOUNT,
          SourceRole.DEAL_TYPE,
          SourceRole.CHANNEL,
          SourceRole.PRODUCT,
          SourceRole.OWNER)),
  /** Recurring revenue: start, end, MRR or ARR per account and product. */
  SUBSCRIPTIONS(
      EnumSet.of(
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.PRODUCT,
          SourceRole.START_DATE,
          SourceRole.END_DATE,
          SourceRole.MRR,
          SourceRole.ARR,
          SourceRole.CURRENCY)),
  /** Invoices or orders: date and amount per account. */
  TRANSACTIONS(
      EnumSet.of(
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.DATE,
          SourceRole.AMOUNT,
          SourceRole.PRODUCT,
          SourceRole.CURRENCY)),
  /** People at accounts: e-mail, title, role on opportunities when given. */
  CONTACTS(
      EnumSet.of(
          SourceRole.CONTACT_ID,
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.EMAIL,
          SourceRole.TITLE,
          SourceRole.CONTACT_ROLE,
          SourceRole.OPPORTUNITY_ID)),
  /** Marketing and web events: date, channel, campaign, kind of touch. */
  TOUCHES(
      EnumSet.of(
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.EMAIL,
          SourceRole.DATE,
          SourceRole.CHANNEL,
          SourceRole.CAMPAIGN,
          SourceRole.TOUCH_KIND)),
  /** Marketing spend: channel, month, amount. Not linked to accounts. */
  SPEND(EnumSet.of(SourceRole.CHANNEL, SourceRole.MONTH, SourceRole.AMOUNT)),
  /** Survey answers per respondent; every column without a role is a question. */
  SURVEY(
      EnumSet.of(
          SourceRole.ACCOUNT_ID, SourceRole.ACCOUNT_NAME, SourceRole.DOMAIN, SourceRole.EMAIL)),
  /**
   * Outside data about companies (a technographic vendor's export, a firmographic or partner list),
   * matched to the accounts by domain, then by name with a score ({@code data.matching}); every
   * column without a role is an attribute added to the account table.
   */
  ENRICHMENT(
      EnumSet.of(
          SourceRole.ACCOUNT_ID,
          SourceRole.ACCOUNT_NAME,
          SourceRole.DOMAIN,
          SourceRole.EMAIL,
          SourceRole.COUNTRY,
          SourceRole.CITY));

  private final Set<SourceRole> roles;

  SourceKind(Set<SourceRole> roles) {
    this.roles = Set.copyOf(roles);
  }

  /** Returns the roles a column of a source of this kind may have. */
  public Set<SourceRole> roles() {
    return roles;
  }

  /** Returns the word used in {@code sources.yaml}: {@code accounts}, {@code opportunities}, … */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a kind from its {@code sources.yaml} word.
   *
   * @throws IllegalArgumentException naming the kinds there are
   */
  public static SourceKind parse(String word) {
    for (SourceKind kind : values()) {
      if (kind.yamlName().equalsIgnoreCase(word.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '"
            + word
            + "': use one of "
            + String.join(", ", Arrays.stream(values()).map(SourceKind::yamlName).toList()));
  }
}
