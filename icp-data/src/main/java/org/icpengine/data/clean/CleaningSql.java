package org.icpengine.data.clean;

import org.icpengine.data.engine.Engine;
import org.icpengine.model.clean.Placeholders;
import org.icpengine.model.clean.ValuePatterns;

/**
 * The SQL macros that clean single values inside the engine. They are the one implementation of
 * value parsing: type inference runs them on a sample, cleaning runs them on every row.
 */
public final class CleaningSql {
  /** The number pattern; one definition shared with the Java cleaning ({@link ValuePatterns}). */
  public static final String NUMBER_PATTERN = ValuePatterns.NUMBER;

  /** A plain number with optional sign, currency symbol and thousands separators. */
  public static final String SIMPLE_NUMBER_PATTERN = ValuePatterns.SIMPLE_NUMBER;

  /** A web address, e-mail address or bare host; group 1 is the host without "www.". */
  public static final String DOMAIN_PATTERN = ValuePatterns.DOMAIN;

  /** Spellings read as true, lower case; matching ignores case. */
  public static final java.util.Set<String> TRUE_WORDS = ValuePatterns.TRUE_WORDS;

  /** Spellings read as false, lower case; matching ignores case. */
  public static final java.util.Set<String> FALSE_WORDS = ValuePatterns.FALSE_WORDS;

  private CleaningSql() {}

  private static String sqlList(java.util.Set<String> words) {
    return words.stream()
        .sorted()
        .map(Engine::literal)
        .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
  }

  /** Installs the macros in the engine; safe to call more than once. */
  public static void install(Engine engine) {
    // trim(s) takes only spaces and is cheap; the explicit character set is costly, so it is
    // used only on the rare values that hold a tab, line break or non-breaking space
    engine.execute(
        "CREATE OR REPLACE MACRO icp_trim(s) AS CASE WHEN contains(s, chr(9)) OR contains(s,"
            + " chr(10)) OR contains(s, chr(13)) OR contains(s, chr(160)) THEN trim(s, ' ' ||"
            + " chr(9) || chr(10) || chr(13) || chr(160)) ELSE trim(s) END");
    // t is already trimmed; a value longer than every placeholder is none
    engine.execute(
        "CREATE OR REPLACE MACRO icp_unplaceholder(t) AS CASE WHEN strlen(t) > "
            + Placeholders.MAX_LENGTH
            + " THEN t WHEN list_contains("
            + Placeholders.sqlArray()
            + ", lower(t)) THEN NULL ELSE nullif(t, '') END");
    engine.execute("CREATE OR REPLACE MACRO icp_blank(s) AS icp_unplaceholder(icp_trim(s))");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_num_parts(b) AS regexp_extract(lower(b), "
            + Engine.literal(NUMBER_PATTERN)
            + ", ['sign', 'n1', 's1', 'n2', 's2', 'plus', 'pct'])");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_mult(s) AS CASE s WHEN 'k' THEN 1e3 WHEN 'thousand' THEN 1e3"
            + " WHEN 'm' THEN 1e6 WHEN 'mm' THEN 1e6 WHEN 'mn' THEN 1e6 WHEN 'million' THEN 1e6"
            + " WHEN 'b' THEN 1e9 WHEN 'bn' THEN 1e9 WHEN 'billion' THEN 1e9 ELSE 1 END");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_num_value(p) AS CASE WHEN p.n1 = '' THEN NULL"
            + " ELSE (CASE WHEN p.sign = '-' THEN -1 ELSE 1 END) * (CASE WHEN p.n2 = ''"
            + " THEN replace(p.n1, ',', '')::DOUBLE * icp_mult(p.s1)"
            + " ELSE (replace(p.n1, ',', '')::DOUBLE * icp_mult(coalesce(nullif(p.s1, ''), p.s2))"
            + " + replace(p.n2, ',', '')::DOUBLE * icp_mult(coalesce(nullif(p.s2, ''), p.s1)))"
            + " / 2 END) END");
    // The common shapes first, without capturing groups: a plain number, then currency and
    // thousands separators; only the rest needs the full pattern's parts.
    engine.execute(
        "CREATE OR REPLACE MACRO icp_num_plain(b) AS CASE WHEN isfinite(TRY_CAST(b AS DOUBLE))"
            + " THEN TRY_CAST(b AS DOUBLE) END");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_num_fast(b) AS CASE WHEN regexp_full_match(b, "
            + Engine.literal(SIMPLE_NUMBER_PATTERN)
            + ") THEN CAST(replace(replace(replace(replace(replace(replace(b, ',', ''), ' ', ''),"
            + " '$', ''), '€', ''), '£', ''), '¥', '') AS DOUBLE) END");
    // a macro argument is expanded where it is used: the lambda binds the parts to run the
    // capturing pattern once per value
    engine.execute(
        "CREATE OR REPLACE MACRO icp_num(b) AS coalesce(icp_num_plain(b), icp_num_fast(b),"
            + " list_transform([icp_num_parts(b)], lambda p: icp_num_value(p))[1])");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_is_num(b) AS icp_num_plain(b) IS NOT NULL"
            + " OR icp_num_fast(b) IS NOT NULL OR (regexp_full_match(lower(b), "
            + Engine.literal(NUMBER_PATTERN)
            + ") AND icp_num(b) IS NOT NULL)");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_bool(b) AS CASE WHEN lower(b) IN "
            + sqlList(TRUE_WORDS)
            + " THEN true WHEN lower(b) IN "
            + sqlList(FALSE_WORDS)
            + " THEN false ELSE NULL END");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_domain(b) AS nullif(rtrim(regexp_extract(lower(b), "
            + Engine.literal(DOMAIN_PATTERN)
            + ", 1), '.'), '')");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_is_domain(b) AS regexp_full_match(lower(b), "
            + Engine.literal(DOMAIN_PATTERN)
            + ")");
  }
}
