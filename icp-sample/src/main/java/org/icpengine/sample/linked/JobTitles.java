package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes job titles for a function and a seniority as people enter them: in English ("VP of
 * Finance", "Finance Director", "CFO", "Sr. Data Analyst"), or, at companies in France, Germany,
 * Spain and Brazil, often in the local language ("Directeur Financier", "Leiter Vertrieb",
 * "Director de Ventas", "Gerente de Marketing"); some are upper-cased, carry a region or are blank.
 */
final class JobTitles {
  private static final Map<String, String> LANGUAGES =
      Map.of("France", "fr", "Germany", "de", "Spain", "es", "Brazil", "pt");
  private static final double LOCAL_SHARE = 0.5;
  private static final Map<JobFunction, List<String>> CHIEFS = new EnumMap<>(JobFunction.class);
  private static final Map<JobFunction, List<String>> INDIVIDUALS =
      new EnumMap<>(JobFunction.class);
  private static final Map<String, List<String>> LOCAL = new HashMap<>();

  static {
    chiefs(JobFunction.FINANCE, "Chief Financial Officer;CFO;Chief Finance Officer");
    chiefs(JobFunction.SALES, "Chief Revenue Officer;CRO;Chief Sales Officer");
    chiefs(JobFunction.MARKETING, "Chief Marketing Officer;CMO");
    chiefs(JobFunction.ENGINEERING, "Chief Technology Officer;CTO;CIO");
    chiefs(JobFunction.DATA, "Chief Data Officer;CDO;Chief Analytics Officer");
    chiefs(JobFunction.OPERATIONS, "Chief Operating Officer;COO");
    chiefs(JobFunction.PEOPLE, "Chief People Officer;CHRO");
    chiefs(JobFunction.CUSTOMER_SUCCESS, "Chief Customer Officer");
    chiefs(JobFunction.EXECUTIVE, "Chief Executive Officer;CEO;Founder & CEO;Co-Founder;President");
    individuals(JobFunction.FINANCE, "Financial Analyst;Accountant;FP&A Analyst;Controller");
    individuals(JobFunction.SALES, "Account Executive;Sales Development Representative;SDR");
    individuals(JobFunction.MARKETING, "Marketing Specialist;Demand Generation Specialist");
    individuals(JobFunction.ENGINEERING, "Software Engineer;Senior Software Engineer;DevOps");
    individuals(JobFunction.DATA, "Data Analyst;Data Engineer;Analytics Engineer;BI Developer");
    individuals(JobFunction.OPERATIONS, "Operations Analyst;RevOps Specialist");
    individuals(JobFunction.PEOPLE, "HR Generalist;Recruiter;Talent Partner");
    individuals(JobFunction.CUSTOMER_SUCCESS, "Customer Success Manager;Support Specialist");
    individuals(JobFunction.EXECUTIVE, "Chief of Staff;Executive Assistant");
    LocalTitles.TABLE.lines().forEach(JobTitles::local);
  }

  private JobTitles() {}

  /** Returns a title for the function and seniority at a company in {@code country}. */
  static String title(
      JobFunction function, Seniority seniority, String country, SplittableRandom rnd) {
    List<String> local = LOCAL.get(key(LANGUAGES.get(country), function, seniority));
    String title =
        local != null && chance(rnd, LOCAL_SHARE)
            ? pick(rnd, local)
            : english(function, seniority, rnd);
    return messy(title, rnd);
  }

  private static String english(JobFunction function, Seniority seniority, SplittableRandom rnd) {
    String words = function.words();
    if (function == JobFunction.EXECUTIVE && seniority != Seniority.C_LEVEL) {
      return pick(rnd, List.of("General Manager", "Managing Director", "Head of Strategy"));
    }
    switch (seniority) {
      case C_LEVEL:
        return pick(rnd, CHIEFS.get(function));
      case VP:
        return pick(rnd, List.of("VP of ", "Vice President, ", "VP ", "SVP ")) + words;
      case DIRECTOR:
        return pick(
            rnd, List.of("Director of " + words, words + " Director", "Sr. Director, " + words));
      case HEAD:
        return "Head of " + words;
      case MANAGER:
        return pick(rnd, List.of(words + " Manager", "Manager, " + words, "Sr. " + words + " Mgr"));
      default:
        return pick(rnd, INDIVIDUALS.get(function));
    }
  }

  /** About 4 % blank, 5 % upper-cased, 3 % with a region, 2 % padded. */
  private static String messy(String title, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.04) {
      return "";
    }
    if (u < 0.09) {
      return title.toUpperCase(Locale.ROOT);
    }
    if (u < 0.12) {
      return title + pick(rnd, List.of(", EMEA", " - North America", " (APAC)", " | DACH"));
    }
    return u < 0.14 ? " " + title + " " : title;
  }

  private static void chiefs(JobFunction function, String titles) {
    CHIEFS.put(function, List.of(titles.split(";")));
  }

  private static void individuals(JobFunction function, String titles) {
    INDIVIDUALS.put(function, List.of(titles.split(";")));
  }

  /** Reads one table line: {@code language|FUNCTION|SENIORITY,SENIORITY|title;title}. */
  private static void local(String line) {
    String[] fields = line.split("\\|");
    for (String seniority : fields[2].split(",")) {
      JobFunction function = JobFunction.valueOf(fields[1]);
      LOCAL.put(
          key(fields[0], function, Seniority.valueOf(seniority)), List.of(fields[3].split(";")));
    }
  }

  private static String key(String language, JobFunction function, Seniority seniority) {
    return language + "|" + function + "|" + seniority;
  }
}
