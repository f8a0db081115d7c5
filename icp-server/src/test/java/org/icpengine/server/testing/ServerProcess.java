package org.icpengine.server.testing;

import java.nio.file.Path;
import java.util.Map;
import org.icpengine.server.IcpServer;
import org.icpengine.server.ServerOptions;

/**
 * A server in a process of its own, for tests that kill it: prints {@code port N} once listening
 * and {@code stopped} after a graceful stop (SIGTERM).
 */
public final class ServerProcess {
  private ServerProcess() {}

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
