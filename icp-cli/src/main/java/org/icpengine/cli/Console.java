package org.icpengine.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.icpengine.data.DatasetOptions;

/**
 * Where a command writes: results to {@code out}, messages and progress bars to {@code err}. Tests
 * inject their own writers; progress bars are drawn only for a person at a terminal.
 *
 * @param out the result stream
 * @param err the message stream
 * @param interactive whether to draw progress bars
 */
public record Console(PrintWriter out, PrintWriter err, boolean interactive) {
  /** Runs work with a progress bar of named steps, when a person is watching. */
  public <T> T withProgress(String task, ProgressWork<T> work) {
    if (!interactive || !watched()) {
      return work.run(DatasetOptions.Progress.none());
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .hideEta()
            .build()) {
      T result =
          work.run(
              (index, total, name) -> {
                bar.maxHint(total);
                bar.stepTo(index - 1L);
                bar.setExtraMessage(" " + name);
              });
      bar.stepTo(bar.getMax());
      return result;
    }
  }

  /**
   * Returns whether a person is likely watching the error stream: a console, or a terminal that is
   * not CI's (results redirected to a file still leave the bar on screen).
   */
  private static boolean watched() {
    String term = System.getenv("TERM");
    boolean terminal = term != null && !term.isEmpty() && !"dumb".equals(term);
    return System.console() != null || (terminal && System.getenv("CI") == null);
  }

  /** Work that reports its steps. */
  @FunctionalInterface
  public interface ProgressWork<T> {
    /** Does the work, telling the listener of each step. */
    T run(DatasetOptions.Progress progress);
  }
}
