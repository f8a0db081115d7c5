package org.icpengine.cli.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.data.SourcesReview;
import org.icpengine.data.enrichment.Decision;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.enrichment.ReviewPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code icp sources review sources.yaml}: decide the enrichment pairs in the review band, one by
 * one, remembered in match-decisions.yaml.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description =
        "Show each pair of an enrichment row and an account in the review band that no one has"
            + " decided yet, with its score and reason, and ask: accept (a), reject (r), skip (s)"
            + " or quit (q). Decisions are kept in match-decisions.yaml next to sources.yaml and"
            + " used by every later icp assemble and --sources.")
public final class SourcesReviewCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "SOURCES", description = "The sources.yaml with enrichment sources")
  Path sources;

  @Option(names = "--list", description = "Only list the undecided pairs; ask nothing")
  boolean list;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Creates the command, writing to the given console and reading answers from stdin. */
  public SourcesReviewCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    SourcesReview.Pending pending = SourcesReview.read(sources);
    PrintWriter out = console.out();
    out.printf(Locale.ROOT, "%,d pairs to review.%n", pending.pending().size());
    if (list || pending.pending().isEmpty()) {
      pending.pending().forEach(p -> out.println(describe(p)));
      return Failures.OK;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int decided = ask(pending, in, out);
    if (decided > 0) {
      pending.decisions().save();
    }
    out.printf(
        Locale.ROOT,
        "%,d decided, kept in %s; run icp assemble again to use them.%n",
        decided,
        pending.decisions().file());
    return Failures.OK;
  }

  private int ask(SourcesReview.Pending pending, BufferedReader in, PrintWriter out)
      throws IOException {
    ReviewDecisions decisions = pending.decisions();
    int decided = 0;
    for (ReviewPair pair : pending.pending()) {
      out.println(describe(pair));
      out.print("  accept (a), reject (r), skip (s), quit (q)? ");
      out.flush();
      String answer = in.readLine();
      String word = answer == null ? "q" : answer.trim().toLowerCase(Locale.ROOT);
      if (word.startsWith("q")) {
        break;
      }
      if (word.startsWith("a") || word.startsWith("r")) {
        decisions.decide(pair, word.startsWith("a") ? Decision.ACCEPT : Decision.REJECT);
        decided++;
      }
    }
    return decided;
  }

  private static String describe(ReviewPair pair) {
    String row = pair.rowName().isEmpty() ? pair.rowDomain() : pair.rowName();
    return String.format(
        Locale.ROOT,
        "%s line %d: '%s' → account %s '%s' (score %.2f: %s)",
        pair.source(),
        pair.line(),
        row,
        pair.accountKey(),
        pair.accountName(),
        pair.score(),
        pair.reason());
  }
}
