package org.icpengine.sample.enrichment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.icpengine.sample.CsvWriter;
import org.icpengine.sample.Draws;

/**
 * A technographic vendor's export about a list of companies, with the truth: four rows in five are
 * about one of the companies, written in another system's way (legal form, case, typo,
 * abbreviation, reordered words, a subsidiary's generic word, "The", sometimes with the web site),
 * one in five is about another company: a near duplicate (one distinctive word changed), a sister
 * company (an industry word added) or a stranger. Rows come in random order; the same seed and
 * companies always give the same rows.
 */
public final class EnrichmentSample {
  /** The file's header. */
  public static final List<String> HEADER =
      List.of("Company", "Website", "HQ Country", "Tech Stack");

  private final List<EnrichmentCompany> companies;
  private final Set<String> taken = new HashSet<>();
  private final SplittableRandom rnd;

  private EnrichmentSample(
      List<EnrichmentCompany> companies, List<EnrichmentCompany> others, long seed) {
    this.companies = List.copyOf(companies);
    this.rnd = new SplittableRandom(seed);
    companies.forEach(c -> taken.add(NameVariants.fold(c.name())));
    others.forEach(c -> taken.add(NameVariants.fold(c.name())));
  }

  /** Draws {@code rows} rows about the companies. */
  public static List<EnrichmentRow> draw(List<EnrichmentCompany> companies, int rows, long seed) {
    return draw(companies, List.of(), rows, seed);
  }

  /**
   * Draws {@code rows} rows about {@code companies}, none of whose decoys or variants takes the
   * name of one of {@code others}: rows about a second list of companies, drawn with its own call,
   * keep a fair truth when both lists are matched.
   */
  public static List<EnrichmentRow> draw(
      List<EnrichmentCompany> companies, List<EnrichmentCompany> others, int rows, long seed) {
    EnrichmentSample sample = new EnrichmentSample(companies, others, seed);
    List<EnrichmentRow> drawn = new ArrayList<>(rows);
    while (drawn.size() < rows) {
      EnrichmentCompany company = Draws.pick(sample.rnd, sample.companies);
      EnrichmentRow row =
          Draws.chance(sample.rnd, 0.8) ? sample.about(company) : sample.decoy(company);
      if (row != null) {
        drawn.add(row);
      }
    }
    return drawn;
  }

  /** Writes rows as a CSV file with {@link #HEADER}, without the truth. */
  public static void write(List<EnrichmentRow> rows, Path file) throws IOException {
    try (CsvWriter writer = CsvWriter.open(file)) {
      writer.row(HEADER);
      for (EnrichmentRow row : rows) {
        writer.row(List.of(row.company(), row.website(), row.country(), row.techStack()));
      }
    }
  }

  private EnrichmentRow about(EnrichmentCompany company) {
    NameVariants.Parts parts = NameVariants.split(company.name());
    int kind = rnd.nextInt(100);
    String variant;
    String name;
    if (kind < 10) {
      variant = "as written";
      name = company.name();
    } else if (kind < 30) {
      variant = "legal form";
      name = NameVariants.legalForm(parts, rnd);
    } else if (kind < 40) {
      variant = "case and punctuation";
      name = NameVariants.casing(parts, rnd);
    } else if (kind < 55) {
      variant = "typo";
      name = NameVariants.typo(parts, rnd);
    } else if (kind < 62) {
      variant = "abbreviation";
      name = NameVariants.abbreviation(parts);
    } else if (kind < 68) {
      variant = "reordered";
      name = NameVariants.reordered(parts);
    } else if (kind < 78) {
      variant = "subsidiary word";
      name = NameVariants.subsidiary(parts, rnd);
    } else if (kind < 83) {
      variant = "the";
      name = "The " + String.join(" ", parts.words());
    } else {
      variant = "web site";
      name = NameVariants.legalForm(parts, rnd);
    }
    // a variant that is another company's name is about that company too: not a fair truth
    String folded = name == null ? null : NameVariants.fold(name);
    if (name == null
        || (taken.contains(folded) && !folded.equals(NameVariants.fold(company.name())))) {
      return null;
    }
    String website = variant.equals("web site") ? website(company.domain()) : "";
    return new EnrichmentRow(
        name,
        website,
        country(company.country()),
        tech(company.technologies()),
        company.id(),
        variant);
  }

  private EnrichmentRow decoy(EnrichmentCompany company) {
    NameVariants.Parts parts = NameVariants.split(company.name());
    int kind = rnd.nextInt(3);
    List<String> words = new ArrayList<>(parts.words());
    String variant;
    if (kind == 0) {
      variant = "near duplicate";
      int at = rnd.nextInt(words.size());
      words.set(at, SyntheticCompanies.word(rnd));
    } else if (kind == 1) {
      variant = "sister company";
      String industry = Draws.pick(rnd, SyntheticCompanies.GENERIC);
      if (words.contains(industry) || NameVariants.ORGANISATIONAL.contains(industry)) {
        return null;
      }
      words.add(industry);
    } else {
      variant = "other company";
      words = List.of(SyntheticCompanies.word(rnd), Draws.pick(rnd, SyntheticCompanies.GENERIC));
    }
    String name = String.join(" ", words) + (parts.form().isEmpty() ? "" : " " + parts.form());
    if (!taken.add(NameVariants.fold(name))) {
      return null;
    }
    return new EnrichmentRow(
        name,
        "",
        country(Draws.pick(rnd, SyntheticCompanies.COUNTRIES)),
        tech(SyntheticCompanies.technologies(rnd)),
        null,
        variant);
  }

  private String website(String domain) {
    return switch (rnd.nextInt(4)) {
      case 0 -> "https://www." + domain + "/";
      case 1 -> "www." + domain;
      case 2 -> "http://" + domain + "/about-us";
      default -> domain.toUpperCase(Locale.ROOT);
    };
  }

  private String country(String country) {
    if (country == null || Draws.chance(rnd, 0.4)) {
      return "";
    }
    return country.equals("United States") && Draws.chance(rnd, 0.5) ? "USA" : country;
  }

  private static String tech(List<String> technologies) {
    return String.join("; ", technologies);
  }
}
