package org.icpengine.data.icp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.TrainingSupport;
import org.junit.jupiter.api.Test;

class TrainingBaseTest {
  @Test
  void trainingBase_isWonVsLostOnlyWhenTheIdealReadsTheWonColumn() {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset =
          Fixtures.open(engine, Fixtures.resource(Ideals.class, "accounts-won-column.csv"));
      IdealDefinition won = Ideals.evaluate(dataset, Optional.empty());
      IdealDefinition industry = Ideals.evaluate(dataset, Optional.of("\"Industry\" = 'Fintech'"));

      assertThat(Derivation.trainingBase(dataset, won)).isEqualTo(TrainingSupport.Base.WON_VS_LOST);
      assertThat(Derivation.trainingBase(dataset, industry))
          .isEqualTo(TrainingSupport.Base.ACCOUNTS);
    }
  }
}
