package org.icpengine.data.personas;

import org.icpengine.core.stats.Figure;

/**
 * How often a persona sat on the buying committees of won deals against lost ones, among the closed
 * new-business deals of accounts of one tier.
 *
 * @param persona who
 * @param tier the accounts' ICP tier letter, or {@link #ALL_TIERS}
 * @param wonWith won deals whose committee had the persona
 * @param won won deals
 * @param dealsWith closed deals whose committee had the persona
 * @param deals closed deals
 * @param lift the win rate of deals with the persona on the committee divided by the win rate of
 *     all deals (a ratio; 1 is no effect), with its 95 % interval (Katz) and the p-value of the
 *     test that deals with and without the persona win equally often (Fisher or χ²)
 * @param qValue the Benjamini–Hochberg q-value over every persona and tier tested; 1 when not
 *     tested (fewer than {@link PersonaLifts#MIN_DEALS} deals with, or every deal with, the
 *     persona)
 */
public record PersonaLift(
    Persona persona,
    String tier,
    long wonWith,
    long won,
    long dealsWith,
    long deals,
    Figure lift,
    double qValue) {
  /** The tier of figures over the accounts of every tier. */
  public static final String ALL_TIERS = "all";

  /** The false discovery rate at which a persona is found. */
  public static final double FDR = 0.05;

  /** Returns the share of won deals whose committee had the persona, a fraction. */
  public double shareOfWon() {
    return won == 0 ? Double.NaN : (double) wonWith / won;
  }

  /** Returns the share of lost deals whose committee had the persona, a fraction. */
  public double shareOfLost() {
    long lost = deals - won;
    return lost == 0 ? Double.NaN : (double) (dealsWith - wonWith) / lost;
  }

  /**
   * Returns whether the persona was tested: at least {@link PersonaLifts#MIN_DEALS} closed deals
   * with it on the committee and at least one without.
   */
  public boolean tested() {
    return dealsWith >= PersonaLifts.MIN_DEALS && dealsWith < deals;
  }

  /**
   * Returns whether the persona is found: its q-value at most {@link #FDR} and its lift's interval
   * wholly above 1.
   */
  public boolean found() {
    return qValue <= FDR && lift.low() > 1;
  }
}
