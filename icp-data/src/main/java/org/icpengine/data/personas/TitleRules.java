package org.icpengine.data.personas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.data.InputException;

/**
 * The word rules that turn titles into roles, read from a rules file (format in docs/titles.md):
 * sections {@code [function KEY]} and {@code [seniority LEVEL]}, then one pattern per line; {@code
 * #} starts a comment. A {@code none} section's patterns give nothing but hide the matches inside
 * them ("vice president" is not a president's function). The built-in rules cover English, French,
 * German, Spanish and Portuguese; a user's rules add to them, and replace a built-in rule with the
 * same pattern and kind.
 */
public final class TitleRules {
  private static final String BUILT_IN = "title-rules.txt";
  private static final Pattern SECTION =
      Pattern.compile("\\[\\s*(function|seniority)\\s+([^\\]\\s]+)\\s*\\]");
  private static final Pattern FUNCTION_KEY = Pattern.compile("[a-z][a-z0-9_]*");

  private final List<TitleRule> rules;

  private TitleRules(List<TitleRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Returns the rules that ship with ICP Engine. */
  public static TitleRules builtIn() {
    try (InputStream in = TitleRules.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the built-in " + BUILT_IN + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new TitleRules(parse(BUILT_IN, text, 0, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the built-in rules followed by a user's rules file, when one is given ({@code
   * --rules}).
   *
   * @throws InputException when the file cannot be read or a line is not a rule
   */
  public static TitleRules builtInAnd(Optional<Path> userFile) {
    TitleRules builtIn = builtIn();
    return userFile.map(file -> builtIn.plus(read(file))).orElse(builtIn);
  }

  /**
   * Reads a user's rules file.
   *
   * @throws InputException when the file cannot be read or a line is not a rule
   */
  public static TitleRules read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(
          "cannot read the rules file " + file + ": " + e.getMessage() + ": check the path", e);
    }
    try {
      return new TitleRules(parse(file.getFileName().toString(), text, 0, true));
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * Parses rules from text.
   *
   * @param name the file's name, for messages
   * @param user whether these are a user's rules
   * @throws IllegalArgumentException naming the line that is not a rule
   */
  public static TitleRules parse(String name, String text, boolean user) {
    return new TitleRules(parse(name, text, 0, user));
  }

  /** Returns these rules plus the other's, which replace rules of the same kind and pattern. */
  public TitleRules plus(TitleRules other) {
    Set<String> replaced = new HashSet<>();
    other.rules.forEach(r -> replaced.add(r.kind() + " " + r.pattern()));
    List<TitleRule> combined = new ArrayList<>();
    rules.stream()
        .filter(r -> !replaced.contains(r.kind() + " " + r.pattern()))
        .forEach(combined::add);
    for (TitleRule rule : other.rules) {
      combined.add(
          new TitleRule(
              rule.kind(), rule.value(), rule.words(), rules.size() + rule.order(), rule.user()));
    }
    return new TitleRules(combined);
  }

  /** Returns the rules, in file order. */
  public List<TitleRule> rules() {
    return rules;
  }

  private static List<TitleRule> parse(String name, String text, int first, boolean user) {
    List<TitleRule> parsed = new ArrayList<>();
    TitleRule.Kind kind = null;
    String value = null;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = name + " line " + (i + 1) + ": ";
      Matcher section = SECTION.matcher(line);
      if (section.matches()) {
        kind = TitleRule.Kind.valueOf(section.group(1).toUpperCase(Locale.ROOT));
        value = checkedValue(kind, section.group(2).toLowerCase(Locale.ROOT), where);
      } else if (line.startsWith("[")) {
        throw new IllegalArgumentException(
            where + "'" + line + "' is not a section: write [function KEY] or [seniority LEVEL]");
      } else if (kind == null) {
        throw new IllegalArgumentException(
            where + "a pattern before any section: start with [function KEY] or [seniority LEVEL]");
      } else {
        parsed.add(new TitleRule(kind, value, words(line, where), first + parsed.size(), user));
      }
    }
    return parsed;
  }

