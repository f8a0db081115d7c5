package org.icpengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.icpengine.data.DatasetOptions;

/**
 * Where a command writes: results to {@code out}, messages and progress to {@code err}. Tests
 * inject their own writers. Progress is a bar redrawn in place on a terminal, one line per step
 * otherwise (a log, CI), or nothing.
 *
 * @param out the result stream
 * @param err the message stream
 * @param progress how progress is shown
 */
public record Console(PrintWriter out, PrintWriter err, ProgressDisplay progress) {
  /** Runs work that reports named steps, showing them as this console's display says. */
  public <T> T withProgress(String task, ProgressWork<T> work) {
    return switch (progress) {
      case NONE -> work.run(DatasetOptions.Progress.none());
      case LINES -> work.run(lines(task));
      case BAR -> withBar(task, work);
    };
  }

  private DatasetOptions.Progress lines(String task) {
    return (index, total, name) -> {
      err.printf(Locale.ROOT, "%s [%d/%d] %s%n", task, index, total, name);
      err.flush();
    };
  }

  private static <T> T withBar(String task, ProgressWork<T> work) {
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

  /** Work that reports its steps. */
  @FunctionalInterface
  public interface ProgressWork<T> {
    /** Does the work, telling the listener of each step. */
    T run(DatasetOptions.Progress progress);
  }
}
