package org.icpengine.server.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.data.InputException;
import org.icpengine.data.SourcesReview;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.enrichment.ReviewPair;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.workspace.Workspace;

/**
 * The review of a dataset's enrichment matches, as {@code icp sources review} does it in the
 * terminal: the pairs matching put in the review band (read from the exports kept with the dataset,
 * with the decisions that came in the zip applied), each with the workspace's decision. Decisions
 * are kept per workspace ({@link MatchDecisionStore}) and written into every later assemble of the
 * workspace's exports ({@link Datasets#unpackExports}), so the next upload, or assembling a dataset
 * again ({@link #reassemble}), links the accepted pairs and not the rejected ones. A dataset's
 * pairs are kept in memory once read, so a page view after the first costs no linking.
 */
public final class MatchReviews {
  private static final int KEPT = 16;

  private final Database database;
  private final Datasets datasets;
  private final Engines engines;
  private final Clock clock;
  private final Map<Long, List<ReviewPair>> kept = new ConcurrentHashMap<>();

  /** Creates the service. */
  public MatchReviews(Database database, Datasets datasets, Engines engines, Clock clock) {
    this.database = database;
    this.datasets = datasets;
    this.engines = engines;
    this.clock = clock;
  }

  /**
   * Returns a dataset's review list.
   *
   * @throws ServerException 404 for an unknown dataset, 409 when it was not uploaded as a zip of
   *     linked exports, 422 when its exports cannot be matched any more
   */
  public MatchReview of(Workspace workspace, long datasetId) throws Exception {
    StoredDataset dataset = datasets.get(workspace, datasetId);
    return review(workspace, dataset, pairs(dataset));
  }

  /** Returns a dataset's review list if its pairs were read already (no linking is done). */
  public Optional<MatchReview> known(Workspace workspace, StoredDataset dataset) {
    List<ReviewPair> pairs = kept.get(dataset.id());
    return pairs == null ? Optional.empty() : Optional.of(review(workspace, dataset, pairs));
  }

  /**
   * Records an editor's decision on one of a dataset's review pairs, replacing the workspace's
   * earlier one on it, audited, and returns the pair as it now stands.
   *
   * @param asked the pair's key and the verdict; its actor and time are taken from the caller
   * @throws ServerException 404 when the dataset has no such pair in its review list
   */
  public ReviewedPair decide(Workspace workspace, long datasetId, MatchDecision asked, String actor)
      throws Exception {
    StoredDataset dataset = datasets.get(workspace, datasetId);
    ReviewPair pair =
        pairs(dataset).stream()
            .filter(asked::about)
            .findFirst()
            .orElseThrow(() -> ServerException.notFound(missing(datasetId, asked)));
    MatchDecision made =
        new MatchDecision(
            asked.source(),
            asked.rowName(),
            asked.rowDomain(),
            asked.accountKey(),
            asked.verdict(),
            actor,
            clock.instant());
    database.inTransaction(
        db -> {
          MatchDecisionStore.decide(db, workspace.id(), made);
          AuditLog.record(
              db,
              workspace.id(),
              made.decidedAt(),
              actor,
              "match." + made.verdict().word(),
              "dataset " + datasetId,
              describe(pair));
          return null;
        });
    return review(workspace, dataset, pairs(dataset)).pairs().stream()
        .filter(r -> r.pair().equals(pair))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the pair decided left the review list"));
  }

  /**
   * Assembles a dataset's linked exports again, with the workspace's review decisions as they are
   * now, into a new dataset (the old one stays, as versions derived from it keep it).
   *
   * @throws ServerException 409 when the dataset was not uploaded as a zip of exports; as {@link
   *     Datasets#upload(Workspace, String, String, InputStream, String)} otherwise
   */
  public StoredDataset reassemble(Workspace workspace, long id, String actor) throws Exception {
    StoredDataset dataset = datasets.get(workspace, id);
    Path zip = exportsZip(datasets, dataset, "there is nothing to assemble again");
    try (InputStream in = Files.newInputStream(zip)) {
      return datasets.upload(workspace, dataset.name(), "application/zip", in, actor);
    }
  }

  /** Returns the pair in words, as the audit log and the page name it. */
  public static String describe(ReviewPair pair) {
    String row = pair.rowName().isEmpty() ? pair.rowDomain() : pair.rowName();
    return pair.source()
        + " line "
        + pair.line()
        + " '"
        + row
        + "' → account "
        + pair.accountKey()
        + " '"
        + pair.accountName()
        + "'";
  }

