package org.icpengine.server.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's password: 256 random bits made the first time, kept in {@value #FILE} in
 * the data folder, readable by the server's user only. Nothing but a process of that user on this
 * machine can open the database (it listens on no port).
 */
final class EmbeddedPassword {
  /** The file in the data folder that holds it. */
  static final String FILE = "icp-db.password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private EmbeddedPassword() {}

  /**
   * Returns the folder's password, making it (and the folder) when there is none yet.
   *
   * @throws StoreException when the file cannot be read or written
   */
  static String of(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(folder);
        write(file);
      }
      String password = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (!password.matches("[A-Za-z0-9_-]{20,100}")) {
        throw new StoreException(
            file
                + " does not hold the embedded database's password: restore it, or remove it"
                + " only if the folder has no icp.mv.db yet");
      }
      return password;
    } catch (IOException e) {
      throw new StoreException(
          "cannot keep the embedded database's password in " + file + " (" + e + ")", e);
    }
  }

  private static void write(Path file) throws IOException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try (OutputStream out = DataFolder.createPrivate(file)) {
      out.write((password + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (FileAlreadyExistsException e) {
      // another process made it first: read theirs
    }
  }
}
