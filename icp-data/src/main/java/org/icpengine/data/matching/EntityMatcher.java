package org.icpengine.data.matching;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Resolves which account each row of another file is about. Deterministic first: a row whose
 * registrable domain belongs to exactly one account links to it, certain. Otherwise by name: the
 * best-scoring account in the row's block ({@link NameMatcher}), banded by the {@link
 * MatchThresholds}, down to review when a rival account scores within the margin or the countries
 * differ; a conflicting country costs a fifth of the score, conflicting domains a tenth.
 *
 * <p>Word weights are counted over both lists, so build one matcher per pair of files.
 */
public final class EntityMatcher {
  /** What a different country multiplies a name score by. */
  static final double COUNTRY_PENALTY = 0.8;

  /** What different domains multiply a name score by. */
  static final double DOMAIN_PENALTY = 0.9;

  private final List<Party> accounts;
  private final List<Party> rows;
  private final List<String> accountDomains;
  private final List<String> rowDomains;
  private final Map<String, int[]> byDomain = new HashMap<>();
  private final Supplier<Names> names;
  private final MatchThresholds thresholds;
  private final ThreadLocal<Blocks> blocks = ThreadLocal.withInitial(Blocks::new);

  private EntityMatcher(
      List<Party> accounts,
      List<String> accountKeys,
      List<Party> rows,
      List<String> rowKeys,
      MatchThresholds thresholds) {
    this.accounts = List.copyOf(accounts);
    this.rows = List.copyOf(rows);
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    if (accountKeys.size() != accounts.size() || rowKeys.size() != rows.size()) {
      throw new IllegalArgumentException("one domain key per account and per row");
    }
    accountDomains = accountKeys;
    rowDomains = rowKeys;
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int a = 0; a < accountDomains.size(); a++) {
      if (accountDomains.get(a) != null) {
        lists.computeIfAbsent(accountDomains.get(a), k -> new ArrayList<>()).add(a);
      }
    }
    lists.forEach((d, l) -> byDomain.put(d, l.stream().mapToInt(Integer::intValue).toArray()));
    // built on the first row that needs names: a file matched by domain alone never pays for it
    names = Suppliers.memoize(() -> Names.of(this.accounts, this.rows));
  }

  /**
   * Prepares matching {@code rows} against {@code accounts}, folding their domains to company keys
   * here, with {@link Domains}.
   */
  public static EntityMatcher of(
      List<Party> accounts, List<Party> rows, MatchThresholds thresholds) {
    return new EntityMatcher(accounts, domains(accounts), rows, domains(rows), thresholds);
  }

  /**
   * Prepares matching {@code rows} against {@code accounts} whose domains are already folded to
   * company keys ({@link Domains#companyKey}, or in the engine by {@link DomainSql}): one key or
   * null per account and per row, in the same order.
   */
  public static EntityMatcher of(
      List<Party> accounts,
      List<String> accountKeys,
      List<Party> rows,
      List<String> rowKeys,
      MatchThresholds thresholds) {
    return new EntityMatcher(
        accounts,
        Collections.unmodifiableList(new ArrayList<>(accountKeys)),
        rows,
        Collections.unmodifiableList(new ArrayList<>(rowKeys)),
        thresholds);
  }

  /** Returns every row's link, in row order, using every core. */
  public List<Link> links() {
    return IntStream.range(0, rows.size()).parallel().mapToObj(this::link).toList();
  }

  /** Returns the link of row {@code row}. */
  public Link link(int row) {
    Party party = rows.get(row);
    String domain = rowDomains.get(row);
    int[] sameDomain = domain == null ? new int[0] : byDomain.getOrDefault(domain, new int[0]);
    if (sameDomain.length == 1) {
      return new Link(sameDomain[0], 1, MatchBand.CERTAIN, "same domain " + domain);
    }
    CompanyName name = names.get().rows().get(row);
    if (name.isEmpty()) {
      return Link.none(
          sameDomain.length > 1
              ? sameDomain.length + " accounts share domain " + domain + " and the row has no name"
              : "no name, and no domain an account has");
    }
    NameMatcher matcher = names.get().matcher();
    NameQuery query = matcher.query(name);
    int[] block = sameDomain.length > 1 ? sameDomain : matcher.block(query, blocks.get());
    return byName(party, domain, query, block, sameDomain.length > 1);
  }

  private Link byName(
      Party party, String domain, NameQuery query, int[] block, boolean sharedDomain) {
    NameMatcher matcher = names.get().matcher();
    int best = -1;
    int second = -1;
    double bestScore = 0;
    double secondScore = 0;
    for (int a : block) {
      double score = matcher.score(query, a) * penalty(party, domain, a, sharedDomain);
      if (score > bestScore) {
        second = best;
        secondScore = bestScore;
        bestScore = score;
        best = a;
      } else if (score > secondScore) {
        second = a;
        secondScore = score;
      }
    }
    if (best < 0 || bestScore < thresholds.review()) {
      return Link.none("no account's name is close");
    }
    MatchBand band = thresholds.band(bestScore);
    boolean exact = sameName(query, best);
    if (band == MatchBand.CERTAIN && !exact) {
      band = MatchBand.LIKELY;
    }
    // the same name beats a close one; two accounts of the same name are a person's call
    boolean rival =
        second >= 0
            && bestScore - secondScore < thresholds.margin()
            && (!exact || sameName(query, second));
    boolean countryConflict = conflicts(party.country(), accounts.get(best).country());
    if ((rival || countryConflict) && band.linked()) {
      band = MatchBand.REVIEW;
    }
    String reason =
        NameReason.of(
                query.name(),
                names.get().accounts().get(best),
                matcher.details(query, best),
                party,
                accounts.get(best))
            + (sharedDomain ? ", one of the accounts sharing domain " + domain : "")
            + (rival ? ", another account is as close" : "");
    return new Link(best, bestScore, band, reason);
  }

  private boolean sameName(NameQuery query, int account) {
    return names.get().accounts().get(account).compact().equals(query.name().compact());
  }

  private double penalty(Party party, String domain, int account, boolean sharedDomain) {
    double factor = 1;
    if (conflicts(party.country(), accounts.get(account).country())) {
      factor *= COUNTRY_PENALTY;
    }
    if (!sharedDomain && domain != null && accountDomains.get(account) != null) {
      factor *= DOMAIN_PENALTY;
    }
    return factor;
  }

  static boolean conflicts(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  /** Both lists' folded names and the matcher over them. */
  private record Names(List<CompanyName> accounts, List<CompanyName> rows, NameMatcher matcher) {
    static Names of(List<Party> accounts, List<Party> rows) {
      List<CompanyName> a =
          accounts.parallelStream().map(p -> CompanyNames.fold(p.name())).toList();
      List<CompanyName> r = rows.parallelStream().map(p -> CompanyNames.fold(p.name())).toList();
      // the index and the weights are each one pass over the names: side by side on two cores
      CompletableFuture<WordWeights> weights =
          CompletableFuture.supplyAsync(() -> WordWeights.of(a, r));
      return new Names(a, r, new NameMatcher(NameIndex.of(a), weights.join()));
    }
  }

  private static List<String> domains(List<Party> parties) {
    return Collections.unmodifiableList(
        parties.parallelStream()
            .map(p -> Domains.companyKey(p.domain()).orElse(null))
            .collect(ArrayList::new, ArrayList::add, ArrayList::addAll));
  }
}
