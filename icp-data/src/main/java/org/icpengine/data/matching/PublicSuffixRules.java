package org.icpengine.data.matching;

import com.google.common.base.Suppliers;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The public suffix list as rows for the engine ({@code public-suffix-list.dat}, Mozilla's list as
 * shipped with this release): exact suffixes ({@code co.uk}), wildcards ({@code *.ck}, stored as
 * the parent {@code ck}) and exceptions ({@code !www.ck}), each also in its punycode spelling. A
 * rule Guava's copy of the list, which {@link Domains} folds by, does not share is left out, so the
 * engine never names a registrable domain that Java would not.
 */
final class PublicSuffixRules {
  /** How a rule matches a host's trailing labels. */
  enum Kind {
    /** The suffix itself is public. */
    EXACT,
    /** Every label under the suffix is public ({@code *.ck}). */
    WILDCARD,
    /** The suffix is not public although a wildcard covers it ({@code !www.ck}). */
    EXCEPTION
  }

  /** One rule: its suffix, lower case, and how it matches. */
  record Rule(String suffix, Kind kind) {
    /** Returns the number of labels of the suffix. */
    int labels() {
      return suffix.split("\\.", -1).length;
    }
  }

  private static final String RESOURCE = "/org/icpengine/data/matching/public-suffix-list.dat";
  private static final Supplier<List<Rule>> RULES = Suppliers.memoize(PublicSuffixRules::load);

  private PublicSuffixRules() {}

  /** Returns the rules both the shipped list and Guava hold, read once. */
  static List<Rule> rules() {
    return RULES.get();
  }

  private static List<Rule> load() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (String line : WordList.read(RESOURCE)) {
      if (line.startsWith("//")) {
        continue;
      }
      String text = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      Rule rule =
          text.startsWith("!")
              ? new Rule(text.substring(1), Kind.EXCEPTION)
              : text.startsWith("*.")
                  ? new Rule(text.substring(2), Kind.WILDCARD)
                  : new Rule(text, Kind.EXACT);
      for (String spelling : spellings(rule.suffix())) {
        Rule spelt = new Rule(spelling, rule.kind());
        if (guavaAgrees(spelt)) {
          rules.putIfAbsent(spelt.kind() + " " + spelling, spelt);
        }
      }
    }
    return List.copyOf(rules.values());
  }

  private static List<String> spellings(String suffix) {
    List<String> spellings = new ArrayList<>(List.of(suffix));
    try {
      String ascii = IDN.toASCII(suffix, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      if (!ascii.equals(suffix)) {
        spellings.add(ascii);
      }
    } catch (IllegalArgumentException e) {
      // no punycode spelling: the rule keeps its own
    }
    return spellings;
  }

  private static boolean guavaAgrees(Rule rule) {
    String probe = rule.kind() == Kind.WILDCARD ? "icpprobe." + rule.suffix() : rule.suffix();
    if (!InternetDomainName.isValid(probe)) {
      return false;
    }
    boolean isPublic = InternetDomainName.from(probe).isPublicSuffix();
    return rule.kind() == Kind.EXCEPTION ? !isPublic : isPublic;
  }
}
