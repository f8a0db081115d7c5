package org.icpengine.bench;

import java.util.List;
import org.icpengine.core.score.TrainingData;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.sample.PlantedIcp;

/**
 * The planted oracle of the generated sample: a score that knows which attributes the sample's ICP
 * was planted on and how, and nothing else. Each row falls in one cell of the planted structure as
 * the file shows it — industry planted, disqualified, other or unknown; head count inside the
 * planted band, outside, in a bin straddling its edge, or unknown; Snowflake in the tech stack,
 * not, or unknown — and scores the ideal rate of its cell on the training rows (smoothed towards
 * the overall rate by one row's weight). It is the best a model of these columns can do on the
 * planted signal, the ceiling the fit score is measured against.
 */
final class PlantedOracle {
  private final int industry;
  private final int employees;
  private final int technology;
  private final List<FitAttribute> attributes;
  private final double[] rates = new double[4 * 4 * 3];

  private PlantedOracle(List<FitAttribute> attributes) {
    this.attributes = attributes;
    industry = find(attributes, "Industry", FitAttribute.Kind.CATEGORY);
    employees = find(attributes, "NumberOfEmployees", FitAttribute.Kind.NUMBER);
    technology = find(attributes, "Tech Stack", FitAttribute.Kind.SET_ITEM);
  }

  /**
   * Learns each cell's ideal rate on the training rows.
   *
   * @throws IllegalStateException when an attribute of the planted ICP is missing
   */
  static PlantedOracle train(List<FitAttribute> attributes, TrainingData train) {
    PlantedOracle oracle = new PlantedOracle(attributes);
    double overall = (double) train.positives() / train.rows();
    double[] rows = new double[oracle.rates.length];
    double[] ideal = new double[oracle.rates.length];
    for (int i = 0; i < train.rows(); i++) {
      int cell = oracle.cell(train, i);
      rows[cell]++;
      ideal[cell] += train.labels()[i] ? 1 : 0;
    }
    for (int c = 0; c < rows.length; c++) {
      oracle.rates[c] = (ideal[c] + overall) / (rows[c] + 1);
    }
    return oracle;
  }

  /** Returns each row's score: its cell's ideal rate on the training rows. */
  double[] probabilities(TrainingData rows) {
    double[] p = new double[rows.rows()];
    for (int i = 0; i < p.length; i++) {
      p[i] = rates[cell(rows, i)];
    }
    return p;
  }

  private int cell(TrainingData data, int row) {
    return (industryState(data.code(industry, row)) * 4 + employeeState(data.code(employees, row)))
            * 3
        + technologyState(data.code(technology, row));
  }

  /** 0 unknown, 1 a planted industry, 2 the disqualified industry, 3 another. */
  private int industryState(int code) {
    if (code == 0) {
      return 0;
    }
    List<String> levels = attributes.get(industry).levels();
    String level = code <= levels.size() ? levels.get(code - 1) : "";
    if (PlantedIcp.INDUSTRIES.stream().anyMatch(level::equalsIgnoreCase)) {
      return 1;
    }
    return PlantedIcp.DISQUALIFIED_INDUSTRY.equalsIgnoreCase(level) ? 2 : 3;
  }

  /** 0 unknown, 1 inside the planted band, 2 outside, 3 a bin straddling an edge of the band. */
  private int employeeState(int code) {
    if (code == 0) {
      return 0;
    }
    List<Double> bounds = attributes.get(employees).upperBounds();
    double low = code == 1 ? Double.NEGATIVE_INFINITY : bounds.get(code - 2);
    double high = code - 1 < bounds.size() ? bounds.get(code - 1) : Double.POSITIVE_INFINITY;
    if (low >= PlantedIcp.MIN_EMPLOYEES - 1 && high <= PlantedIcp.MAX_EMPLOYEES) {
      return 1;
    }
    if (high < PlantedIcp.MIN_EMPLOYEES || low >= PlantedIcp.MAX_EMPLOYEES) {
      return 2;
    }
    return 3;
  }

  /** 0 unknown, 1 has the planted technology, 2 has not. */
  private static int technologyState(int code) {
    return code;
  }

  private static int find(List<FitAttribute> attributes, String column, FitAttribute.Kind kind) {
    for (int f = 0; f < attributes.size(); f++) {
      FitAttribute a = attributes.get(f);
      boolean item =
          kind != FitAttribute.Kind.SET_ITEM
              || a.levels().stream().anyMatch(PlantedIcp.TECHNOLOGY::equalsIgnoreCase);
      if (a.column().equals(column) && a.kind() == kind && item) {
        return f;
      }
    }
    throw new IllegalStateException("the planted ICP's attribute " + column + " is not modelled");
  }
}
