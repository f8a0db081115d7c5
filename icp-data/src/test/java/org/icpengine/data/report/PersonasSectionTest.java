package org.icpengine.data.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.InputException;
import org.icpengine.data.personas.CommitteeGap;
import org.icpengine.data.personas.CommitteeSummary;
import org.icpengine.data.personas.Persona;
import org.icpengine.data.personas.PersonaCard;
import org.icpengine.data.personas.PersonaLift;
import org.icpengine.data.personas.PersonaReport;
import org.junit.jupiter.api.Test;

class PersonasSectionTest {
  private static final Persona FINANCE = new Persona("finance", Persona.ANY);
  private static final String REPORT =
      "<!DOCTYPE html><html><body><main><h1>Ideal Customer Profile</h1></main></body></html>";

  private static PersonaReport report() {
    PersonaLift lift =
        new PersonaLift(FINANCE, "all", 45, 100, 80, 250, new Figure(1.4, 1.2, 1.6, 1e-5), 1e-4);
    PersonaCard card =
        new PersonaCard(
            FINANCE,
            lift,
            120,
            List.of(new PersonaCard.Share("Economic Buyer", 30, 45, 0.2)),
            List.of(
                new PersonaCard.Answer(
                    "Main <job>?", new PersonaCard.Share("Revenue forecasting", 9, 20, 0.25))),
            List.of(new PersonaCard.Share("Email", 40, 100, 0.2)),
            List.of(),
            new PersonaCard.Share("first contact", 12, 40, Double.NaN));
    return new PersonaReport(
        Map.of("A", 10L),
        300,
        12,
        250,
        100,
        List.of(lift),
        Optional.of(
            new CommitteeSummary(
                "A", 20, 3, 3.2, List.of(new CommitteeSummary.Share(FINANCE, 15, 0.75)))),
        List.of(card),
        List.of(),
        List.of(new CommitteeGap("A", FINANCE, 0.75, 20, 4, 10)),
        List.of());
  }

  @Test
  void insert_addsCardsWithEvidenceBeforeTheEndOfMain() {
    String html = PersonasSection.insert(REPORT, report());
    assertThat(html)
        .contains("<h2>Buyer personas</h2>")
        .contains("<h3>finance (any level)</h3>")
        .contains("Economic Buyer (67 %)")
        .contains("&quot;Main &lt;job&gt;?&quot;: Revenue forecasting")
        .contains("Evidence: 45 of 100 won and 35 of 150 lost deals")
        .contains("4 of 10 tier-A accounts: no finance contact yet; won tier-A deals had one 75 %")
        .endsWith("<!-- /personas --></main></body></html>");
  }

  @Test
  void insert_replacesAnEarlierSection() {
    String twice = PersonasSection.insert(PersonasSection.insert(REPORT, report()), report());
    assertThat(twice.split("<h2>Buyer personas</h2>", -1)).hasSize(2);
    assertThat(twice).startsWith("<!DOCTYPE html><html><body><main><h1>Ideal Customer Profile");
  }

  @Test
  void insert_refusesAFileThatIsNotAReport() {
    assertThatThrownBy(() -> PersonasSection.insert("<html>nothing</html>", report()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a report");
  }
}
