package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;

class HeadersTest {

  @Test
  void check_trimsNamesAndDropsStrayByteOrderMarks() {
    assertThat(Headers.check(List.of("\uFEFFAccount Name", "  Industry\t")))
        .containsExactly("Account Name", "Industry");
  }

  @Test
  void check_namesBlankAndNullHeadersByTheirOneBasedPosition() {
    assertThat(Headers.check(Arrays.asList("Name", "", null, "  ")))
        .containsExactly("Name", "column_2", "column_3", "column_4");
  }

  @Test
  void check_refusesNamesThatDifferOnlyInCaseOrSpaces() {
    assertThatThrownBy(() -> Headers.check(List.of("Industry", "Name", " industry ")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'industry'")
        .hasMessageContaining("columns 1 and 3");
  }

  @Test
  void check_refusesABlankNameThatClashesWithAGeneratedOne() {
    assertThatThrownBy(() -> Headers.check(List.of("column_2", "")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("duplicate column name 'column_2'");
  }

  @Test
  void check_refusesMoreColumnsThanTheLimitBeforeLookingForDuplicates() {
    List<String> names = java.util.Collections.nCopies(Headers.MAX_COLUMNS + 1, "same");

    assertThatThrownBy(() -> Headers.check(names))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "the file has 501 columns; ICP Engine reads at most 500: keep only the columns you"
                + " need and export it again");
  }

  @Test
  void check_acceptsExactlyTheLimit() {
    List<String> names =
        java.util.stream.IntStream.range(0, Headers.MAX_COLUMNS).mapToObj(i -> "c" + i).toList();

    assertThat(Headers.check(names)).hasSize(Headers.MAX_COLUMNS);
  }

  @Test
  void checkWidth_saysAtLeastWhenTheHeaderWasCutShort() {
    assertThatThrownBy(() -> Headers.checkWidth(12_345, true))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("the file has at least 12,345 columns;");
  }

  @Test
  void check_keepsColumnsWithReservedNamesUnderANameThatSaysWhereTheyWere() {
    List<String> names = Headers.check(List.of("icp#row", "Plan", "Plan#change", "ICP#KEY"));

    assertThat(names)
        .containsExactly(
            "icp#row (column 1)", "Plan", "Plan#change (column 3)", "ICP#KEY (column 4)");
    assertThat(LoadedSource.renamedFrom(names.get(0))).hasValue("icp#row");
    assertThat(LoadedSource.renamedFrom("Plan")).isEmpty();
    assertThat(LoadedSource.renamedFrom("Plan (column 2)")).isEmpty();
  }

  @Test
  void check_refusesANameHoldingANulCharacter() {
    assertThatThrownBy(() -> Headers.check(List.of("Name", "Ci\0ty")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("column 2")
        .hasMessageContaining("NUL");
  }

  @Test
  void check_refusesAnEmptyHeader() {
    assertThatThrownBy(() -> Headers.check(List.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no header row");
  }
}
