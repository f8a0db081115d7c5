package org.icpengine.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.sample.enrichment.EnrichmentCompany;
import org.icpengine.sample.enrichment.EnrichmentRow;
import org.icpengine.sample.enrichment.EnrichmentSample;
import org.icpengine.sample.linked.LinkedSample;
import org.junit.jupiter.api.Test;

/** Precision, recall and review share on the sample's enrichment file, whose truth is known. */
class MatchQualityTest {
  @Test
  void links_onTheSampleEnrichmentFile_arePreciseAndComplete() {
    List<EnrichmentCompany> companies =
        LinkedSample.builder().seed(42).accounts(2_000).build().enrichmentCompanies();
    List<EnrichmentRow> rows = EnrichmentSample.draw(companies, 2_000, 7);
    List<Party> accounts = new ArrayList<>();
    companies.forEach(c -> accounts.add(new Party(c.name(), c.domain(), c.country(), null)));
    List<Party> parties = new ArrayList<>();
    rows.forEach(r -> parties.add(new Party(r.company(), r.website(), r.country(), null)));
    List<Link> links = EntityMatcher.of(accounts, parties, MatchThresholds.defaults()).links();
    long linked = 0;
    long correct = 0;
    long truths = 0;
    long review = 0;
    for (int i = 0; i < rows.size(); i++) {
      EnrichmentRow row = rows.get(i);
      Link link = links.get(i);
      String found = link.linked() ? companies.get(link.account()).id() : null;
      truths += row.truth() == null ? 0 : 1;
      linked += found == null ? 0 : 1;
      boolean right = found != null && found.equals(row.truth());
      correct += right ? 1 : 0;
      review += link.band() == MatchBand.REVIEW ? 1 : 0;
    }
    double precision = (double) correct / linked;
    double recall = (double) correct / truths;
    assertThat(precision).isGreaterThanOrEqualTo(0.99);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
    assertThat((double) review / rows.size()).isLessThan(0.03);
  }
}
