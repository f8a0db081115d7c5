package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;

class ScoreTallyTest {
  @Test
  void call_givesTheTierBackAndCountsTiersAndCells() {
    try (Engine engine = Engine.open("1GB")) {
      ScoreTally tally = ScoreTally.register(engine);
      String rows =
          "(VALUES ('A', 1), ('B', 0), ('A', 2), (NULL, 0), ('D', 3), (NULL, 1)) AS t(tier, cells)";
      java.util.List<String> tiers =
          engine.query(
              "SELECT " + tally.call("tier", "cells") + " FROM " + rows, r -> r.getString(1));

      assertThat(tiers).containsExactly("A", "B", "A", null, "D", null);
      assertThat(tally.rows()).isEqualTo(6);
      assertThat(tally.unscored()).isEqualTo(2);
      assertThat(tally.tiers()).isEqualTo(Map.of("A", 2L, "B", 1L, "D", 1L));
      assertThat(tally.neutralised()).isEqualTo(7);
    }
  }

  @Test
  void call_countsEveryRowOfAStatementReadInParallel() {
    try (Engine engine = Engine.open("1GB")) {
      ScoreTally tally = ScoreTally.register(engine);
      long scored =
          engine.queryOne(
              "SELECT count(t) FROM (SELECT "
                  + tally.call("CASE WHEN i % 3 = 0 THEN 'C' END", "CAST(i % 2 AS INTEGER)")
                  + " AS t FROM range(300000) r(i))",
              r -> r.getLong(1));

      assertThat(scored).isEqualTo(100_000);
      assertThat(tally.rows()).isEqualTo(300_000);
      assertThat(tally.tiers()).isEqualTo(Map.of("C", 100_000L));
      assertThat(tally.neutralised()).isEqualTo(150_000);
    }
  }
}
