package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;

class TitleColumnTest {
  @Test
  void find_recognisesTitleColumnsOfCrmsAndLanguages() {
    assertThat(find("Email", "Job Title")).isEqualTo("Job Title");
    assertThat(find("email", "jobtitle")).isEqualTo("jobtitle");
    assertThat(find("Name", "Poste")).isEqualTo("Poste");
    assertThat(find("Nombre", "Cargo")).isEqualTo("Cargo");
    assertThat(find("Name", "Rolle")).isEqualTo("Rolle");
    assertThat(find("Name", "Intitulé du poste")).isEqualTo("Intitulé du poste");
    assertThat(find("Name", "Contact Job Title")).isEqualTo("Contact Job Title");
  }

  @Test
  void find_prefersJobTitleToAnotherTitle() {
    assertThat(find("Title", "Job Title")).isEqualTo("Job Title");
  }

  @Test
  void find_takesTheNamedColumnIgnoringCase() {
    assertThat(TitleColumn.find(List.of("Name", "Funktion"), Optional.of("funktion"), "f.csv"))
        .isEqualTo("Funktion");
  }

  @Test
  void find_refusesAMissingColumnListingTheColumns() {
    assertThatThrownBy(
            () -> TitleColumn.find(List.of("Name", "Email"), Optional.of("Job"), "f.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage("f.csv has no column 'Job': its columns are Name, Email");
    assertThatThrownBy(() -> TitleColumn.find(List.of("Name", "Email"), Optional.empty(), "f.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("f.csv has no title column")
        .hasMessageContaining("its columns are Name, Email; name the column with --column");
  }

  private static String find(String... columns) {
    return TitleColumn.find(List.of(columns), Optional.empty(), "f.csv");
  }
}
