package org.icpengine.data.fit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * What scoring a market (accounts with no outcome) says beyond each row: the accounts per tier, the
 * ideal accounts expected per tier — the sum of the scored accounts' calibrated probabilities of
 * being ideal ({@link ModelRows#probability}) — and how many accounts lie outside the training
 * support.
 *
 * <p>The probabilities are calibrated on the accounts the model was trained on, never a sample of
 * the market. When those were the contacted accounts, won against lost ({@link
 * TrainingSupport.Base#WON_VS_LOST}), the score ranks the market but its expected counts assume the
 * market looks like them ({@link #caveat()}).
 *
 * @param tiers A, B, C, D in that order, each with its accounts and expected ideal accounts
 * @param unscored the accounts without a tier (insufficient data)
 * @param outsideSupport the scored accounts with a fit value outside the training support
 * @param support the model's training support, empty when icp.json records none
 */
public record MarketSummary(
    List<Tier> tiers, long unscored, long outsideSupport, Optional<TrainingSupport> support) {
  /** Copies the list. */
  public MarketSummary {
    tiers = List.copyOf(tiers);
  }

  /**
   * One tier.
   *
   * @param tier A, B, C or D
   * @param accounts the market's accounts in the tier
   * @param expectedIdeal the sum of their calibrated probabilities of being ideal (accounts
   *     disqualified without a score add nothing)
   */
  public record Tier(String tier, long accounts, double expectedIdeal) {
    /** Returns the expected share of ideal accounts in the tier, NaN when it is empty. */
    public double expectedRate() {
      return accounts == 0 ? Double.NaN : expectedIdeal / accounts;
    }
  }

  /** Returns the ideal accounts expected in the whole market. */
  public double expectedIdeal() {
    return tiers.stream().mapToDouble(Tier::expectedIdeal).sum();
  }

  /** Returns the accounts with a tier. */
  public long tiered() {
    return tiers.stream().mapToLong(Tier::accounts).sum();
  }

  /**
   * Returns the caveat on the expected counts: present when the model was trained on the contacted
   * accounts, won against lost, or when icp.json does not record what it was trained on.
   */
  public Optional<String> caveat() {
    if (support.isPresent() && support.get().base() != TrainingSupport.Base.WON_VS_LOST) {
      return Optional.empty();
    }
    String base =
        support
            .map(
                s ->
                    String.format(
                        Locale.ROOT, "the %,d contacted accounts (won vs lost)", s.rows()))
            .orElse("the accounts it was derived from (icp.json does not record which)");
    return Optional.of(
        "The score ranks the market, but its probabilities assume the market looks like "
            + base
            + ": accounts never contacted are usually less often ideal at the same score, so read"
            + " the expected counts as an upper bound and the ranking as the finding.");
  }
}
