package org.icpengine.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.server.IcpServer;
import org.icpengine.server.ServerOptions;

/**
 * A server in a process of its own, for tests that kill it or use its data folder from outside:
 * prints {@code port N} once listening and {@code stopped} after a graceful stop (SIGTERM).
 */
public final class ServerProcess {
  private ServerProcess() {}

  /** A started server process, the port it listens on, and the rest of its output. */
  public record Running(Process process, int port, BufferedReader out) {}

  /** Starts a server process on the data folder and waits until it listens. */
  public static Running launch(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                ServerProcess.class.getName(),
                data.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("port ")) {
        return new Running(process, Integer.parseInt(line.substring(5).trim()), out);
      }
    }
    throw new AssertionError("the server process ended without listening");
  }

  /** Starts a server on the data folder given as the only argument. */
  public static void main(String[] args) throws InterruptedException {
    IcpServer server =
        IcpServer.start(
            new ServerOptions("127.0.0.1", 0, Path.of(args[0]), 64L << 20, false, Map.of()));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  System.out.println("stopped");
                  System.out.flush();
                }));
    System.out.println("port " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
