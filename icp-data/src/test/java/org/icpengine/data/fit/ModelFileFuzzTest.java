package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.InputException;

/**
 * Feeds arbitrary bytes to the icp.json reader: the model is read, or the file is refused with a
 * one-line {@link InputException}; anything else is a finding.
 */
class ModelFileFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void icpJson(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("icp-fuzz-", ".json");
    try {
      Files.write(file, bytes);
      assertThat(ModelFile.read(file)).isNotNull();
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
