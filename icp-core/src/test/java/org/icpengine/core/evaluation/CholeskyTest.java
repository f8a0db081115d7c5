package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CholeskyTest {

  @Test
  void solve_solvesAPositiveDefiniteSystemFromTheUpperTriangle() {
    // Lower triangle deliberately wrong: only the upper triangle may be read.
    double[][] a = {{4, 12, -16}, {99, 37, -43}, {99, 99, 98}};
    double[] x = {1, -2, 3};
    double[] b = {4 * 1 + 12 * -2 + -16 * 3, 12 * 1 + 37 * -2 + -43 * 3, -16 + -43 * -2 + 98 * 3};

    double[] solved = Cholesky.solve(a, b);

    assertThat(solved).containsExactly(x, within(1e-9));
    assertThat(a[1][0]).isEqualTo(99); // unchanged
  }

  @Test
  void solve_returnsNullForASingularMatrix() {
    double[][] a = {{1, 2}, {2, 4}};

    assertThat(Cholesky.solve(a, new double[] {1, 2})).isNull();
    assertThat(Cholesky.solve(new double[][] {{0}}, new double[] {1})).isNull();
  }
}
