package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TitlesAccuracyTest {
  private static final double FLOOR = 0.95;
  private static final double SECOND_BATCH_FLOOR = 0.85;

  private record Labelled(String title, String function, String seniority) {}

  @Test
  void classify_matchesHandLabelledTitlesInFiveLanguages() throws IOException {
    List<Labelled> labelled = labelled("titles-labelled.tsv");
    assertThat(labelled).hasSizeGreaterThanOrEqualTo(300);
    double[] accuracy = accuracy("titles-labelled.tsv", labelled);
    assertThat(accuracy[0]).isGreaterThanOrEqualTo(FLOOR);
    assertThat(accuracy[1]).isGreaterThanOrEqualTo(FLOOR);
  }

  /** Titles labelled before the rules first ran on them (see the file for that first figure). */
  @Test
  void classify_matchesSecondBatchOfTitles() throws IOException {
    List<Labelled> labelled = labelled("titles-second-batch.tsv");
    double[] accuracy = accuracy("titles-second-batch.tsv", labelled);
    assertThat(accuracy[0]).isGreaterThanOrEqualTo(SECOND_BATCH_FLOOR);
    assertThat(accuracy[1]).isGreaterThanOrEqualTo(SECOND_BATCH_FLOOR);
  }

  private static double[] accuracy(String name, List<Labelled> labelled) {
    Titles titles = Titles.builtIn();
    int functions = 0;
    int seniorities = 0;
    List<String> misses = new ArrayList<>();
    for (Labelled row : labelled) {
      TitleRole role = titles.classify(row.title());
      boolean function = role.function().equals(row.function());
      boolean seniority = role.seniority().key().equals(row.seniority());
      functions += function ? 1 : 0;
      seniorities += seniority ? 1 : 0;
      if (!function || !seniority) {
        misses.add(
            row.title()
                + ": "
                + role.function()
                + "/"
                + role.seniority().key()
                + ", labelled "
                + row.function()
                + "/"
                + row.seniority());
      }
    }
    double functionAccuracy = (double) functions / labelled.size();
    double seniorityAccuracy = (double) seniorities / labelled.size();
    System.out.printf(
        Locale.ROOT,
        "title accuracy on %d titles of %s: function %.1f %%, seniority %.1f %%%n",
        labelled.size(),
        name,
        100 * functionAccuracy,
        100 * seniorityAccuracy);
    misses.forEach(m -> System.out.println("  miss: " + m));
    return new double[] {functionAccuracy, seniorityAccuracy};
  }

  private static List<Labelled> labelled(String name) throws IOException {
    try (InputStream in = TitlesAccuracyTest.class.getResourceAsStream(name)) {
      List<Labelled> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        rows.add(new Labelled(cells[0], cells[1], cells[2]));
      }
      return rows;
    }
  }
}
