package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.ValueType;
import org.junit.jupiter.api.Test;

class TypeInferenceTest {
  private static ColumnEvidence booleanLike(Map<String, Long> values) {
    long rows = values.values().stream().mapToLong(Long::longValue).sum();
    return new ColumnEvidence(rows, 0, rows, 0, 0, 0, Optional.empty(), 0, values, values.size());
  }

  private static Map<String, Long> counts(Object... pairs) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
    }
    return values;
  }

  @Test
  void infer_yesAndNoSpellingsAreBoolean() {
    ColumnEvidence evidence = booleanLike(counts("Yes", 40, "no", 30, "TRUE", 10, "0", 20));
    assertThat(TypeInference.infer("Churned", evidence).type()).isEqualTo(ValueType.BOOLEAN);
  }

  @Test
  void infer_twoValuesThatBothReadAsYesAreNotBoolean() {
    ColumnEvidence evidence = booleanLike(counts("x", 50, "y", 50));
    assertThat(TypeInference.infer("Axis", evidence).type()).isEqualTo(ValueType.CATEGORY);
  }

  @Test
  void infer_aCheckboxColumnWithOneSpellingIsBoolean() {
    ColumnEvidence evidence = booleanLike(counts("x", 50));
    assertThat(TypeInference.infer("Opted In", evidence).type()).isEqualTo(ValueType.BOOLEAN);
  }
}
