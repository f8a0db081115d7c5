package org.icpengine.data;

import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.enrichment.Enrichment;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.enrichment.ReviewPair;
import org.icpengine.data.sources.Linking;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;

/**
 * The review list of a {@code sources.yaml}: the pairs of enrichment rows and accounts in the
 * review band that no one has decided yet, with the decisions file to record decisions in (what
 * {@code icp sources review} shows).
 */
public final class SourcesReview {
  private SourcesReview() {}

  /**
   * The pairs to review and the decisions made so far.
   *
   * @param pending the undecided review-band pairs, per source in file order
   * @param decisions the decisions file next to {@code sources.yaml}
   */
  public record Pending(List<ReviewPair> pending, ReviewDecisions decisions) {}

  /**
   * Links the sources and matches their enrichment files, returning the undecided pairs.
   *
   * @throws InputException in one line when the sources cannot be used
   */
  public static Pending read(Path sourcesYaml) {
    return read(sourcesYaml, null);
  }

  /**
   * As {@link #read(Path)}, with an engine limited to {@code memoryLimit} (such as "2GB"; null for
   * a third of the machine's memory): the server's review page.
   */
  public static Pending read(Path sourcesYaml, String memoryLimit) {
    Sources sources = SourcesFile.read(sourcesYaml);
    ReviewDecisions decisions = ReviewDecisions.nextTo(sourcesYaml);
    List<Path> files = sources.used().stream().map(sources::path).toList();
    EngineAccess access = EngineAccess.reading(files);
    try (Engine engine =
        memoryLimit == null ? Engine.open(access) : Engine.open(memoryLimit, access)) {
      Linking linking = new SourceLinker(engine).link(sources);
      return new Pending(Enrichment.pending(linking.linked(), sources, decisions), decisions);
    }
  }
}
