package org.icpengine.data.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;

/**
 * What a column's header says about its meaning, with the spellings of Salesforce and HubSpot
 * exports ("Account Name", "NumberOfEmployees", "Company Domain Name", "Country/Region") and of
 * common spreadsheets. Headers are compared as lower-case words, so "AnnualRevenue",
 * "annual_revenue" and "Annual Revenue" read alike.
 */
final class HeaderRules {
  /** A rule: a pattern over the normalised header. */
  private record Rule<T>(Pattern pattern, T value) {
    static <T> Rule<T> of(String regex, T value) {
      return new Rule<>(Pattern.compile(regex), value);
    }
  }

  private static final List<Rule<ColumnRole>> ROLES =
      List.of(
          Rule.of(
              "^(.* )?(id|uuid|guid|key)$|^(record|lead|account|deal|opportunity|customer|"
                  + "contact|company|prospect|row) (id|number|no)$|^sfdc id$|^(deal|opportunity|lead|"
                  + "contact|full|first|last) name$|^(e ?mail|email address|phone|phone number|"
                  + "mobile)$",
              ColumnRole.IDENTIFIER),
          Rule.of(
              "^(account|company|organi[sz]ation|customer|business|org)( name)?$|^name$",
              ColumnRole.COMPANY_NAME),
          Rule.of(
              "^(company )?(domain|website|web site|url|homepage)( name| url)?$",
              ColumnRole.DOMAIN));

  private static final List<Rule<OutcomeKind>> OUTCOMES =
      List.of(
          // the account table's computed economics (docs/economics.md), outcomes by name
          Rule.of("^(revenue (won|to date|window)|ltv realised)$", OutcomeKind.REVENUE),
          Rule.of("^deal size avg$", OutcomeKind.DEAL_VALUE),
          Rule.of(
              "^(deals (won|lost|open)|win rate|orders|tenure months|grr 12m|payback months|"
                  + "sales cycle days median|mrr (new|expansion|contraction|churn|reactivation))$",
              OutcomeKind.OTHER),
          Rule.of("\\b(ltv|clv|lifetime value|customer lifetime value)\\b", OutcomeKind.LTV),
          Rule.of("\\b(nrr|ndr|net (revenue|dollar) retention|net retention)\\b", OutcomeKind.NRR),
          Rule.of(
              "\\b(cac|acquisition cost|cost of acquisition|cost to acquire)\\b", OutcomeKind.CAC),
          Rule.of("^(is )?(churn|churned|cancell?ed|has churned|churn flag)$", OutcomeKind.CHURNED),
          Rule.of(
              "^(is )?(closed )?(won|converted|conversion|is closed won|win)$", OutcomeKind.WON),
          Rule.of(
              "^(total |monthly |annual )?(revenue|arr|mrr|acv|spend|charges|total spend|"
                  + "contract value|total charges|monthly charges|sales)$",
              OutcomeKind.REVENUE),
          Rule.of(
              "^(amount|(deal|opportunity|close|closed|won) (value|amount|size))$",
              OutcomeKind.DEAL_VALUE),
          Rule.of("^(gross )?(profit|margin|gross margin)$", OutcomeKind.OTHER),
          Rule.of(
              "\\b(close|closed|churn|cancel|cancellation|renewal|signup|sign up|create|"
                  + "created|start|customer since|won|lost)( date| on| at)?$|\\bdate$|^customer since$",
              OutcomeKind.DATE));

  private static final List<Rule<AttributeCategory>> CATEGORIES =
      List.of(
          Rule.of(
              "\\b(pain|challenge|priorit|values\\b|motivation|attitude|belief|concern|risk|"
                  + "persona|frustration|worry|culture|matters|prefer|opinion|satisfaction)",
              AttributeCategory.PSYCHOGRAPHIC),
          Rule.of(
              "\\b(use case|usecase|job|jtbd|goal|need|objective|purpose|reason|looking for|"
                  + "want|outcome)",
              AttributeCategory.JOB_TO_BE_DONE),
          Rule.of(
              "\\b(tech|technolog|stack|tool|software|platform|crm|erp|cloud|hosting|"
                  + "integration|installed|service|streaming|online|device|internet|phone|browser)",
              AttributeCategory.TECHNOGRAPHIC),
          Rule.of(
              "\\b(visit|page ?view|session|click|open|email|login|usage|active|activity|"
                  + "engagement|download|webinar|event|time spent|source|channel|origin|campaign|"
                  + "call|search|advertis|recommendation|newspaper|magazine|forum|tenure|contract|"
                  + "payment|billing method|paperless|hear about|updates?|subscribe)",
              AttributeCategory.BEHAVIOURAL));

