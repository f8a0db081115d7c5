package org.icpengine.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;
import org.junit.jupiter.api.Test;

class IcpDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A document of an older ICP Engine: no verdict, no evaluation, a trait without its interval. */
  private static ObjectNode older() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format_version", 1);
    root.putObject("ideal").put("description", "won deals").put("ideal_rows", 20).put("rows", 100);
    root.putArray("traits")
        .addObject()
        .put("condition", "Industry is Fintech")
        .put("direction", "positive")
        .put("lift", 2.5)
        .put("support", 30);
    root.putArray("segments");
    root.put("summary", "Fintech.");
    root.put("x_custom", "kept");
    try (InputStream in =
        IcpDocumentTest.class.getResourceAsStream("fit-model-before-coverage.json")) {
      root.set("fit_model", JSON.readTree(in));
    }
    return root;
  }

  @Test
  void olderDocument_readsTypedWithUnknownsAsNaNAndNoVerdictOrEvaluation() throws IOException {
    IcpDocument document = IcpDocument.of(older(), "icp.json");

    IcpContents.Trait trait = document.traits().get(0);
    assertThat(trait.condition()).isEqualTo("Industry is Fintech");
    assertThat(trait.positive()).isTrue();
    assertThat(trait.category()).isEqualTo("other");
    assertThat(trait.lift().value()).isEqualTo(2.5);
    assertThat(trait.lift().low()).isNaN();
    assertThat(trait.pinned()).isFalse();
    assertThat(document.ideal().idealRate()).isEqualTo(0.2);
    assertThat(document.verdict()).isEmpty();
    assertThat(document.evaluation()).isEmpty();
    assertThat(document.fitModel()).isPresent();
    assertThatThrownBy(document::contents)
        .isInstanceOf(IcpFileException.class)
        .hasMessageContaining("has no evaluation");
  }

  @Test
  void traits_refuseAFigureThatDoesNotHoldTogether() throws IOException {
    ObjectNode root = older();
    ((ObjectNode) root.withArray("/traits").get(0)).put("p_value", 2.0);

    assertThatThrownBy(() -> IcpDocument.of(root, "icp.json").traits())
        .isInstanceOf(IcpFileException.class)
        .hasMessageStartingWith("icp.json has a part that does not hold together (pValue");
  }

  @Test
  void edited_pinsAndRemovesTraitsAndChangesTiersKeepingEveryOtherPart() throws IOException {
    IcpDocument document = IcpDocument.of(older(), "icp.json");
    ObjectNode tiers = JSON.createObjectNode().put("A", 80).put("B", 60).put("C", 30);

    IcpDocument pinned =
        document.edited(
            new DocumentEdit(
                Optional.of(tiers), Optional.empty(), List.of(), List.of("Industry is Fintech")));
    IcpDocument removed =
        document.edited(
            new DocumentEdit(
                Optional.empty(), Optional.empty(), List.of("Industry is Fintech"), List.of()));

    assertThat(pinned.traits().get(0).pinned()).isTrue();
    assertThat(pinned.model().tiers().a()).isEqualTo(80);
    assertThat(pinned.text()).contains("\"x_custom\":\"kept\"");
    assertThat(removed.traits()).isEmpty();
    assertThat(document.traits()).hasSize(1);
    assertThatThrownBy(
            () ->
                document.edited(
                    new DocumentEdit(
                        Optional.empty(),
                        Optional.empty(),
                        List.of("Industry is Retail"),
                        List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the version has no trait 'Industry is Retail'");
  }

  @Test
  void contents_writtenAndReadBack_areTheSameRecordsAndBytes() throws IOException {
    IcpDocument older = IcpDocument.of(older(), "icp.json");
    Figure lift = new Figure(2.5, 1.5, Double.NaN, 0.01);
    CohortFigures economics =
        new CohortFigures(
            "Industry is Fintech",
            30,
            lift,
            Figure.missing(),
            lift,
            lift,
            Figure.missing(),
            lift,
            lift,
            lift,
            lift,
            Figure.missing());
    HeldOutEvaluation.Figures figures =
        new HeldOutEvaluation.Figures(
            "ICP fit score",
            0.8,
            0.7,
            0.9,
            2.0,
            0.1,
            1.0,
            0.0,
            0.5,
            0.8,
            Double.NaN,
            List.of(new HeldOutEvaluation.Tier("A", 10, 0.1, 5, 0.5, 0.45)),
            List.of(new HeldOutEvaluation.Bin(10, 0.05, 0.1)));
    IcpContents contents =
        new IcpContents(
            1,
            new IcpContents.Provenance(
                "accounts.csv",
                "ab12",
                100,
                Map.of("max_depth", 3),
                42,
                "v1",
                "0.1",
                "2024-05-01T12:00:00Z"),
            older.ideal(),
            List.of(new IcpContents.Column("Industry", "firmographic", "category")),
            List.of(new IcpContents.Excluded("Name", "a company name")),
            List.of(
                new IcpContents.Trait(
                    "Industry",
                    "firmographic",
                    "Industry is Fintech",
                    "positive",
                    lift,
                    0.02,
                    30,
                    0.3,
                    0.6,
                    economics,
                    List.of("targeting filter"),
                    true)),
            List.of(new IcpContents.Segment(List.of("a", "b"), "negative", lift, 0.03, 12, 0.1)),
            List.of(new IcpContents.Outcome("ltv", List.of("a"), "positive", lift, 0.04, 9)),
            new IcpContents.Coverage(0.6, Double.NaN),
            "Fintech.",
            List.of("small sample"),
            Optional.of(new IcpContents.Verdict(false, "too few", 0.55, 0.4, 0.7, 0.6)),
            older.model(),
            new HeldOutEvaluation(
                0.3,
                42,
                70,
                30,
                figures,
                figures,
                0.81,
                new FitEvaluation.Honesty(0.82, 0.81, 0.8, 6, true, List.of("Industry")),
                Optional.of(0.7),
                Optional.empty()));

    byte[] written = IcpContentsJson.bytes(contents);
    IcpContents read =
        IcpDocument.parse(new String(written, StandardCharsets.UTF_8), "icp.json").contents();

    assertThat(read).isEqualTo(contents);
    assertThat(IcpContentsJson.bytes(read)).isEqualTo(written);
  }
}
