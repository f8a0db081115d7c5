package org.icpengine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.icpengine.server.store.StoreException;
import org.icpengine.server.testing.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server in a process of its own on the embedded database: the database opens no port, and the
 * operators' commands are refused in one line while the server holds the folder.
 */
class EmbeddedDatabaseWhileServingTest {
  @TempDir Path data;

  private ServerProcess.Running server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void theServerListensOnItsHttpPortOnly() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux's /proc");
    server = ServerProcess.launch(data);
    assertThat(listeningPorts(server.process().pid())).containsExactly(server.port());
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("icp.mv.db")
          .noneMatch(name -> name.endsWith(".lock.db"));
    }
  }

  @Test
  void operatorsCommandsAreRefusedWhileTheServerRuns() throws Exception {
    server = ServerProcess.launch(data);
    assertThatThrownBy(() -> Operations.open(data, Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the server is running on this data folder")
        .hasMessageContaining("through the API or the web app")
        .hasMessageNotContaining("\n");
    server.process().destroy();
    assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    try (Operations ops = Operations.open(data, Map.of())) {
      assertThat(ops.addWorkspace("acme").name()).isEqualTo("acme");
    }
  }

  /** Returns the TCP ports the process listens on, from its socket inodes and /proc/net/tcp*. */
  private static Set<Integer> listeningPorts(long pid) throws IOException {
    Set<String> sockets = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            sockets.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // closed while listing
        }
      }
    }
    Set<Integer> ports = new HashSet<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path file = Path.of("/proc", String.valueOf(pid), "net", table);
      if (!Files.exists(file)) {
        continue;
      }
      // read once: the table changes between reads on a busy machine
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        boolean listening = f[3].equals("0A");
        if (listening && sockets.contains(f[9])) {
          String local = f[1];
          ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }
}
