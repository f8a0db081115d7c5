package org.icpengine.server.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The server's data folder: the embedded database, uploaded datasets under {@code datasets/},
 * uploads in progress under {@code uploads/} and scratch space for scoring under {@code work/}.
 *
 * <p>On a POSIX file system the folder and its parts are readable by the server's user only (0700)
 * and the files in them too (0600): they hold password hashes and customer data. Elsewhere the
 * permissions are left as the system makes them.
 */
public final class DataFolder {
  private static final Set<PosixFilePermission> OWNER_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final List<String> PARTS = List.of("datasets", "uploads", "work");

  private final Path root;

  /**
   * Opens the folder, creating it and its parts readable by this user only.
   *
   * @throws StoreException when it cannot be created or is a file
   */
  public DataFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      createPrivateFolder(this.root);
      for (String part : PARTS) {
        createPrivateFolder(this.root.resolve(part));
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot use "
              + root
              + " as the data folder ("
              + e.getMessage()
              + "): give another --data",
          e);
    }
  }

  /** Returns the folder. */
  public Path root() {
    return root;
  }

  /** Returns where datasets are kept. */
  public Path datasets() {
    return root.resolve("datasets");
  }

  /** Returns where uploads are written while they arrive. */
  public Path uploads() {
    return root.resolve("uploads");
  }

  /** Returns scratch space. */
  public Path work() {
    return root.resolve("work");
  }

  /**
   * Makes every file in the folder and its parts readable by this user only (the embedded
   * database's files, which H2 creates as the system's default allows, and files an older version
   * left). Returns how many files it looked at.
   */
  public int protectFiles() {
    int seen = 0;
    for (Path folder : List.of(root, datasets(), uploads(), work())) {
      seen += each(folder, name -> true, DataFolder::makePrivate);
    }
    return seen;
  }

  /** Creates a new file readable by this user only and returns a stream that writes it. */
  public static OutputStream createPrivate(Path file) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (!posix(file.getParent())) {
      return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
    }
    FileAttribute<Set<PosixFilePermission>> owner =
        PosixFilePermissions.asFileAttribute(OWNER_FILE);
    return Channels.newOutputStream(Files.newByteChannel(file, options, owner));
  }

  /** Makes an existing file readable by this user only, where the file system knows how. */
  public static void makePrivate(Path file) throws IOException {
    if (posix(file)) {
      Files.setPosixFilePermissions(file, OWNER_FILE);
    }
  }

  /**
   * Removes what a crash can leave: uploads and scratch files in progress (and unpacked zips of
   * exports, folders in the scratch folder), and dataset files no record points at (a crash between
   * the file's move and its record's commit). Returns how many files.
   */
  public int sweep(Collection<String> recorded) {
    Set<String> keep = new HashSet<>(recorded);
    int removed = 0;
    removed += each(uploads(), name -> true, Files::deleteIfExists);
    removed += each(work(), name -> true, Files::deleteIfExists);
    removed += sweepFolders(work());
    removed += each(datasets(), name -> !keep.contains("datasets/" + name), Files::deleteIfExists);
    return removed;
  }

  private static int sweepFolders(Path folder) {
    int done = 0;
    try (Stream<Path> all = Files.walk(folder)) {
      List<Path> inside =
          all.filter(p -> !p.equals(folder)).sorted(java.util.Comparator.reverseOrder()).toList();
      for (Path p : inside) {
        done += Files.isRegularFile(p) ? 1 : 0;
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return done;
  }

  private interface FileAction {
    void apply(Path file) throws IOException;
  }

  private static int each(Path folder, Predicate<String> which, FileAction action) {
    int done = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file) && which.test(file.getFileName().toString())) {
          action.apply(file);
          done++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return done;
  }

  private static void createPrivateFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    if (posix(folder)) {
      // also tightens a folder an older version (or the operator) made, and beats the umask
      Files.setPosixFilePermissions(folder, OWNER_FOLDER);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
