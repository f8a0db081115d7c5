package org.icpengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginesTest {
  @TempDir Path tmp;

  private Path folder(String name, Instant touched) throws Exception {
    Path folder = Files.createDirectory(tmp.resolve(name));
    Path spill = Files.writeString(folder.resolve("duckdb_temp_block-1.block"), "x");
    Files.setLastModifiedTime(spill, FileTime.from(touched));
    Files.setLastModifiedTime(folder, FileTime.from(touched));
    return folder;
  }

  @Test
  void sweepSpillFolders_deletesOnlyOldEngineFolders() throws Exception {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");
    Path old = folder("icp-engine-123", now.minus(Duration.ofHours(3)));
    Path fresh = folder("icp-engine-456", now.minus(Duration.ofMinutes(5)));
    Path other = folder("someone-else-789", now.minus(Duration.ofDays(3)));
    Path stillUsed = folder("icp-engine-999", now.minus(Duration.ofHours(5)));
    Files.setLastModifiedTime(
        Files.writeString(stillUsed.resolve("duckdb_temp_block-2.block"), "y"),
        FileTime.from(now.minus(Duration.ofMinutes(1))));

    assertThat(Engines.sweepSpillFolders(tmp, now)).isEqualTo(1);

    assertThat(old).doesNotExist();
    assertThat(fresh).exists();
    assertThat(other).exists();
    assertThat(stillUsed).exists();
  }
}
