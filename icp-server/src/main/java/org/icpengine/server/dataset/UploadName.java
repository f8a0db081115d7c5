package org.icpengine.server.dataset;

import java.util.Locale;
import java.util.regex.Pattern;
import org.icpengine.server.ServerException;

/**
 * The name an upload is sent under ({@code ?name=customers.csv}): its last path segment, trimmed,
 * which tells the file's format by its extension.
 *
 * @param fileName the name kept with the dataset
 * @param extension the stored file's extension: the name's own when short and plain, else csv
 */
record UploadName(String fileName, String extension) {
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

  /**
   * Reads the name.
   *
   * @throws ServerException 400 when it is missing or not a file name, 422 when it holds control
   *     characters (such as {@code %00})
   */
  static UploadName of(String name) {
    if (name == null || name.isBlank()) {
      throw ServerException.badRequest(
          "give the file's name as ?name=customers.csv, so its format is known");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE,
          "the file name has control characters (such as %00 or a line break): send the name"
              + " the file has on disk, such as ?name=customers.csv");
    }
    String normal = name.replace('\\', '/');
    String base = normal.substring(normal.lastIndexOf('/') + 1).trim();
    if (base.isEmpty() || base.length() > 200 || base.equals(".") || base.equals("..")) {
      throw ServerException.badRequest(
          "the name '" + name + "' is not a file name: send one such as customers.csv");
    }
    int dot = base.lastIndexOf('.');
    String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    return new UploadName(base, EXTENSION.matcher(ext).matches() ? ext : "csv");
  }
}
