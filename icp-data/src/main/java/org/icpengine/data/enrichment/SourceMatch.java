package org.icpengine.data.enrichment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.matching.EntityMatcher;
import org.icpengine.data.matching.Link;
import org.icpengine.data.matching.MatchBand;
import org.icpengine.data.matching.Party;

/**
 * One enrichment file's rows matched to the accounts, with the review decisions applied: a row
 * links when its band is certain or likely and no one rejected the pair, or when someone accepted
 * it.
 *
 * @param input the file as read
 * @param links each row's link as matching found it, in file order
 * @param accounts each row's linked account position after the decisions; -1 when not linked
 * @param bands how many rows fell in each band, before the decisions
 * @param accepted review pairs linked by a person's decision
 * @param rejected pairs a person rejected (in any band)
 * @param pending review-band pairs no one has decided yet, in file order
 */
record SourceMatch(
    EnrichmentInput input,
    List<Link> links,
    int[] accounts,
    Map<MatchBand, Long> bands,
    long accepted,
    long rejected,
    List<ReviewPair> pending) {

  /** Matches the file's rows to the accounts and applies the decisions. */
  static SourceMatch of(EnrichmentInput input, AccountParties parties, ReviewDecisions decisions) {
    List<Link> links =
        EntityMatcher.of(
                parties.parties(),
                parties.domainKeys(),
                input.parties(),
                input.domainKeys(),
                input.entry().enrichment().orElseThrow().thresholds())
            .links();
    int[] accounts = new int[links.size()];
    Map<MatchBand, Long> bands = new EnumMap<>(MatchBand.class);
    for (MatchBand band : MatchBand.values()) {
      bands.put(band, 0L);
    }
    long accepted = 0;
    long rejected = 0;
    List<ReviewPair> pending = new ArrayList<>();
    for (int row = 0; row < links.size(); row++) {
      Link link = links.get(row);
      bands.merge(link.band(), 1L, Long::sum);
      accounts[row] = link.linked() ? link.account() : -1;
      if (link.account() < 0 || link.band() == MatchBand.NO_MATCH) {
        continue;
      }
      ReviewPair pair = pair(input, parties, row, link);
      Optional<Decision> decision = decisions.on(pair);
      if (decision.isPresent() && decision.get() == Decision.REJECT) {
        accounts[row] = -1;
        rejected++;
      } else if (decision.isPresent() && link.band() == MatchBand.REVIEW) {
        accounts[row] = link.account();
        accepted++;
      } else if (decision.isEmpty() && link.band() == MatchBand.REVIEW) {
        pending.add(pair);
      }
    }
    return new SourceMatch(input, links, accounts, bands, accepted, rejected, pending);
  }

  private static ReviewPair pair(
      EnrichmentInput input, AccountParties parties, int row, Link link) {
    Party party = input.parties().get(row);
    Party account = parties.parties().get(link.account());
    return new ReviewPair(
        input.entry().name(),
        EnrichmentInput.line(row),
        orEmpty(party.name()),
        orEmpty(party.domain()),
        parties.keys().get(link.account()),
        orEmpty(account.name()),
        link.score(),
        link.reason(),
        orEmpty(party.country()),
        orEmpty(account.domain()),
        orEmpty(account.country()),
        link.band());
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Returns the rows linked after the decisions. */
  long linked() {
    long n = 0;
    for (int a : accounts) {
      n += a >= 0 ? 1 : 0;
    }
    return n;
  }
}
