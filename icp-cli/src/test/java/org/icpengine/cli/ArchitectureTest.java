package org.icpengine.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows between modules point one way: core ← model ← data ← server ← web ← cli
 * (model: plain Java and Jackson, no engine); sample stands alone; the test kit (data and sample)
 * and the model's parity fixtures are used by tests only; inside the server, only the api package
 * speaks HTTP.
 */
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
        .resideInAnyPackage(
            "org.icpengine.model..",
            "org.icpengine.data..",
            "org.icpengine.server..",
            "org.icpengine.cli..",
            "org.icpengine.sample..")
        .check(classes);
  }

  /**
   * icp.json's parts are read through IcpDocument's typed accessors; the whole tree is handed only
   * to the places that store a version or send it on whole (the server's versions and API, the web
   * app's import page), never to a view that could look parts up by key.
   */
  @Test
  void onlyStoringAndSendingOnTakeIcpJsonsWholeTree() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.icpengine.model..",
            "org.icpengine.server.version..",
            "org.icpengine.server.api..",
            "org.icpengine.web.page..")
        .should()
        .callMethod(org.icpengine.model.document.IcpDocument.class, "whole")
        .check(classes);
  }

  @Test
  void model_dependsOnCoreOnlyAndNoEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.icpengine.data..",
            "org.icpengine.server..",
            "org.icpengine.web..",
            "org.icpengine.cli..",
            "org.icpengine.sample..",
            "org.icpengine.testkit..",
            "org.duckdb..",
            "java.sql..",
            "io.javalin..",
            "picocli..")
        .check(classes);
  }

  @Test
  void data_doesNotDependOnTheServerOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.data..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.icpengine.server..", "org.icpengine.cli..", "picocli..", "io.javalin..")
        .check(classes);
  }

  @Test
  void server_doesNotDependOnTheWebAppOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.icpengine.web..", "org.icpengine.cli..", "picocli..", "gg.jte..")
        .check(classes);
  }

  @Test
  void web_doesNotDependOnTheCommandLineOrTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.icpengine.cli..", "picocli..", "org.duckdb..", "java.sql..")
        .check(classes);
  }

  @Test
  void onlyTheServersApiSpeaksHttp() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.server..")
        .and()
        .resideOutsideOfPackage("org.icpengine.server.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void theCommandLineReachesTheServerOnlyThroughItsFrontDoor() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.icpengine.server.api..",
            "org.icpengine.server.version..",
            "org.icpengine.server.dataset..",
            "org.icpengine.server.job..")
        .check(classes);
  }

  @Test
  void sample_dependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.sample..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.icpengine.core..",
            "org.icpengine.data..",
            "org.icpengine.server..",
            "org.icpengine.cli..")
        .check(classes);
  }

  @Test
  void onlyTestsUseTheTestKit() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.icpengine.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.icpengine.testkit..")
        .check(classes);
  }

  @Test
  void onlyTestsUseTheModelsParityFixtures() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.icpengine.model.testing..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.icpengine.model.testing..")
        .check(classes);
  }

  @Test
  void testKit_doesNotDependOnTheServerTheWebAppOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.icpengine.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.icpengine.server..", "org.icpengine.web..", "org.icpengine.cli..")
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
