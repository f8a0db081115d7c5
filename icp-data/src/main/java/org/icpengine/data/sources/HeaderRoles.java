package org.icpengine.data.sources;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The roles column headers announce in CRM and billing exports: Salesforce and HubSpot object
 * exports (Account/Company, Opportunity/Deal, Contact, OpportunityContactRole, Campaign members)
 * and generic names such as {@code close_value} or {@code sales_agent}. Headers are compared
 * folded: lower case, letters and digits only.
 */
final class HeaderRoles {
  /** A file's own record id ({@code Id}, {@code Record ID}): what it names depends on the kind. */
  static final List<String> OWN_ID = List.of("id", "recordid", "objectid");

  private static final Map<String, SourceRole> ROLES = new HashMap<>();

  static {
    add(
        SourceRole.ACCOUNT_ID,
        "accountid",
        "companyid",
        "customerid",
        "clientid",
        "organizationid",
        "organisationid",
        "associatedcompanyid",
        "associatedcompanyids",
        "accountnumber",
        "customernumber",
        "accountid18");
    add(
        SourceRole.ACCOUNT_NAME,
        "account",
        "accountname",
        "company",
        "companyname",
        "customer",
        "customername",
        "client",
        "clientname",
        "organization",
        "organisation",
        "organizationname",
        "associatedcompany",
        "customerorganization");
    add(
        SourceRole.DOMAIN,
        "domain",
        "website",
        "companydomainname",
        "companydomain",
        "url",
        "webaddress",
        "websiteurl",
        "accountwebsite",
        "companywebsite");
    add(
        SourceRole.OPPORTUNITY_ID,
        "opportunityid",
        "dealid",
        "oppid",
        "associateddealids",
        "associateddealid");
    add(
        SourceRole.CONTACT_ID,
        "contactid",
        "leadid",
        "personid",
        "associatedcontactid",
        "associatedcontactids");
    add(SourceRole.STAGE, "stage", "stagename", "dealstage", "opportunitystage", "pipelinestage");
    add(
        SourceRole.CREATED_DATE,
        "createddate",
        "createdate",
        "created",
        "createdat",
        "engagedate",
        "opendate",
        "dealcreatedate",
        "opportunitycreateddate");
    add(SourceRole.CLOSE_DATE, "closedate", "closeddate", "closedat", "wondate", "dealclosedate");
    add(
        SourceRole.AMOUNT,
        "amount",
        "closevalue",
        "dealvalue",
        "dealamount",
        "value",
        "total",
        "totalamount",
        "sales",
        "invoiceamount",
        "orderamount",
        "netamount",
        "opportunityamount",
        "amountusd",
        "amountinhomecurrency",
        "spend",
        "amountspent",
        "spendamount");
    add(SourceRole.DEAL_TYPE, "type", "dealtype", "opportunitytype");
    add(
        SourceRole.CHANNEL,
        "leadsource",
        "source",
        "channel",
        "originalsource",
        "utmsource",
        "medium",
        "marketingchannel",
        "originalsourcetype");
    add(SourceRole.PRODUCT, "product", "productname", "plan", "sku", "productid", "planname");
    add(
        SourceRole.OWNER,
        "owner",
        "ownerid",
        "ownername",
        "opportunityowner",
        "dealowner",
        "accountowner",
        "salesagent",
        "salesrep",
        "rep",
        "hubspotowner",
        "contactowner");
    add(
        SourceRole.START_DATE,
        "startdate",
        "start",
        "subscriptionstart",
        "periodstart",
        "startedat",
        "subscriptionstartdate");
    add(
        SourceRole.END_DATE,
        "enddate",
        "end",
        "subscriptionend",
        "periodend",
        "endedat",
        "canceledat",
        "cancelledat",
        "cancellationdate",
        "churndate",
        "subscriptionenddate");
    add(SourceRole.MRR, "mrr", "monthlyrecurringrevenue", "monthlyamount");
    add(SourceRole.ARR, "arr", "annualrecurringrevenue");
    add(SourceRole.CURRENCY, "currency", "currencyisocode", "currencycode");
    add(
        SourceRole.DATE,
        "date",
        "orderdate",
        "invoicedate",
        "transactiondate",
        "timestamp",
        "eventdate",
        "activitydate",
        "touchdate",
        "occurredat",
        "paymentdate");
    add(
        SourceRole.EMAIL,
        "email",
        "emailaddress",
        "workemail",
        "contactemail",
        "respondentemail",
        "respondent");
    add(SourceRole.TITLE, "title", "jobtitle");
    add(SourceRole.CONTACT_ROLE, "role", "contactrole", "buyingrole");
    add(SourceRole.CAMPAIGN, "campaign", "campaignname", "campaignid", "utmcampaign");
    add(
        SourceRole.TOUCH_KIND,
        "touchtype",
        "eventtype",
        "activitytype",
        "touch",
        "eventname",
        "interactiontype",
        "memberstatus");
    add(SourceRole.MONTH, "month", "period", "spendmonth");
  }

  private HeaderRoles() {}

  private static void add(SourceRole role, String... headers) {
    for (String header : headers) {
      if (ROLES.put(header, role) != null) {
        throw new IllegalStateException("header listed twice: " + header);
      }
    }
  }

  /** Folds a header for comparison: lower case, letters and digits only. */
  static String fold(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Returns the role a header announces, if any. */
  static Optional<SourceRole> of(String header) {
    return Optional.ofNullable(ROLES.get(fold(header)));
  }

  /** Returns the first column announcing each role, in role order. */
  static Map<SourceRole, String> find(List<String> columns) {
    Map<SourceRole, String> found = new EnumMap<>(SourceRole.class);
    for (String column : columns) {
      of(column).ifPresent(role -> found.putIfAbsent(role, column));
    }
    return new LinkedHashMap<>(found);
  }

  /** Returns the first column that is a file's own record id, if any. */
  static Optional<String> ownId(List<String> columns) {
    return columns.stream().filter(c -> OWN_ID.contains(fold(c))).findFirst();
  }
}
