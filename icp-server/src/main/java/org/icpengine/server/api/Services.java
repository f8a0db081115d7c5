package org.icpengine.server.api;

import java.time.Clock;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Caller;
import org.icpengine.server.access.Role;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.MatchReviews;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.job.DeriveJobs;
import org.icpengine.server.kpi.Kpis;
import org.icpengine.server.personas.BuyerPersonas;
import org.icpengine.server.review.Reviews;
import org.icpengine.server.scoring.PublishedModels;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Versions;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceDirectory;

/**
 * What the routes work with.
 *
 * @param database the app database
 * @param workspaces workspaces by name
 * @param reviews comments, sign-offs and the publishing rule
 * @param access sign-in, tokens and roles
 * @param versions ICP versions
 * @param datasets uploads
 * @param jobs background derives
 * @param published the published models, parsed
 * @param engines the analytics engines for heavy work
 * @param metrics the Prometheus metrics
 * @param clock the time
 * @param secureCookies whether session cookies are marked Secure (served over TLS)
 * @param funnels the workspaces' funnels by tier
 * @param kpis the workspaces' ICP KPIs and targets
 * @param personas the workspaces' buyer personas
 * @param matchReviews the review of linked datasets' enrichment matches
 */
public record Services(
    Database database,
    WorkspaceDirectory workspaces,
    Reviews reviews,
    Access access,
    Versions versions,
    Datasets datasets,
    DeriveJobs jobs,
    PublishedModels published,
    Engines engines,
    Metrics metrics,
    Clock clock,
    boolean secureCookies,
    Funnels funnels,
    Kpis kpis,
    BuyerPersonas personas,
    MatchReviews matchReviews) {
  /**
   * Returns the named workspace, checking the caller has at least the role there. A caller without
   * access is refused the same way whether or not the workspace exists, so names cannot be probed.
   *
   * @throws ServerException 403 when the caller has no access or too low a role
   */
  public Workspace workspace(Caller caller, String name, Role needed) {
    Workspace workspace =
        workspaces
            .find(name)
            .orElseThrow(
                () ->
                    ServerException.forbidden(
                        "no access to workspace '" + name + "': ask one of its admins"));
    access.require(caller, workspace, needed);
    return workspace;
  }
}
