package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscoveryOptionsTest {

  @Test
  void defaults_followTheResearchDigest() {
    DiscoveryOptions options = DiscoveryOptions.defaults();

    assertThat(options.maxDepth()).isEqualTo(3);
    assertThat(options.supportExponent()).isEqualTo(0.5);
    assertThat(options.minPositives()).isEqualTo(10);
    assertThat(options.topK()).isEqualTo(200);
    assertThat(options.maxSegments()).isEqualTo(10);
    assertThat(options.minLift()).isEqualTo(1.3);
    assertThat(options.falseDiscoveryRate()).isEqualTo(0.05);
  }

  @Test
  void minSupportFor_isThirtyOrOnePercentUnlessSet() {
    assertThat(DiscoveryOptions.defaults().minSupportFor(500)).isEqualTo(30);
    assertThat(DiscoveryOptions.defaults().minSupportFor(20_001)).isEqualTo(201);
    assertThat(DiscoveryOptions.builder().minSupport(75).build().minSupportFor(20_000))
        .isEqualTo(75);
  }

  @Test
  void build_rejectsDepthOutsideOneToThree() {
    assertThatThrownBy(() -> DiscoveryOptions.builder().maxDepth(4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be in [1, 3], was 4");
    assertThatThrownBy(() -> DiscoveryOptions.builder().maxDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_rejectsOptionsOutOfRange() {
    assertThatThrownBy(() -> DiscoveryOptions.builder().supportExponent(1.5).build())
        .hasMessage("supportExponent must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> DiscoveryOptions.builder().minLift(1).build())
        .hasMessage("minLift must be > 1, was 1.0");
    assertThatThrownBy(() -> DiscoveryOptions.builder().falseDiscoveryRate(0).build())
        .hasMessage("falseDiscoveryRate must be in (0, 1), was 0.0");
    assertThatThrownBy(() -> DiscoveryOptions.builder().topK(0).build())
        .hasMessage("topK must be >= 1, was 0");
    assertThatThrownBy(() -> DiscoveryOptions.builder().minSupport(-1).build())
        .hasMessage("minSupport must be >= 0, was -1");
  }
}
