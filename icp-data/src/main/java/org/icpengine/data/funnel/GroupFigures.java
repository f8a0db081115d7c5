package org.icpengine.data.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Medians;
import org.icpengine.core.stats.Moments;
import org.icpengine.data.engine.Engine;

/**
 * The funnel's cells: one grouped query per cut over the scored opportunities with their reached
 * stages ({@link #TABLE}), each cell's counts read as a {@link Tally} and turned into figures, the
 * rest of a cell being every other opportunity.
 */
final class GroupFigures {
  /** The scored opportunities with {@code mask} (reached stages) and {@code cycle} (days). */
  static final String TABLE = "fnl_funnel";

  private static final String CELLS = "fnl_cells";

  private final Engine engine;
  private final StageOrder stages;

  private GroupFigures(Engine engine, StageOrder stages) {
    this.engine = engine;
    this.stages = stages;
  }

  /** Builds {@link #TABLE} from the scored opportunities. */
  static GroupFigures prepare(Engine engine, String scored, StageOrder stages) {
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + TABLE
            + " AS SELECT *, "
            + stages.maskSql()
            + " AS mask, CASE WHEN outcome = 'won' AND close_date >= created_date THEN"
            + " datediff('day', created_date, close_date) END AS cycle FROM "
            + scored);
    return new GroupFigures(engine, stages);
  }

  /** Returns the tally of every opportunity. */
  Tally total() {
    return tallies(List.of()).get(0).tally();
  }

  /** One cell: its dimension values (in the cut's order) and its tally. */
  record Cell(long id, List<String> values, Tally tally, Interval cycleRanks, Interval sizeRanks) {}

  /** Returns the cells of a cut, with the medians' values and intervals. */
  List<FunnelGroup> groups(
      List<FunnelDimension> cut, Tally total, Map<List<String>, TierEconomics> economics) {
    List<FunnelGroup> groups = new ArrayList<>();
    for (Cell cell : tallies(cut)) {
      double[] medians = medians(cell);
      groups.add(group(cut, cell, total, medians, economics.get(cell.values())));
    }
    engine.execute("DROP TABLE IF EXISTS " + CELLS);
    return groups;
  }

  private FunnelGroup group(
      List<FunnelDimension> cut,
      Cell cell,
      Tally total,
      double[] medians,
      TierEconomics economics) {
    Tally t = cell.tally();
    Tally rest = t.restOf(total);
    Figure cycle = Rates.median(medians[0], new Interval(medians[1], medians[2]));
    Figure sizeMedian = Rates.median(medians[3], new Interval(medians[4], medians[5]));
    return new FunnelGroup(
        value(cut, cell, FunnelDimension.TIER),
        value(cut, cell, FunnelDimension.GRADE),
        value(cut, cell, FunnelDimension.CHANNEL),
        t.n(),
        t.open(),
        t.closed(),
        t.won(),
        t.lost(),
        Rates.proportion(t.won(), t.closed(), rest.won(), rest.closed()),
        steps(t, rest),
        cycle,
        Rates.mean(t.sizes(), rest.sizes()),
        sizeMedian,
        t.pipeline(),
        t.bookings(),
        Optional.ofNullable(economics));
  }

  private List<StageStep> steps(Tally t, Tally rest) {
    List<String> names = stages.all();
    List<StageStep> steps = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      Figure conversion =
          j == 0
              ? Figure.missing()
              : Rates.proportion(
                  t.pairs()[j], t.reached()[j - 1], rest.pairs()[j], rest.reached()[j - 1]);
      Figure inOrder =
          j == 0
              ? Figure.missing()
              : Rates.proportion(
                  t.inOrder()[j], t.inOrder()[j - 1], rest.inOrder()[j], rest.inOrder()[j - 1]);
      Figure cumulative =
          Rates.proportion(t.inOrder()[j], t.inOrder()[0], rest.inOrder()[j], rest.inOrder()[0]);
      steps.add(
          new StageStep(
              names.get(j), t.reached()[j], t.inOrder()[j], conversion, inOrder, cumulative));
    }
    return steps;
  }

  private static Optional<String> value(List<FunnelDimension> cut, Cell cell, FunnelDimension d) {
    int i = cut.indexOf(d);
    return i < 0 ? Optional.empty() : Optional.of(cell.values().get(i));
  }

  /** Runs the grouped query of a cut into {@link #CELLS} and reads each cell's tally. */
  private List<Cell> tallies(List<FunnelDimension> cut) {
    List<String> dims =
        cut.stream().map(d -> "coalesce(" + d.word() + ", 'unknown') AS " + d.word()).toList();
    List<String> names = cut.stream().map(FunnelDimension::word).toList();
    int k = stages.all().size();
    List<String> select = new ArrayList<>(dims);
    select.add("count(*) AS n");
    select.add("count(*) FILTER (WHERE outcome = 'open') AS open");
    select.add("count(*) FILTER (WHERE outcome = 'won') AS won");
    select.add("count(*) FILTER (WHERE outcome = 'lost') AS lost");
    for (int j = 0; j < k; j++) {
      long bit = 1L << j;
      long prefix = (1L << (j + 1)) - 1;
      long pair = j == 0 ? bit : bit | (1L << (j - 1));
      select.add("count(*) FILTER (WHERE mask & " + bit + " <> 0) AS r" + j);
      select.add("count(*) FILTER (WHERE mask & " + prefix + " = " + prefix + ") AS o" + j);
      select.add(
          (j == 0 ? "0" : "count(*) FILTER (WHERE mask & " + pair + " = " + pair + ")")
              + " AS p"
              + j);
    }
    select.add("coalesce(sum(amount) FILTER (WHERE outcome = 'open'), 0) AS pipeline");
    select.add("coalesce(sum(amount) FILTER (WHERE outcome = 'won'), 0) AS bookings");
    for (String m : List.of("amount", "cycle")) {
      String won = " FILTER (WHERE outcome = 'won' AND " + m + " IS NOT NULL)";
      select.add("count(" + m + ")" + won + " AS " + m + "_n");
      select.add("coalesce(sum(" + m + ")" + won + ", 0) AS " + m + "_s");
      select.add("coalesce(sum(" + m + " * " + m + ")" + won + ", 0) AS " + m + "_q");
      select.add("median(" + m + ")" + won + " AS " + m + "_median");
      select.add("list_sort(list(" + m + ")" + won + ") AS " + m + "_sorted");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + CELLS
            + " AS SELECT row_number() OVER (ORDER BY "
            + (names.isEmpty() ? "1" : String.join(", ", names))
            + ") AS cid, * FROM (SELECT "
            + String.join(", ", select)
            + " FROM "
            + TABLE
            + (names.isEmpty() ? "" : " GROUP BY ALL")
            + ")");
    return engine.query(
        "SELECT * EXCLUDE (amount_sorted, cycle_sorted) FROM " + CELLS + " ORDER BY cid",
        r -> {
          long id = r.getLong(1);
          List<String> values = new ArrayList<>();
          int c = 2;
          for (int i = 0; i < names.size(); i++) {
            values.add(r.getString(c++));
          }
          long n = r.getLong(c++);
          long open = r.getLong(c++);
          long won = r.getLong(c++);
          long lost = r.getLong(c++);
          long[] reached = new long[k];
          long[] inOrder = new long[k];
          long[] pairs = new long[k];
          for (int j = 0; j < k; j++) {
            reached[j] = r.getLong(c++);
            inOrder[j] = r.getLong(c++);
            pairs[j] = r.getLong(c++);
          }
          double pipeline = r.getDouble(c++);
          double bookings = r.getDouble(c++);
          Moments sizes = new Moments(r.getLong(c), r.getDouble(c + 1), r.getDouble(c + 2));
          c += 4;
          Moments cycles = new Moments(r.getLong(c), r.getDouble(c + 1), r.getDouble(c + 2));
          Tally tally =
              new Tally(
                  n, open, won, lost, reached, inOrder, pairs, pipeline, bookings, sizes, cycles);
          return new Cell(
              id,
              values,
              tally,
              Medians.orderStatisticRanks(cycles.count()),
              Medians.orderStatisticRanks(sizes.count()));
        });
  }

  /**
   * Returns the cell's cycle median, its interval's bounds, then the same for the deal size: the
   * values at the ranks {@link Medians#orderStatisticRanks} gives.
   */
  private double[] medians(Cell cell) {
    long id = cell.id();
    return engine.queryOne(
        "SELECT cycle_median, "
            + at("cycle_sorted", cell.cycleRanks().low())
            + ", "
            + at("cycle_sorted", cell.cycleRanks().high())
            + ", amount_median, "
            + at("amount_sorted", cell.sizeRanks().low())
            + ", "
            + at("amount_sorted", cell.sizeRanks().high())
            + " FROM "
            + CELLS
            + " WHERE cid = "
            + id,
        r -> {
          double[] out = new double[6];
          for (int i = 0; i < 6; i++) {
            out[i] = r.getDouble(i + 1);
            if (r.wasNull()) {
              out[i] = Double.NaN;
            }
          }
          return out;
        });
  }

  private static String at(String list, double rank) {
    return Double.isNaN(rank) ? "NULL" : list + "[" + (long) rank + "]";
  }
}
