package org.icpengine.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.job.DeriveJobs;
import org.icpengine.server.job.DeriveRequest;
import org.icpengine.server.job.Job;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.DraftEdit;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * Re-evaluations: a derive of the workspace's newest dataset with the published version's options;
 * when it succeeds, its draft gets notes saying why it was made, its diff against the published
 * version and what changed, and goes up for review, where the required sign-offs gate its
 * publishing as for any version.
 */
final class Reevaluations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database database;
  private final Datasets datasets;
  private final Versions versions;
  private final DeriveJobs jobs;
  private final Clock clock;

  Reevaluations(
      Database database, Datasets datasets, Versions versions, DeriveJobs jobs, Clock clock) {
    this.database = database;
    this.datasets = datasets;
    this.versions = versions;
    this.jobs = jobs;
    this.clock = clock;
  }

  /** Starts a re-evaluation of the workspace's published version. */
  void start(Workspace w, Version published, String reason, Long driftCheckId) throws IOException {
    StoredDataset newest =
        datasets.list(w).stream().max(Comparator.comparingLong(StoredDataset::id)).orElseThrow();
    String options =
        database.inTransaction(db -> MonitorStore.deriveOptions(db, published.id())).orElse("{}");
    ObjectNode body = (ObjectNode) JSON.readTree(options);
    body.put("dataset", newest.id());
    Job job = jobs.start(w, DeriveRequest.of(body), Monitor.ACTOR);
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          long id =
              MonitorStore.addReevaluation(
                  db, w.id(), published.id(), reason, driftCheckId, job.id(), now);
          AuditLog.record(
              db,
              w.id(),
              now,
              Monitor.ACTOR,
              "reevaluation.started",
              "reevaluation " + id,
              because(reason, driftCheckId)
                  + ": deriving from "
                  + newest.name()
                  + " (job "
                  + job.id()
                  + ")");
          return id;
        });
  }

  private static String because(String reason, Long driftCheckId) {
    return reason.equals("due")
        ? "the review interval has passed"
        : "drift check " + driftCheckId + " raised an alarm";
  }

  /** Puts the drafts of finished derives up for review; records failed ones. */
  void follow() {
    for (Reevaluation r : database.inTransaction(MonitorStore::deriving)) {
      Workspace w = database.inTransaction(db -> WorkspaceStore.get(db, r.workspaceId()));
      Job job = jobs.get(w, r.jobId());
      if (job.state().equals("succeeded")) {
        try {
          review(w, r, job);
        } catch (RuntimeException e) {
          // e.g. someone edited or moved the draft first: the re-evaluation ends, the draft stays
          end(w, r, "failed", null, "the draft could not be put up for review: " + e.getMessage());
        }
      } else if (!job.state().equals("queued") && !job.state().equals("running")) {
        end(w, r, "failed", null, "the derive " + job.state() + ": " + job.error());
      }
    }
  }

  private void review(Workspace w, Reevaluation r, Job job) {
    Version draft = versions.get(w, job.versionNumber());
    Version published =
        database.inTransaction(db -> VersionStore.byId(db, r.publishedVersionId())).orElseThrow();
    Version withPublished = versions.get(w, published.number());
    ObjectNode summary = JSON.createObjectNode();
    summary.put("reason", r.reason());
    summary.put("published_version", published.number());
    summary.put("draft_version", draft.number());
    summary.set(
        "diff",
        ModelDiff.of(
            ModelFile.parse(withPublished.icp(), "version " + published.number()),
            ModelFile.parse(draft.icp(), "version " + draft.number())));
    summary.set("what_changed", whatChanged(published, job.datasetId()));
    String notes = notes(r, summary);
    Version noted =
        versions.edit(
            w,
            draft.number(),
            draft.revision(),
            new DraftEdit(
                Optional.of(notes), Optional.empty(), Optional.empty(), List.of(), List.of()),
            Monitor.ACTOR);
    versions.move(w, draft.number(), noted.revision(), VersionState.IN_REVIEW, Monitor.ACTOR);
    end(w, r, "in_review", draft.id(), summary.toString());
  }

  private JsonNode whatChanged(Version published, long datasetId) {
    ObjectNode node = JSON.createObjectNode();
    if (published.datasetId() != null && published.datasetId() == datasetId) {
      node.put("words", "no new dataset since the published version: derived again on the same");
      node.putArray("trait_changes");
      return node;
    }
    Optional<DriftRecord> check =
        database
            .inTransaction(db -> MonitorStore.checks(db, published.workspaceId(), false, 100))
            .stream()
            .filter(c -> c.versionId() == published.id() && c.datasetId() == datasetId)
            .findFirst();
    JsonNode changes = check.map(c -> Evidence.read(c.report()).path("trait_changes")).orElse(null);
    if (changes == null || !changes.isArray()) {
      node.put("words", "no drift check of the new dataset, so no trait comparison");
      node.putArray("trait_changes");
      return node;
    }
    node.put("words", TraitWords.of(changes));
    node.set("trait_changes", changes);
    return node;
  }

  private static String notes(Reevaluation r, ObjectNode summary) {
    String text =
        "Re-evaluation ("
            + (r.reason().equals("due") ? "review due" : "drift alarm")
            + ") of version "
            + summary.path("published_version").asInt()
            + ". Diff: "
            + summary.path("diff").path("words").asText()
            + ". What changed: "
            + summary.path("what_changed").path("words").asText();
    return text.length() > DraftEdit.NOTES_LIMIT
        ? text.substring(0, DraftEdit.NOTES_LIMIT - 1) + "…"
        : text;
  }

  private void end(Workspace w, Reevaluation r, String state, Long versionId, String summary) {
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          MonitorStore.endReevaluation(db, r.id(), state, versionId, summary, now);
          AuditLog.record(
              db,
              w.id(),
              now,
              Monitor.ACTOR,
              "reevaluation." + state,
              "reevaluation " + r.id(),
              state.equals("failed")
                  ? summary
                  : "version "
                      + VersionStore.byId(db, versionId).orElseThrow().number()
                      + " is up for review");
          return null;
        });
  }

  private static JsonNode readTree(String json) {
    return Evidence.read(json);
  }
}
