package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains an {@link AdditiveModel} in the manner of the Explainable Boosting Machine (Lou, Caruana
 * et al.; InterpretML): each of {@link EbmOptions#bags()} bags splits the rows into a training and
 * a validation part, boosts one shape function per feature cyclically until the validation loss
 * stops improving, and the bags' shapes are averaged. Then the pairs of features whose residuals
 * the main effects explain worst, by the FAST heuristic (the best four-quadrant split of the pair's
 * two-dimensional residual table), get interaction tables boosted the same way on top of the main
 * effects. Finally every term is centred on the rows, its mean moved into the intercept.
 *
 * <p>The same data, options and seed give the same model, whatever the number of threads.
 */
public final class Ebm {
  /** Pairs are ranked on at most this many rows, a seeded sample of larger data. */
  private static final int RANKING_ROWS = 200_000;

  private Ebm() {}

  /** What a training run learned and how. */
  public record Trained(AdditiveModel model, List<Integer> mainRounds, List<Integer> pairRounds) {}

  /**
   * Trains the model.
   *
   * @param ordered whether each feature's bins 1.. are ordered (numeric ranges) rather than nominal
   *     levels
   */
  public static Trained train(TrainingData data, boolean[] ordered, EbmOptions options) {
    if (ordered.length != data.features()) {
      throw new IllegalArgumentException("one ordered flag per feature");
    }
    int positives = data.positives();
    if (positives == 0 || positives == data.rows()) {
      throw new IllegalArgumentException("the rows need both ideal and other accounts");
    }
    List<Split> splits = new ArrayList<>();
    for (int bag = 0; bag < options.bags(); bag++) {
      splits.add(Split.stratified(data.labels(), options.validationShare(), options.seed() + bag));
    }
    double base = Sigmoid.logit((double) positives / data.rows());
    List<byte[]> mainCells = List.of(data.codes());
    int[] bins = data.binCounts().clone();
    List<Booster.Result> mainResults =
        runBags(
            splits,
            mainCells,
            bins,
            ordered,
            new int[bins.length],
            data,
            offsets(data.rows(), base),
            options);
    double[][] mains = average(mainResults, bins);
    AdditiveModel mainsOnly = new AdditiveModel(base, List.of(mains), List.of());
    List<PairTerm> pairs = List.of();
    List<Integer> pairRounds = List.of();
    if (options.interactions() > 0 && data.features() > 1) {
      double[] mainLogits = mainsOnly.logits(data);
      List<int[]> groups = new ArrayList<>();
      for (int f = 0; f < data.features(); f++) {
        groups.add(Groups.of(data, f, ordered[f], options.interactionGroups()));
      }
      List<int[]> chosen = Fast.rank(data, mainLogits, groups, options, RANKING_ROWS);
      if (!chosen.isEmpty()) {
        List<byte[]> pairCells = new ArrayList<>();
        int[] cellCounts = new int[chosen.size()];
        int[] widths = new int[chosen.size()];
        for (int k = 0; k < chosen.size(); k++) {
          int[] pair = chosen.get(k);
          int[] ga = groups.get(pair[0]);
          int[] gb = groups.get(pair[1]);
          int width = Groups.count(gb);
          cellCounts[k] = Groups.count(ga) * width;
          widths[k] = width;
          byte[] a = data.codes()[pair[0]];
          byte[] b = data.codes()[pair[1]];
          byte[] cells = new byte[data.rows()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) (ga[a[i] & 0xFF] * width + gb[b[i] & 0xFF]);
          }
          pairCells.add(cells);
        }
        List<Booster.Result> pairResults =
            runBags(
                splits,
                pairCells,
                cellCounts,
                new boolean[chosen.size()],
                widths,
                data,
                mainLogits,
                options);
        double[][] tables = average(pairResults, cellCounts);
        List<PairTerm> terms = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
          int[] pair = chosen.get(k);
          int[] ga = groups.get(pair[0]);
          int[] gb = groups.get(pair[1]);
          int width = Groups.count(gb);
          double[][] values = new double[Groups.count(ga)][width];
          for (int x = 0; x < values.length; x++) {
            System.arraycopy(tables[k], x * width, values[x], 0, width);
          }
          terms.add(new PairTerm(pair[0], pair[1], ga, gb, values));
        }
        pairs = terms;
        pairRounds = pairResults.stream().map(Booster.Result::rounds).toList();
      }
    }
    AdditiveModel model = Centring.centre(new AdditiveModel(base, List.of(mains), pairs), data);
    return new Trained(
        model, mainResults.stream().map(Booster.Result::rounds).toList(), pairRounds);
  }

  private static double[] offsets(int rows, double base) {
    double[] offsets = new double[rows];
    java.util.Arrays.fill(offsets, base);
    return offsets;
  }

  private static List<Booster.Result> runBags(
      List<Split> splits,
      List<byte[]> cells,
      int[] cellCounts,
      boolean[] ordered,
      int[] widths,
      TrainingData data,
      double[] offsets,
      EbmOptions options) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), splits.size()));
    try {
      List<Future<Booster.Result>> futures = new ArrayList<>();
      for (Split split : splits) {
        futures.add(
            pool.submit(
                () ->
                    new Booster(
                            pick(cells, split.train()),
                            pick(cells, split.holdout()),
                            cellCounts,
                            ordered,
                            widths,
                            labels(data, split.train()),
                            labels(data, split.holdout()),
                            pick(offsets, split.train()),
                            pick(offsets, split.holdout()),
                            options)
                        .run()));
      }
      List<Booster.Result> results = new ArrayList<>();
      for (Future<Booster.Result> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[][] average(List<Booster.Result> results, int[] cellCounts) {
    double[][] sum = new double[cellCounts.length][];
    for (int t = 0; t < cellCounts.length; t++) {
      sum[t] = new double[cellCounts[t]];
      for (Booster.Result result : results) {
        for (int c = 0; c < cellCounts[t]; c++) {
          sum[t][c] += result.tables()[t][c] / results.size();
        }
      }
    }
    return sum;
  }

  private static List<byte[]> pick(List<byte[]> cells, int[] rows) {
    List<byte[]> picked = new ArrayList<>(cells.size());
    for (byte[] column : cells) {
      byte[] part = new byte[rows.length];
      for (int i = 0; i < rows.length; i++) {
        part[i] = column[rows[i]];
      }
      picked.add(part);
    }
    return picked;
  }

  private static double[] pick(double[] values, int[] rows) {
    double[] part = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      part[i] = values[rows[i]];
    }
    return part;
  }

  private static double[] labels(TrainingData data, int[] rows) {
    double[] y = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      y[i] = data.labels()[rows[i]] ? 1 : 0;
    }
    return y;
  }
}
