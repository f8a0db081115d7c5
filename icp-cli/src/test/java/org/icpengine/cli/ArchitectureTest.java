package org.icpengine.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency arrows between modules point one way: core ← data ← cli; sample stands alone. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.icpengine");
  }

  @Test
  void core_dependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.icpengine.data..", "org.icpengine.cli..", "org.icpengine.sample..")
        .check(classes);
  }

  @Test
  void data_doesNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.data..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.icpengine.cli..", "picocli..")
        .check(classes);
  }

  @Test
  void sample_dependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.sample..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.icpengine.core..", "org.icpengine.data..", "org.icpengine.cli..")
        .check(classes);
  }

  @Test
  void core_doesNotTouchTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.duckdb..", "java.sql..")
        .check(classes);
  }
}
