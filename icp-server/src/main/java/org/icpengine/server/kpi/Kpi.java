package org.icpengine.server.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.icpengine.server.ServerException;

/**
 * The ICP KPIs a workspace tracks. Shares are fractions 0–1, the lift a ratio, NRR a percentage
 * (100 = revenue kept), CAC money per acquired account. Each says whether higher is better.
 */
public enum Kpi {
  PIPELINE_SHARE_AB("Share of open pipeline from tiers A+B", Unit.SHARE, true),
  BOOKINGS_SHARE_AB("Share of bookings from tiers A+B", Unit.SHARE, true),
  WIN_RATE_LIFT_A_D("Win rate of tier A ÷ win rate of tier D", Unit.RATIO, true),
  TOP30_CONVERSION_SHARE("Share of won deals at the top 30 % of accounts by fit", Unit.SHARE, true),
  NRR_A("NRR, tier A", Unit.PERCENT, true),
  NRR_B("NRR, tier B", Unit.PERCENT, true),
  NRR_C("NRR, tier C", Unit.PERCENT, true),
  NRR_D("NRR, tier D", Unit.PERCENT, true),
  CHURN_A("Churn, tier A", Unit.SHARE, false),
  CHURN_B("Churn, tier B", Unit.SHARE, false),
  CHURN_C("Churn, tier C", Unit.SHARE, false),
  CHURN_D("Churn, tier D", Unit.SHARE, false),
  CAC_A("CAC, tier A", Unit.MONEY, false),
  CAC_B("CAC, tier B", Unit.MONEY, false),
  CAC_C("CAC, tier C", Unit.MONEY, false),
  CAC_D("CAC, tier D", Unit.MONEY, false);

  /** What a KPI's value measures. */
  public enum Unit {
    /** A fraction from 0 to 1. */
    SHARE,
    /** A ratio, 1 = no difference. */
    RATIO,
    /** A percentage, 100 = all kept. */
    PERCENT,
    /** Money per account. */
    MONEY
  }

  private final String label;
  private final Unit unit;
  private final boolean higherIsBetter;

  Kpi(String label, Unit unit, boolean higherIsBetter) {
    this.label = label;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** Returns the key used in the API and the database, such as {@code win_rate_lift_a_d}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns what people read. */
  public String label() {
    return label;
  }

  /** Returns the unit. */
  public Unit unit() {
    return unit;
  }

  /** Returns whether a higher value is better (false for churn and CAC). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * Returns the KPI with the key.
   *
   * @throws ServerException 404 naming the KPIs there are
   */
  public static Kpi of(String key) {
    for (Kpi kpi : values()) {
      if (kpi.key().equals(key)) {
        return kpi;
      }
    }
    throw ServerException.notFound(
        "no KPI '"
            + key
            + "': there are "
            + Arrays.stream(values()).map(Kpi::key).collect(Collectors.joining(", ")));
  }

  /**
   * Checks a target fits the unit: shares from 0 to 1, the others 0 or more, always a finite
   * number.
   *
   * @throws ServerException 400 saying what would fit
   */
  public void checkTarget(double target) {
    if (!Double.isFinite(target) || target < 0 || unit == Unit.SHARE && target > 1) {
      throw ServerException.badRequest(
          "the target of "
              + key()
              + " must be "
              + (unit == Unit.SHARE
                  ? "a share from 0 to 1 (0.6 for 60 %)"
                  : "a number of 0 or more")
              + ", not "
              + target);
    }
  }
}
