package org.icpengine.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.icpengine.server.api.Services;
import org.icpengine.server.job.Job;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.workspace.Workspace;

/**
 * What a finished derive's page says: the new version's state as it is now (not "a new draft" once
 * it was published or archived), or, for a failed derive, the definition that was used and the way
 * back to the dataset with it filled in.
 *
 * @param versionState the new version's state now ("draft", "in review", …), or empty
 * @param ideal the ideal definition the derive was started with, or empty for the default
 * @param retry the dataset page's address with the definition kept
 */
public record JobOutcome(String versionState, String ideal, String retry) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Returns the outcome of the job. */
  public static JobOutcome of(Job job, Services s, Workspace w) {
    String state = "";
    if (job.versionNumber() != null) {
      VersionState now = s.versions().get(w, job.versionNumber()).state();
      state = now.key().replace('_', ' ');
    }
    String ideal = ideal(job.options());
    String retry =
        "/w/"
            + w.name()
            + "/datasets/"
            + job.datasetId()
            + (ideal.isEmpty() ? "" : "?ideal=" + URLEncoder.encode(ideal, StandardCharsets.UTF_8))
            + "#derive";
    return new JobOutcome(state, ideal, retry);
  }

  /** Returns what the state means for the user, in words. */
  public String sentence() {
    return switch (versionState) {
      case "draft" -> "is a draft — review it, submit it for review, and publish";
      case "in review" -> "is in review — it waits for the required sign-offs";
      case "published" -> "is published — it is the ICP used for scoring";
      case "archived" -> "is archived — it can be proposed for publishing again from its page";
      default -> "";
    };
  }

  private static String ideal(String options) {
    if (options == null || options.isBlank()) {
      return "";
    }
    try {
      return JSON.readTree(options).path("ideal").asText("");
    } catch (IOException e) {
      return "";
    }
  }
}
