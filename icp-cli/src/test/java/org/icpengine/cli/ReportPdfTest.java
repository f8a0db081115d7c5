package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icpengine.sample.SampleCompany;
import org.icpengine.testkit.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's report.html (the sample company, seed 42, derived with the defaults, as {@code icp
 * demo} writes icp/report.html) printed to PDF by headless Chromium: at most six A4 pages, page one
 * the business summary. The pages are rendered to {@code target/report-pdf/} to be looked at.
 */
class ReportPdfTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path PAGES = Path.of("target", "report-pdf");

  @TempDir Path dir;

  @Test
  void demoReport_printsOnSixPagesOpeningWithTheBusinessSummary() throws Exception {
    Prerequisites.require(
        Files.isExecutable(CHROMIUM),
        "the PDF test needs Debian's chromium at /usr/bin: apt-get install -y chromium");
    Path customers =
        SampleCompany.builder().seed(42).build().write(dir.resolve("sample")).customers();
    Cli.Result derive = Cli.run(customers, "derive", "--out", dir.resolve("icp").toString());
    assertThat(derive.exitCode()).as(derive.err()).isZero();
    Path pdf = print(dir.resolve("icp/report.html"));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      render(document);
      PDFTextStripper first = new PDFTextStripper();
      first.setStartPage(1);
      first.setEndPage(1);
      String page = first.getText(document).strip();
      assertThat(document.getNumberOfPages()).isBetween(2, 6);
      assertThat(page)
          .startsWith("Ideal Customer Profile")
          .contains(
              "Usable:",
              "Who the ideal customers are",
              "How much better they are in money",
              "Today's customers by tier",
              "What each team does next")
          .doesNotContain("SELECT", "quantile_cont", "sha256");
    }
  }

  private Path print(Path html) throws IOException, InterruptedException {
    Path pdf = dir.resolve("report.pdf");
    Process chromium =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                    "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf,
                    html.toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium printed in time").isTrue();
    assertThat(pdf).as(Files.readString(dir.resolve("chromium.log"))).exists();
    return pdf;
  }

  private static void render(PDDocument document) throws IOException {
    Files.createDirectories(PAGES);
    try (var old = Files.list(PAGES)) {
      for (Path png : old.toList()) {
        Files.delete(png);
      }
    }
    PDFRenderer renderer = new PDFRenderer(document);
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      BufferedImage image = renderer.renderImageWithDPI(i, 80);
      ImageIO.write(image, "png", PAGES.resolve("page-" + (i + 1) + ".png").toFile());
    }
  }
}