  private static String missing(long datasetId, MatchDecision asked) {
    return "dataset "
        + datasetId
        + " has no review pair of source '"
        + asked.source()
        + "', row '"
        + (asked.rowName().isEmpty() ? asked.rowDomain() : asked.rowName())
        + "' and account '"
        + asked.accountKey()
        + "': list its pairs at …/datasets/"
        + datasetId
        + "/match-review";
  }

  private MatchReview review(Workspace workspace, StoredDataset dataset, List<ReviewPair> pairs) {
    Map<List<String>, MatchDecision> decided = new HashMap<>();
    database
        .inTransaction(db -> MatchDecisionStore.list(db, workspace.id()))
        .forEach(
            d -> decided.put(List.of(d.source(), d.rowName(), d.rowDomain(), d.accountKey()), d));
    List<ReviewedPair> reviewed = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      ReviewPair p = pairs.get(i);
      MatchDecision decision =
          decided.get(List.of(p.source(), p.rowName(), p.rowDomain(), p.accountKey()));
      reviewed.add(new ReviewedPair(i + 1, p, decision));
    }
    reviewed.sort(Comparator.comparingInt(MatchReviews::rank));
    return new MatchReview(dataset.id(), dataset.name(), reviewed);
  }

  /**
   * Writes the workspace's accepted and rejected pairs into the decisions file of the exports
   * unpacked in {@code dir} (over the ones the zip came with), so the assemble applies them as it
   * applies {@code match-decisions.yaml} from the terminal.
   *
   * @throws InputException when the decisions file there cannot be read
   */
  static void writeDecisions(Database database, long workspaceId, Path dir) throws IOException {
    List<ReviewDecisions.Entry> entries =
        database.inTransaction(db -> MatchDecisionStore.list(db, workspaceId)).stream()
            .flatMap(d -> d.entry().stream())
            .toList();
    if (entries.isEmpty()) {
      return;
    }
    ReviewDecisions decisions = ReviewDecisions.nextTo(dir.resolve(ZipExports.SOURCES));
    entries.forEach(decisions::record);
    decisions.save();
  }

  /**
   * Unpacks the zip of linked exports kept with a dataset into the new folder {@code dir} and
   * returns its sources.yaml, without the workspace's review decisions: what the review list reads.
   *
   * @throws ServerException 409 when the dataset was not uploaded as a zip of exports
   */
  static Path unpackAsUploaded(Datasets datasets, Engines engines, StoredDataset dataset, Path dir)
      throws IOException {
    Path zip = exportsZip(datasets, dataset, "upload one");
    ZipExports.unpack(zip, dir, datasets.limitBytes() * Datasets.UNPACKED_FACTOR);
    return LinkedExports.sources(dir, engines.memoryLimit());
  }

  /**
   * Returns the zip of linked exports kept with a dataset.
   *
   * @param todo what the caller can do instead, the end of the refusal
   * @throws ServerException 409 when the dataset was not uploaded as a zip of exports
   */
  private static Path exportsZip(Datasets datasets, StoredDataset dataset, String todo) {
    return datasets
        .exports(dataset)
        .orElseThrow(
            () ->
                ServerException.conflict(
                    "dataset "
                        + dataset.id()
                        + " was not uploaded as a zip of linked exports: "
                        + todo));
  }

  private static int rank(ReviewedPair pair) {
    return switch (pair.status()) {
      case "waiting" -> 0;
      case "skipped" -> 1;
      default -> 2;
    };
  }

  private List<ReviewPair> pairs(StoredDataset dataset) throws Exception {
    List<ReviewPair> known = kept.get(dataset.id());
    if (known != null) {
      return known;
    }
    List<ReviewPair> read = engines.inSlot(() -> read(dataset));
    if (kept.size() >= KEPT) {
      kept.clear();
    }
    kept.put(dataset.id(), read);
    return read;
  }

  private List<ReviewPair> read(StoredDataset dataset) throws IOException {
    Path dir = datasets.workFolder().resolve("review-" + Secrets.random().substring(0, 16));
    try {
      Path yaml = unpackAsUploaded(datasets, engines, dataset, dir);
      return List.copyOf(SourcesReview.read(yaml, engines.memoryLimit()).pending());
    } catch (InputException e) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE, "the review list cannot be made: " + e.getMessage());
    } finally {
      Datasets.deleteFolder(dir);
    }
  }
}
