package org.icpengine.data.funnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.stats.Figure;

/**
 * The finance view: bookings and 12-month revenue expected from the open pipeline, by tier, and the
 * shift scenario when asked for.
 *
 * @param asOf the day forecast from
 * @param tiers each tier's open pipeline and expectations
 * @param bookings the sum over tiers, the interval the sums of the tiers' bounds
 * @param revenue12m the same for the 12-month revenue
 * @param scenario the shift scenario
 * @param assumptions the rules behind the figures, in words
 */
public record Forecast(
    LocalDate asOf,
    List<TierForecast> tiers,
    Figure bookings,
    Figure revenue12m,
    Optional<Scenario> scenario,
    List<String> assumptions) {

  /** Copies the lists. */
  public Forecast {
    tiers = List.copyOf(tiers);
    assumptions = List.copyOf(assumptions);
  }
}