  private static String checkedValue(TitleRule.Kind kind, String value, String where) {
    if (value.equals(TitleRule.NONE)) {
      return value;
    }
    try {
      if (kind == TitleRule.Kind.SENIORITY) {
        return Seniority.of(value).key();
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
    if (!FUNCTION_KEY.matcher(value).matches() || value.equals(TitleRole.UNKNOWN_FUNCTION)) {
      throw new IllegalArgumentException(
          where
              + "function '"
              + value
              + "' is not a key: use lower-case letters, digits and _ (and not 'unknown')");
    }
    return value;
  }

  /** Folds a pattern's words as titles are folded, keeping the stars that mark compounds. */
  private static List<TitleRule.Word> words(String pattern, String where) {
    List<TitleRule.Word> words = new ArrayList<>();
    for (String token : pattern.split("\\s+")) {
      if (token.equals("*")) {
        words.add(new TitleRule.Word("", TitleRule.Word.Match.ANY));
        continue;
      }
      boolean lead = token.startsWith("*");
      boolean trail = token.endsWith("*");
      String[] parts = TitleText.words(token.replaceAll("^\\*|\\*$", ""));
      if (parts.length == 0 || token.replaceAll("^\\*|\\*$", "").contains("*")) {
        throw new IllegalArgumentException(
            where + "'" + token + "' is not a pattern word: use letters, with * only at its ends");
      }
      for (int p = 0; p < parts.length; p++) {
        boolean prefix = p == parts.length - 1 && trail;
        boolean suffix = p == 0 && lead;
        words.add(new TitleRule.Word(parts[p], match(prefix, suffix)));
      }
    }
    if (words.stream().allMatch(w -> w.match() == TitleRule.Word.Match.ANY)) {
      throw new IllegalArgumentException(where + "a pattern needs a word that is not *");
    }
    return words;
  }

  private static TitleRule.Word.Match match(boolean prefix, boolean suffix) {
    if (prefix && suffix) {
      return TitleRule.Word.Match.CONTAINS;
    }
    return prefix
        ? TitleRule.Word.Match.PREFIX
        : suffix ? TitleRule.Word.Match.SUFFIX : TitleRule.Word.Match.EXACT;
  }

  /**
   * Rules indexed by the word they are anchored on, for matching many titles; the rules a word may
   * anchor are remembered per word (titles share few words), up to a bound.
   */
  static final class Index {
    private static final int REMEMBERED_WORDS = 200_000;
    private final Map<String, List<TitleRule>> byWord = new ConcurrentHashMap<>();

    final Map<String, List<TitleRule>> exact = new HashMap<>();
    final Map<String, List<TitleRule>> prefix = new HashMap<>();
    final Map<String, List<TitleRule>> suffix = new HashMap<>();
    final List<TitleRule> contains = new ArrayList<>();
    final int[] prefixLengths;
    final int[] suffixLengths;

    Index(List<TitleRule> rules) {
      for (TitleRule rule : rules) {
        TitleRule.Word anchor = rule.words().get(rule.anchor());
        switch (anchor.match()) {
          case EXACT -> exact.computeIfAbsent(anchor.text(), k -> new ArrayList<>()).add(rule);
          case PREFIX -> prefix.computeIfAbsent(anchor.text(), k -> new ArrayList<>()).add(rule);
          case SUFFIX -> suffix.computeIfAbsent(anchor.text(), k -> new ArrayList<>()).add(rule);
          case CONTAINS -> contains.add(rule);
          case ANY -> throw new IllegalStateException("a rule anchored on *: " + rule);
        }
      }
      prefixLengths = lengths(prefix);
      suffixLengths = lengths(suffix);
    }

    /** Returns the rules whose anchor word matches the title's word. */
    List<TitleRule> candidates(String word) {
      List<TitleRule> known = byWord.get(word);
      if (known != null) {
        return known;
      }
      List<TitleRule> found = new ArrayList<>(exact.getOrDefault(word, List.of()));
      for (int length : prefixLengths) {
        if (length <= word.length()) {
          found.addAll(prefix.getOrDefault(word.substring(0, length), List.of()));
        }
      }
      for (int length : suffixLengths) {
        if (length <= word.length()) {
          found.addAll(suffix.getOrDefault(word.substring(word.length() - length), List.of()));
        }
      }
      contains.stream().filter(r -> r.words().get(r.anchor()).matches(word)).forEach(found::add);
      List<TitleRule> candidates = List.copyOf(found);
      if (byWord.size() < REMEMBERED_WORDS) {
        byWord.put(word, candidates);
      }
      return candidates;
    }

    private static int[] lengths(Map<String, List<TitleRule>> affixes) {
      return affixes.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
    }
  }
}
