package org.icpengine.model.scoring;

/**
 * A hard rule that puts an account in tier D whatever its score: a level of a category column or an
 * item of a multi-valued column, from a published disqualifying trait or written by hand.
 *
 * @param column the file column
 * @param value the level (or item) that disqualifies, matched on its folding key
 * @param reason the words given in the account's reasons
 */
public record Disqualifier(String column, String value, String reason) {}
