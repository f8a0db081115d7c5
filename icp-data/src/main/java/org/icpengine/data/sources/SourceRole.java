package org.icpengine.data.sources;

import java.util.Locale;

/**
 * What a column of a linked source is for. The canonical name is both the word used in {@code
 * sources.yaml} and the column name in the source's linked relation; the type is the engine type
 * the linked relation gives it.
 */
public enum SourceRole {
  ACCOUNT_ID(Type.TEXT),
  ACCOUNT_NAME(Type.TEXT),
  DOMAIN(Type.TEXT),
  OPPORTUNITY_ID(Type.TEXT),
  CONTACT_ID(Type.TEXT),
  /** The stage as written; the linked relation adds {@code stage_outcome}: won, lost or open. */
  STAGE(Type.TEXT),
  CREATED_DATE(Type.DATE),
  CLOSE_DATE(Type.DATE),
  /** A money amount in the file's currency. */
  AMOUNT(Type.NUMBER),
  /** new, expansion or renewal, as written. */
  DEAL_TYPE(Type.TEXT),
  /** The lead source or marketing channel. */
  CHANNEL(Type.TEXT),
  PRODUCT(Type.TEXT),
  /** The sales agent, account owner or CSM: a process column, never an attribute. */
  OWNER(Type.TEXT),
  START_DATE(Type.DATE),
  END_DATE(Type.DATE),
  /** Monthly recurring revenue. */
  MRR(Type.NUMBER),
  /** Annual recurring revenue; MRR is ARR / 12 when only ARR is given. */
  ARR(Type.NUMBER),
  CURRENCY(Type.TEXT),
  /** The date of an event (a transaction, a touch). */
  DATE(Type.DATE),
  EMAIL(Type.TEXT),
  TITLE(Type.TEXT),
  /** The contact's role on an opportunity (decision maker, influencer, …). */
  CONTACT_ROLE(Type.TEXT),
  CAMPAIGN(Type.TEXT),
  /** visit, ad click, email, event, … */
  TOUCH_KIND(Type.TEXT),
  /** The month spend is booked in: a DATE on the month's first day. */
  MONTH(Type.DATE),
  /** The company's country: enrichment matching weighs agreement when both sides have one. */
  COUNTRY(Type.TEXT),
  /** The company's city: enrichment matching mentions agreement when both sides have one. */
  CITY(Type.TEXT);

  /** The engine type a role's column has in a linked relation. */
  public enum Type {
    TEXT("VARCHAR"),
    DATE("DATE"),
    NUMBER("DOUBLE");

    private final String sql;

    Type(String sql) {
      this.sql = sql;
    }

    /** Returns the engine's type name. */
    public String sql() {
      return sql;
    }
  }

  private final Type type;

  SourceRole(Type type) {
    this.type = type;
  }

  /** Returns the type of the role's column in a linked relation. */
  public Type type() {
    return type;
  }

  /** Returns the canonical name: the {@code sources.yaml} word and the linked column name. */
  public String canonicalName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
