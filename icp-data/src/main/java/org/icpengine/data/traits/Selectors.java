package org.icpengine.data.traits;

import static org.icpengine.data.engine.Engine.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.discovery.Bits;
import org.icpengine.core.discovery.Selector;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.Bands;
import org.icpengine.data.profile.ColumnProfile;

/**
 * Builds the selectors of discovery from a dataset: the engine codes every attribute per row in one
 * streamed query, in row order, and each level becomes a bitset. Levels, items, bands and one-sided
 * thresholds held by under 1 % of the rows are dropped; "lacks X" is never a selector, and a
 * missing value is its own level ("X unknown"), not a negative.
 */
public final class Selectors {
  private static final int FETCH_SIZE = 8_192;

  private Selectors() {}

  /** Returns the selectors of the given attribute columns. */
  public static List<Selector> build(Dataset dataset, List<ColumnProfile> columns) {
    int rows = Math.toIntExact(dataset.rows());
    List<AttributeCodes> attributes =
        columns.stream().map(c -> AttributeCodes.of(dataset, c)).toList();
    List<String> codes = new ArrayList<>();
    attributes.forEach(a -> codes.addAll(a.codes()));
    if (codes.isEmpty()) {
      return List.of();
    }
    List<LevelBits> bits = new ArrayList<>();
    attributes.forEach(a -> a.levels().forEach(l -> bits.add(new LevelBits(rows, l.size() + 1))));
    stream(dataset, codes, bits);
    List<Selector> selectors = new ArrayList<>();
    int code = 0;
    for (AttributeCodes attribute : attributes) {
      List<LevelBits> own = bits.subList(code, code + attribute.codes().size());
      selectors.addAll(selectorsOf(attribute, own, rows));
      code += attribute.codes().size();
    }
    return selectors;
  }

  private static void stream(Dataset dataset, List<String> codes, List<LevelBits> bits) {
    String sql =
        "SELECT "
            + String.join(", ", codes)
            + " FROM "
            + Dataset.CLEAN
            + " ORDER BY "
            + quote(CleanedTable.ROW);
    try (Statement statement = dataset.engine().connection().createStatement()) {
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet result = statement.executeQuery(sql)) {
        int row = 0;
        while (result.next()) {
          for (int i = 0; i < bits.size(); i++) {
            bits.get(i).set(row, result.getInt(i + 1));
          }
          row++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot code the attributes: " + e.getMessage(), e);
    }
  }

  private static List<Selector> selectorsOf(
      AttributeCodes attribute, List<LevelBits> codes, int rows) {
    ColumnProfile column = attribute.column();
    String category =
        column
            .meaning()
            .category()
            .map(AttributeCategory::label)
            .orElse(AttributeCategory.FIRMOGRAPHIC.label());
    List<Selector> selectors = new ArrayList<>();
    boolean set = attribute.codes().size() > 1 || attribute.levels().get(0).size() == 1;
    for (int i = 0; i < codes.size(); i++) {
      List<String> conditions = attribute.levels().get(i);
      List<Bits> levels = codes.get(i).levels().subList(0, conditions.size());
      int kept = set ? 1 : conditions.size(); // a set item keeps "has", never "lacks"
      for (int level = 0; level < kept; level++) {
        add(selectors, column.name(), category, conditions.get(level), levels.get(level), rows);
      }
      if (attribute.banded()) {
        thresholds(selectors, attribute, category, levels, rows);
      }
    }
    add(
        selectors,
        column.name(),
        category,
        column.name() + " unknown",
        codes.get(0).missing(),
        rows);
    return selectors;
  }

  private static void thresholds(
      List<Selector> selectors,
      AttributeCodes attribute,
      String category,
      List<Bits> bands,
      int rows) {
    String name = attribute.column().name();
    List<Double> bounds = attribute.bounds();
    for (int k = 1; k < bands.size(); k++) {
      Bits above = bands.get(k);
      for (int j = k + 1; j < bands.size(); j++) {
        above = above.or(bands.get(j));
      }
      add(selectors, name, category, name + " > " + Bands.compact(bounds.get(k - 1)), above, rows);
    }
    for (int k = 0; k < bands.size() - 2; k++) {
      Bits below = bands.get(0);
      for (int j = 1; j <= k; j++) {
        below = below.or(bands.get(j));
      }
      add(selectors, name, category, name + " ≤ " + Bands.compact(bounds.get(k)), below, rows);
    }
  }

  private static void add(
      List<Selector> selectors,
      String attribute,
      String category,
      String condition,
      Bits bits,
      int rows) {
    int support = bits.cardinality();
    if (support >= Math.ceil(AttributeCodes.MIN_SHARE * rows) && support < rows) {
      selectors.add(new Selector(attribute, category, condition, bits));
    }
  }

  /** The bitsets of one code column's levels, filled row by row. */
  private static final class LevelBits {
    private final Bits.Builder[] levels;
    private final Bits.Builder missing;

    LevelBits(int rows, int count) {
      levels = new Bits.Builder[count];
      for (int i = 0; i < count; i++) {
        levels[i] = Bits.builder(rows);
      }
      missing = Bits.builder(rows);
    }

    void set(int row, int level) {
      if (level < 0) {
        missing.set(row);
      } else {
        levels[level].set(row);
      }
    }

    List<Bits> levels() {
      List<Bits> built = new ArrayList<>();
      for (Bits.Builder level : levels) {
        built.add(level.build());
      }
      return built;
    }

    Bits missing() {
      return missing.build();
    }
  }
}
