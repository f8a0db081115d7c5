package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeaningsTest {

  @ParameterizedTest
  @CsvSource({
    "Account ID, TEXT, IDENTIFIER",
    "Record ID, NUMBER, IDENTIFIER",
    "Email, TEXT, IDENTIFIER",
    "Account Name, TEXT, COMPANY_NAME",
    "Company name, TEXT, COMPANY_NAME",
    "Website, DOMAIN, DOMAIN",
    "Company Domain Name, DOMAIN, DOMAIN",
    "Homepage URL, TEXT, DOMAIN"
  })
  void infer_readsKeysNamesAndDomainsFromTheHeader(String header, ValueType type, ColumnRole role) {
    ColumnMeaning meaning = Meanings.infer(header, type);

    assertThat(meaning.role()).isEqualTo(role);
    assertThat(meaning.type())
        .isEqualTo(role == ColumnRole.DOMAIN ? ValueType.DOMAIN : ValueType.TEXT);
    assertThat(meaning.category()).isEmpty();
    assertThat(meaning.outcome()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "Billing Country, COUNTRY",
    "Country/Region, COUNTRY",
    "NumberOfEmployees, NUMBER",
    "Number of Employees, NUMBER",
    "AnnualRevenue, NUMBER",
    "Annual Revenue, NUMBER",
    "Industry, CATEGORY"
  })
  void infer_readsSalesforceAndHubSpotFirmographicsAsAttributes(String header, ValueType type) {
    ColumnMeaning meaning = Meanings.infer(header, type);

    assertThat(meaning.role()).isEqualTo(ColumnRole.ATTRIBUTE);
    assertThat(meaning.category()).hasValue(AttributeCategory.FIRMOGRAPHIC);
    assertThat(meaning.type()).isEqualTo(type);
    assertThat(meaning.leaky()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "LTV, NUMBER, LTV",
    "Customer Lifetime Value, NUMBER, LTV",
    "NRR, NUMBER, NRR",
    "CAC, NUMBER, CAC",
    "Churned, BOOLEAN, CHURNED",
    "Is Closed Won, BOOLEAN, WON",
    "ARR, NUMBER, REVENUE",
    "Total Revenue, NUMBER, REVENUE",
    "Amount, NUMBER, DEAL_VALUE",
    "Close Date, DATE, DATE",
    "Customer Since, DATE, DATE",
    "Signed, DATE, DATE"
  })
  void infer_readsOutcomes(String header, ValueType type, OutcomeKind kind) {
    ColumnMeaning meaning = Meanings.infer(header, type);

    assertThat(meaning.role()).isEqualTo(ColumnRole.OUTCOME);
    assertThat(meaning.outcome()).hasValue(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "Tech Stack, TECHNOGRAPHIC",
    "Installed Software, TECHNOGRAPHIC",
    "Primary Use Case, JOB_TO_BE_DONE",
    "Biggest Challenge, PSYCHOGRAPHIC",
    "Top Priority, PSYCHOGRAPHIC",
    "Lead Source, BEHAVIOURAL",
    "Web Visits (90d), BEHAVIOURAL",
    "Ownership, FIRMOGRAPHIC"
  })
  void infer_readsTheAttributeCategory(String header, AttributeCategory category) {
    assertThat(Meanings.infer(header, ValueType.CATEGORY).category()).hasValue(category);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Deal Stage",
        "Tags",
        "Last Activity",
        "Lead Quality",
        "Lead Status",
        "HubSpot Score",
        "Customer Health"
      })
  void infer_flagsColumnsFilledInAfterTheOutcomeAsLeaky(String header) {
    assertThat(Meanings.infer(header, ValueType.CATEGORY).leaky()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Industry",
        "Lead Source",
        "Healthcare Segment",
        "Billing Country",
        "Funding Stage",
        "Marital Status",
        "EmploymentStatus",
        "Status"
      })
  void infer_doesNotFlagOrdinaryAttributesAsLeaky(String header) {
    assertThat(Meanings.infer(header, ValueType.CATEGORY).leaky()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sales_agent",
        "Account Owner",
        "Opportunity Owner",
        "CSM",
        "Customer Success Manager",
        "manager",
        "regional_office",
        "Sales Rep",
        "Sales Team"
      })
  void infer_readsWhoWorkedTheAccountAsAProcessColumn(String header) {
    assertThat(Meanings.infer(header, ValueType.CATEGORY).role()).isEqualTo(ColumnRole.PROCESS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"office_location", "Industry", "Employees", "Region"})
  void infer_keepsWhatTheAccountIsAnAttribute(String header) {
    assertThat(Meanings.infer(header, ValueType.CATEGORY).role()).isEqualTo(ColumnRole.ATTRIBUTE);
  }

  @Test
  void infer_keepsLeakageOnDateOutcomes() {
    ColumnMeaning lastActivity = Meanings.infer("Last Activity", ValueType.DATE);

    assertThat(lastActivity.outcome()).hasValue(OutcomeKind.DATE);
    assertThat(lastActivity.leaky()).isTrue();
  }

  @Test
  void infer_readsAnyColumnOfDomainsAsADomain() {
    assertThat(Meanings.infer("Site", ValueType.DOMAIN).role()).isEqualTo(ColumnRole.DOMAIN);
  }

  @Test
  void words_splitsCamelCaseAndDropsPunctuationAndParentheses() {
    assertThat(HeaderRules.words("NumberOfEmployees")).isEqualTo("number of employees");
    assertThat(HeaderRules.words("Web Visits (90d)")).isEqualTo("web visits");
    assertThat(HeaderRules.words("annual_revenue")).isEqualTo("annual revenue");
    assertThat(HeaderRules.words("Country/Region")).isEqualTo("country region");
  }
}