  /**
   * Names of fields the sales team fills in as a deal moves. Status-like words count only for
   * pipeline columns ("Lead Status", "Deal Stage", "Stage"), so "Marital Status" or
   * "EmploymentStatus" describe the customer and are judged on evidence, not on their name.
   */
  private static final Pattern LEAKY =
      Pattern.compile(
          "\\b((lead|deal|opportunity|opp|sales|pipeline|prospect|contact|lifecycle|forecast)"
              + " (status|stage)( name)?|tags?|last (activity|notable activity|contacted|modified|"
              + "touch)|lead quality|quality|notes?|lost reason|loss reason|reason lost|close"
              + " reason|closed reason|health|score|asymmetrique|next step|forecast|probability)"
              + "\\b|^(stage|stage name|deal ?stage|status reason)$");

  /** Who worked the account or deal: owners, reps, agents, CSMs, managers, teams, offices. */
  private static final Pattern PROCESS =
      Pattern.compile(
          "\\b(owner|owners|agent|rep|reps|representative|salesperson|sales person|account"
              + " executive|account manager|csm|customer success manager|sdr|bdr|assigned to|"
              + "handled by|closed by|manager)\\b|^(regional |sales )?(office|team|territory)( name)?$");

  /** Headers of a pipeline stage, read as won/lost when its values say won and lost. */
  private static final Pattern STAGE =
      Pattern.compile(
          "^((deal|opportunity|opp|sales|pipeline|lead) )?(stage|status)( name)?$|^dealstage$"
              + "|^stagename$|^(deal|opportunity) (outcome|result)$|^outcome$|^result$");

  private static final Pattern ANNUAL_COMPANY_REVENUE =
      Pattern.compile("^(annual|company|yearly) revenue|^revenue (range|band)$");

  private HeaderRules() {}

  /** Normalises a header to lower-case words: "NumberOfEmployees" → "number of employees". */
  static String words(String header) {
    String spaced = header.replaceAll("([a-z])([A-Z])", "$1 $2");
    return spaced
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\(.*?\\)", " ")
        .replaceAll("[^a-z0-9%]+", " ")
        .trim();
  }

  static Optional<ColumnRole> role(String header) {
    return first(ROLES, words(header));
  }

  static Optional<OutcomeKind> outcome(String header) {
    String words = words(header);
    if (ANNUAL_COMPANY_REVENUE.matcher(words).find()) {
      return Optional.empty(); // the company's own revenue is firmographic, not ours
    }
    return first(OUTCOMES, words);
  }

  static AttributeCategory category(String header) {
    return first(CATEGORIES, words(header)).orElse(AttributeCategory.FIRMOGRAPHIC);
  }

  static boolean leaky(String header) {
    return LEAKY.matcher(words(header)).find();
  }

  /** Whether the header names who worked the account: an owner, rep, agent, CSM, team. */
  static boolean process(String header) {
    return PROCESS.matcher(words(header)).find();
  }

  /** Whether the header names a pipeline stage or a deal's result. */
  static boolean stage(String header) {
    return STAGE.matcher(words(header)).find();
  }

  static boolean suggestsCountry(String header) {
    return words(header).matches(".*\\b(country|nation)\\b.*");
  }

  private static <T> Optional<T> first(List<Rule<T>> rules, String words) {
    for (Rule<T> rule : rules) {
      if (rule.pattern().matcher(words).find()) {
        return Optional.of(rule.value());
      }
    }
    return Optional.empty();
  }
}
