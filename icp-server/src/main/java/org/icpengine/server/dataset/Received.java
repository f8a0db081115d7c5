package org.icpengine.server.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.DataFolder;

/**
 * An upload's body as written to disk.
 *
 * @param size its size in bytes
 * @param sha256 its SHA-256 digest, hex
 */
record Received(long size, String sha256) {
  /**
   * Streams the body to a new private file, refusing it as soon as it passes the limit.
   *
   * @param tooLarge the refusal's message when it passes the limit
   * @throws ServerException 413 above the limit, 422 when it is empty
   */
  static Received write(InputStream body, Path part, long limit, String tooLarge)
      throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    try (InputStream in = new DigestInputStream(body, sha);
        OutputStream out = DataFolder.createPrivate(part)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        size += n;
        if (size > limit) {
          throw new ServerException(ServerException.Kind.TOO_LARGE, tooLarge);
        }
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE, "the upload is empty: send the file as the body");
    }
    return new Received(size, HexFormat.of().formatHex(sha.digest()));
  }
}
