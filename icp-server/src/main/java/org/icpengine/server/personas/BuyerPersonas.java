package org.icpengine.server.personas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.data.personas.PersonaOptions;
import org.icpengine.data.personas.PersonaReport;
import org.icpengine.data.personas.Personas;
import org.icpengine.data.personas.TitleRules;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.icpengine.server.dataset.Datasets;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.dataset.UnpackedExports;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * Computes a workspace's buyer personas: a version's model over the contacts, contact roles, survey
 * and touches of the newest dataset uploaded as a zip of linked exports (unpacked into a scratch
 * folder for the run, then deleted), in one of the engine slots, as the funnel is. The version is
 * the one asked for, else the published one, else the newest. The result is kept in memory per
 * version (and its revision, so a draft edit gives new personas) and dataset, so a page view after
 * the first costs nothing.
 */
public final class BuyerPersonas {
  private static final int KEPT = 32;

  private final Database database;
  private final Datasets datasets;
  private final Engines engines;
  private final Map<String, WorkspacePersonas> kept = new ConcurrentHashMap<>();

  /** Creates the service. */
  public BuyerPersonas(Database database, Datasets datasets, Engines engines) {
    this.database = database;
    this.datasets = datasets;
    this.engines = engines;
  }

  /**
   * Returns the workspace's personas under a version's model.
   *
   * @param number the version's number; empty for the published version (else the newest)
   * @throws ServerException 404 for an unknown version, 409 when the workspace has no version or no
   *     linked dataset, 422 when the exports cannot give personas (no contacts, no titles)
   */
  public WorkspacePersonas of(Workspace workspace, OptionalInt number) throws Exception {
    Version version = version(workspace, number);
    StoredDataset dataset =
        datasets
            .latestLinked(workspace)
            .orElseThrow(
                () ->
                    ServerException.conflict(
                        "personas need linked exports: upload a zip of your accounts,"
                            + " opportunities, contacts (with job titles) and opportunity contact"
                            + " roles on the Data page"));
    String key = version.id() + "/" + version.revision() + "/" + dataset.id();
    WorkspacePersonas known = kept.get(key);
    if (known != null) {
      return known;
    }
    PersonaReport report = engines.inSlot(() -> run(version, dataset));
    WorkspacePersonas made =
        new WorkspacePersonas(
            version.number(), version.state().key(), dataset.id(), dataset.name(), report);
    if (kept.size() >= KEPT) {
      kept.clear();
    }
    kept.put(key, made);
    return made;
  }

  /**
   * Returns the version number a query parameter asks for, or empty for the default.
   *
   * @throws ServerException 400 when it is not a positive whole number
   */
  public static OptionalInt version(String text) {
    if (text == null || text.isBlank()) {
      return OptionalInt.empty();
    }
    try {
      int number = Integer.parseInt(text.strip());
      if (number >= 1) {
        return OptionalInt.of(number);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ServerException.badRequest(
        "version=" + text + " is not a version number: give a whole number such as version=2");
  }

  private PersonaReport run(Version version, StoredDataset dataset) throws IOException {
    return UnpackedExports.run(
        datasets,
        dataset,
        "personas",
        "the personas cannot be derived",
        yaml -> {
          Path icp = yaml.resolveSibling(".icp.json");
          Files.writeString(icp, version.icp());
          PersonaOptions options =
              new PersonaOptions(
                  Optional.empty(), TitleRules.builtIn(), Optional.empty(), engines.memoryLimit());
          return Personas.derive(yaml, icp, options);
        });
  }

  private Version version(Workspace workspace, OptionalInt number) {
    return database.inTransaction(
        db -> {
          if (number.isPresent()) {
            return VersionStore.get(db, workspace.id(), number.getAsInt());
          }
          Long id = WorkspaceStore.get(db, workspace.id()).publishedVersion();
          if (id != null) {
            return VersionStore.byId(db, id).orElseThrow();
          }
          List<Version> all = VersionStore.list(db, workspace.id());
          if (all.isEmpty()) {
            throw ServerException.conflict(
                "workspace '"
                    + workspace.name()
                    + "' has no ICP version yet: derive one on the Data page");
          }
          return VersionStore.get(db, workspace.id(), all.get(0).number());
        });
  }
}
