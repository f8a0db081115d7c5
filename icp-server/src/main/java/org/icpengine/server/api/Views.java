package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.server.audit.AuditEntry;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.job.Job;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;

/** The JSON the API answers with, snake_case, as the OpenAPI document describes. */
final class Views {
  private Views() {}

  static ObjectNode workspace(Workspace w, String role) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("name", w.name());
    node.put("role", role);
    node.put("created_at", time(w.createdAt()));
    return node;
  }

  static ObjectNode version(Version v, boolean withIcp) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("number", v.number());
    node.put("state", v.state().key());
    node.put("revision", v.revision());
    node.put("origin", v.origin());
    if (v.datasetId() == null) {
      node.putNull("dataset");
    } else {
      node.put("dataset", v.datasetId());
    }
    node.put("notes", v.notes());
    node.put("created_at", time(v.createdAt()));
    node.put("created_by", v.createdBy());
    node.put("updated_at", time(v.updatedAt()));
    node.put("updated_by", v.updatedBy());
    if (withIcp) {
      node.set("icp", IcpDocument.stored(v.icp(), "version " + v.number()).whole());
    }
    return node;
  }

  static ObjectNode dataset(StoredDataset d, boolean withProfile) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("id", d.id());
    node.put("name", d.name());
    node.put("rows", d.rows());
    node.put("size_bytes", d.sizeBytes());
    node.put("sha256", d.sha256());
    node.put("uploaded_at", time(d.uploadedAt()));
    node.put("uploaded_by", d.uploadedBy());
    if (withProfile) {
      node.set("profile", parse(d.profile()));
    }
    return node;
  }

  static ObjectNode job(Job j) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("id", j.id());
    node.put("kind", "derive");
    node.put("state", j.state());
    node.put("progress", Math.round(j.progress() * 1000) / 1000.0);
    node.put("step", j.step());
    node.put("steps", j.steps());
    node.put("step_name", j.stepName());
    node.put("dataset", j.datasetId());
    node.set("options", parse(j.options()));
    if (j.error() == null) {
      node.putNull("error");
    } else {
      node.put("error", j.error());
    }
    if (j.versionNumber() == null) {
      node.putNull("version");
    } else {
      node.put("version", j.versionNumber());
    }
    node.put("created_at", time(j.createdAt()));
    node.put("created_by", j.createdBy());
    node.put("finished_at", time(j.finishedAt()));
    return node;
  }

  static ObjectNode audit(AuditEntry e) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("id", e.id());
    node.put("at", time(e.at()));
    node.put("actor", e.actor());
    node.put("action", e.action());
    node.put("target", e.target());
    node.put("detail", e.detail());
    return node;
  }

  static ObjectNode score(AccountScore s, int version) {
    ObjectNode node = Calls.JSON.createObjectNode();
    if (s.score() == null) {
      node.putNull("score");
    } else {
      node.put("score", s.score());
    }
    if (s.tier() == null) {
      node.putNull("tier");
    } else {
      node.put("tier", s.tier());
    }
    node.put("status", s.status());
    node.put("coverage", s.coverage());
    node.put("reasons", s.reasons());
    if (s.engagement() == null) {
      node.putNull("engagement_score");
    } else {
      node.put("engagement_score", s.engagement());
    }
    if (s.priority() == null) {
      node.putNull("priority");
    } else {
      node.put("priority", s.priority());
    }
    node.put("priority_reasons", s.priorityReasons());
    node.put("grade", s.grade());
    if (s.disqualification() == null) {
      node.putNull("disqualification");
    } else {
      node.put("disqualification", s.disqualification());
    }
    ArrayNode contributions = node.putArray("contributions");
    s.contributions()
        .forEach(c -> contributions.addObject().put("label", c.label()).put("points", c.points()));
    node.put("version", version);
    strings(node.putArray("missing"), s.missing());
    strings(node.putArray("ignored"), s.ignored());
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static JsonNode parse(String json) {
    try {
      return Calls.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
