package org.icpengine.data.sources;

import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;

/**
 * Infers a {@code sources.yaml} from a folder of exports: each file's kind from its name and
 * headers ({@link KindGuess}, {@link HeaderRoles}), the accounts as the file with one row per
 * account key (its grain), and every other file's account key from its values: the column whose
 * values are most often an account's key or folded name ({@link KeyOverlap}). Files it cannot
 * classify are listed as {@code kind: ignore} with the reason.
 */
public final class SourceInference {
  /** The extensions of the files read. */
  static final Set<String> EXTENSIONS =
      Set.of("csv", "tsv", "txt", "xlsx", "xlsm", "parquet", "json", "jsonl", "ndjson");

  /** The least share of sampled rows a column must link for it to be taken as the key. */
  static final double MIN_OVERLAP = 0.3;

  private final Engine engine;

  /** Creates the inference working in the given engine. */
  public SourceInference(Engine engine) {
    this.engine = engine;
  }

  /** A file read, with what its headers say. */
  private record Candidate(
      Path path, LoadedSource loaded, Map<SourceRole, String> roles, KindGuess guess) {}

  /**
   * Returns the data files of a folder, by name.
   *
   * @throws InputException when the path is not a folder
   */
  public static List<Path> dataFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + " is not a folder: give the folder holding the exports");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> EXTENSIONS.contains(extension(f)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Infers the sources of the files in {@code dir}, with paths relative to {@code yamlFolder}.
   *
   * @throws InputException when the folder holds no data file
   */
  public InferredSources infer(Path dir, Path yamlFolder) {
    LinkKeys.install(engine);
    List<Path> paths = dataFiles(dir);
    if (paths.isEmpty()) {
      throw new InputException(
          dir + " holds no CSV, Excel, Parquet or JSON file: give the folder of the exports");
    }
    Map<Path, SourceEntry> entries = new LinkedHashMap<>();
    List<InferredFile> files = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    Names names = new Names();
    for (Path path : paths) {
      String file = relative(yamlFolder, path);
      try {
        LoadedSource loaded =
            new SourceReader(engine)
                .read(path, ReadOptions.defaults(), "icp_init_" + candidates.size());
        Map<SourceRole, String> roles = HeaderRoles.find(loaded.columns());
        candidates.add(
            new Candidate(
                path,
                loaded,
                roles,
                KindGuess.of(path.getFileName().toString(), loaded.columns(), roles)));
        entries.put(path, null);
      } catch (InputException e) {
        entries.put(path, ignored(names.of(file), file, "cannot be read: " + e.getMessage()));
      }
    }
    Optional<Candidate> accounts = accounts(candidates);
    accounts.ifPresentOrElse(
        a -> entries.put(a.path(), accountsEntry(names, yamlFolder, a)),
        () ->
            checks.add(
                "no file has one row per account: mark the accounts file 'kind: accounts' and"
                    + " set its key"));
    for (Candidate candidate : candidates) {
      if (accounts.isPresent() && candidate == accounts.get()) {
        continue;
      }
      entries.put(
          candidate.path(),
          other(
              names,
              relative(yamlFolder, candidate.path()),
              candidate,
              accounts.isPresent(),
              checks));
    }
    for (Map.Entry<Path, SourceEntry> entry : entries.entrySet()) {
      files.add(summary(entry.getValue(), candidates, entry.getKey()));
    }
    checks.add(
        "correct sources.yaml where it is wrong, then run: icp assemble sources.yaml --out"
            + " accounts.parquet");
    Sources sources =
        new Sources(yamlFolder, List.copyOf(entries.values()), SourcesOptions.defaults());
    return new InferredSources(sources, files, checks);
  }

  private static InferredFile summary(SourceEntry entry, List<Candidate> candidates, Path path) {
    long rows =
        candidates.stream()
            .filter(c -> c.path().equals(path))
            .mapToLong(c -> c.loaded().rows())
            .findFirst()
            .orElse(0);
    String kind = entry.kind().map(SourceKind::yamlName).orElse(SourcesFile.IGNORE);
    return new InferredFile(
        path.getFileName().toString(), kind, entry.key(), rows, entry.note().orElse(""));
  }

  private static String relative(Path folder, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return folder.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return absolute.toString();
    }
  }

  private static SourceEntry ignored(String name, String file, String note) {
    return new SourceEntry(
        name, file, Optional.empty(), Optional.empty(), Map.of(), Optional.of(note));
  }

  /** The accounts: a file named or looking like accounts whose key is unique per row. */
  private Optional<Candidate> accounts(List<Candidate> candidates) {
    Optional<Candidate> named =
        candidates.stream()
            .filter(c -> c.guess().kind().equals(Optional.of(SourceKind.ACCOUNTS)))
            .filter(c -> accountKey(c).isPresent())
            .findFirst();
    if (named.isPresent()) {
      return named;
    }
    Optional<Candidate> unnamed =
        candidates.stream()
            .filter(c -> c.guess().kind().isEmpty() && !c.guess().dictionary())
            .filter(c -> accountKey(c).isPresent())
            .findFirst();
    if (unnamed.isPresent()) {
      return unnamed;
    }
    // a CRM's accounts keyed by name look like a vendor's list: with nothing else, they are the
    // accounts
    return candidates.stream()
        .filter(c -> c.guess().kind().equals(Optional.of(SourceKind.ENRICHMENT)))
        .filter(c -> accountKey(c).isPresent())
        .findFirst();
  }

  /** Returns the accounts' key: the first account-like column with a value unique per row. */
  private Optional<String> accountKey(Candidate candidate) {
    List<String> columns = new ArrayList<>();
    Optional.ofNullable(candidate.roles().get(SourceRole.ACCOUNT_ID)).ifPresent(columns::add);
    HeaderRoles.ownId(candidate.loaded().columns()).ifPresent(columns::add);
    Optional.ofNullable(candidate.roles().get(SourceRole.ACCOUNT_NAME)).ifPresent(columns::add);
    Optional.ofNullable(candidate.roles().get(SourceRole.DOMAIN)).ifPresent(columns::add);
    for (String column : columns) {
      if (uniquePerRow(candidate.loaded(), column)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private boolean uniquePerRow(LoadedSource loaded, String column) {
    String value = "icp_blank(" + quote(column) + ")";
    return engine.queryOne(
        "SELECT count(DISTINCT "
            + value
            + ") = count("
            + value
            + ") AND count("
            + value
            + ") >= 0.9 * count(*) FROM "
            + loaded.table(),
        r -> r.getBoolean(1));
  }

  private SourceEntry accountsEntry(Names names, Path yamlFolder, Candidate accounts) {
    String key = accountKey(accounts).orElseThrow();
    Map<SourceRole, String> columns = new LinkedHashMap<>();
    for (SourceRole role : List.of(SourceRole.ACCOUNT_NAME, SourceRole.DOMAIN)) {
      Optional.ofNullable(accounts.roles().get(role)).ifPresent(c -> columns.put(role, c));
    }
    if (!columns.containsKey(SourceRole.ACCOUNT_NAME)) {
      // an accounts file's own "Name" is the company's name (Salesforce's Account export)
      accounts.loaded().columns().stream()
          .filter(c -> HeaderRoles.fold(c).equals("name"))
          .findFirst()
          .ifPresent(c -> columns.put(SourceRole.ACCOUNT_NAME, c));
    }
    String file = relative(yamlFolder, accounts.path());
    SourceEntry entry =
        new SourceEntry(
            names.of(file),
            file,
            Optional.of(SourceKind.ACCOUNTS),
            Optional.of(key),
            columns,
            Optional.of("one row per " + key));
    AccountsTable.build(engine, entry, accounts.loaded());
    return entry;
  }

  private SourceEntry other(
      Names names, String file, Candidate candidate, boolean linkable, List<String> checks) {
    String name = names.of(file);
    KindGuess guess = candidate.guess();
    if (guess.dictionary()) {
      return ignored(name, file, guess.reason());
    }
    if (guess.kind().equals(Optional.of(SourceKind.ENRICHMENT))) {
      SourceEntry entry =
          EnrichmentFiles.entry(
              name, file, candidate.loaded().columns(), candidate.roles(), guess.reason());
      checks.add(EnrichmentFiles.check(entry, candidate.path().getFileName().toString(), linkable));
      return entry;
    }
    Optional<KeyOverlap.Overlap> overlap =
        linkable
            ? KeyOverlap.of(engine, candidate.loaded().table()).stream()
                .filter(o -> o.best() >= MIN_OVERLAP)
                .findFirst()
            : Optional.empty();
    Map<SourceRole, String> roles = new LinkedHashMap<>(candidate.roles());
    boolean byDomain = roles.containsKey(SourceRole.DOMAIN) || roles.containsKey(SourceRole.EMAIL);
    if (guess.kind().isEmpty() || guess.kind().get() == SourceKind.ACCOUNTS) {
      return ignored(name, file, unclassified(candidate, overlap, byDomain));
    }
    SourceKind kind = guess.kind().get();
    Optional<String> key =
        overlap.filter(o -> o.byKey() >= o.byName()).map(KeyOverlap.Overlap::column);
    overlap
        .filter(o -> o.byKey() < o.byName())
        .ifPresent(o -> roles.put(SourceRole.ACCOUNT_NAME, o.column()));
    key.ifPresent(k -> roles.remove(SourceRole.ACCOUNT_ID, k));
    ownId(kind, candidate).ifPresent(id -> roles.putIfAbsent(id.getKey(), id.getValue()));
    if (kind == SourceKind.OPPORTUNITIES && !roles.containsKey(SourceRole.STAGE)) {
      stageByValues(candidate.loaded()).ifPresent(c -> roles.put(SourceRole.STAGE, c));
    }
    roles.keySet().retainAll(kind.roles());
    check(checks, candidate.path().getFileName().toString(), kind, key, overlap, roles, byDomain);
    return new SourceEntry(name, file, Optional.of(kind), key, roles, Optional.of(guess.reason()));
  }

  private static String unclassified(
      Candidate candidate, Optional<KeyOverlap.Overlap> overlap, boolean byDomain) {
    String columns = String.join(", ", candidate.loaded().columns());
    if (candidate.guess().kind().isPresent()) {
      return "a second file of accounts: join its columns into the accounts file (" + columns + ")";
    }
    if (overlap.isEmpty() && !byDomain) {
      return "no column links it to the accounts, a lookup table? (" + columns + ")";
    }
    return "linked to the accounts"
        + overlap.map(o -> " by " + o.column()).orElse("")
        + ", but neither its name nor its headers say what it holds: set its kind ("
        + columns
        + ")";
  }

  private static Optional<Map.Entry<SourceRole, String>> ownId(
      SourceKind kind, Candidate candidate) {
    SourceRole role =
        switch (kind) {
          case OPPORTUNITIES -> SourceRole.OPPORTUNITY_ID;
          case CONTACTS -> SourceRole.CONTACT_ID;
          default -> null;
        };
    if (role == null) {
      return Optional.empty();
    }
    return HeaderRoles.ownId(candidate.loaded().columns()).map(c -> Map.entry(role, c));
  }

  /** Returns the first column some of whose values are won or lost stage words. */
  private Optional<String> stageByValues(LoadedSource loaded) {
    for (String column : loaded.columns()) {
      boolean stage =
          engine.queryOne(
              "SELECT count(*) FILTER (WHERE regexp_replace(lower("
                  + quote(column)
                  + "), '[^a-z]', '', 'g') IN ('won', 'lost', 'closedwon', 'closedlost')) > 0 FROM "
                  + loaded.table(),
              r -> r.getBoolean(1));
      if (stage) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static void check(
      List<String> checks,
      String file,
      SourceKind kind,
      Optional<String> key,
      Optional<KeyOverlap.Overlap> overlap,
      Map<SourceRole, String> roles,
      boolean byDomain) {
    if (kind == SourceKind.SPEND) {
      return;
    }
    if (overlap.isPresent()) {
      checks.add(
          String.format(
              Locale.ROOT,
              "%s: %s '%s' matches %.0f %% of sampled rows to an account",
              file,
              key.isPresent() ? "key" : "the account name",
              overlap.get().column(),
              100 * overlap.get().best()));
    } else if (!byDomain) {
      checks.add(file + ": no column links it to the accounts: set key: to the account column");
    }
    if (kind == SourceKind.OPPORTUNITIES && !roles.containsKey(SourceRole.STAGE)) {
      checks.add(file + ": no stage column found: set stage: so won and lost deals are told apart");
    }
  }

  /** Entry names from file names, made unique. */
  private static final class Names {
    private final Set<String> used = new HashSet<>();

    String of(String file) {
      String stem = SourcesFile.stem(file);
      String name = stem;
      for (int i = 2; !used.add(name); i++) {
        name = stem + "-" + i;
      }
      return name;
    }
  }
}
