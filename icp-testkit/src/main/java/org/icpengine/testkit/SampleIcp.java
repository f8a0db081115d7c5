package org.icpengine.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;

/**
 * The sample company's files and its icp.json, derived once per test run by the same code {@code
 * icp derive} uses, kept under {@code target/sample-icp/}.
 */
public final class SampleIcp {
  private static SampleIcp instance;

  private final SampleFiles files;
  private final String icp;

  private SampleIcp(SampleFiles files, String icp) {
    this.files = files;
    this.icp = icp;
  }

  /** Returns the sample, making it on first use. */
  public static synchronized SampleIcp get() {
    if (instance == null) {
      try {
        Path dir = Files.createDirectories(Path.of("target", "sample-icp"));
        SampleFiles files =
            SampleCompany.builder()
                .seed(42)
                .customers(4000)
                .deals(0)
                .prospects(500)
                .build()
                .write(dir);
        String icp;
        try (Engine engine = Engine.open("1GB")) {
          Dataset dataset = Dataset.open(engine, files.customers(), DatasetOptions.defaults());
          icp =
              IcpJson.of(
                      Derivation.derive(
                          dataset, files.customers(), DeriveOptions.defaults(), Clock.systemUTC()))
                  .toString();
        }
        Files.writeString(dir.resolve("icp.json"), icp, StandardCharsets.UTF_8);
        instance = new SampleIcp(files, icp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** Returns the customers file. */
  public Path customers() {
    return files.customers();
  }

  /** Returns the prospects file. */
  public Path prospects() {
    return files.prospects();
  }

  /** Returns the icp.json text. */
  public String icp() {
    return icp;
  }
}
