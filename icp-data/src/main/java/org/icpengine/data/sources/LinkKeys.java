package org.icpengine.data.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.clean.CleaningSql;
import org.icpengine.data.engine.Engine;

/**
 * The keys rows are linked to accounts by, besides the accounts' own key, as engine macros: {@code
 * icp_company_key(name)} folds a company name (lower case, accents, punctuation and spacing away,
 * legal-form suffixes such as Inc, GmbH or Pty Ltd from {@code legal-suffixes.txt} stripped), and
 * {@code icp_mail_domain(email)} takes an address's domain unless it is a free mail provider's from
 * {@code free-mail-domains.txt}. Domains are normalised by the cleaning macro {@code icp_domain}.
 */
public final class LinkKeys {
  private static final List<String> SUFFIXES = words("legal-suffixes.txt");
  private static final List<String> FREE_MAIL = words("free-mail-domains.txt");

  private LinkKeys() {}

  /** Installs the macros, and the cleaning macros they use, in the engine. */
  public static void install(Engine engine) {
    CleaningSql.install(engine);
    engine.execute(
        "CREATE OR REPLACE MACRO icp_name_fold(s) AS trim(regexp_replace(replace("
            + "strip_accents(lower(s)), '&', ' and '), '[^a-z0-9]+', ' ', 'g'))");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_company_key(s) AS nullif(replace(regexp_replace("
            + "icp_name_fold(s), "
            + Engine.literal(suffixPattern())
            + ", ''), ' ', ''), '')");
    // the domain part is computed once and bound by the lambda; a macro argument used twice
    // would be computed twice
    engine.execute(
        "CREATE OR REPLACE MACRO icp_mail_domain(e) AS list_transform([nullif(rtrim(lower(trim("
            + "split_part(e, '@', -1))), '.>'), '')], lambda d: CASE WHEN contains(d, '.') AND"
            + " NOT list_contains("
            + FREE_MAIL.stream().map(Engine::literal).toList()
            + ", d) THEN d END)[1]");
  }

  /** Returns the folded legal-form suffixes, longest first. */
  static List<String> suffixes() {
    return SUFFIXES.stream()
        .map(LinkKeys::fold)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  /** Folds a suffix as {@code icp_name_fold} folds a name (ASCII only). */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim();
  }

  private static String suffixPattern() {
    return "( (" + String.join("|", suffixes()) + "))+$";
  }

  private static List<String> words(String resource) {
    try (InputStream in = LinkKeys.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> words = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
