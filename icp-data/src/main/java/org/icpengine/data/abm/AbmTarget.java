package org.icpengine.data.abm;

import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.core.stats.Figure;

/**
 * One prospect on the ABM list.
 *
 * @param rank its place, 1 first
 * @param row its row in the prospect file, 1 the first data row
 * @param name what names it in the file (its name, domain or first column)
 * @param tier its fit tier A–D
 * @param score its fit score 0–100
 * @param engagement its engagement score 0–100, when the model and the file have one
 * @param grade fit tier × engagement level, when the model has a priority
 * @param winRate its tier's win rate on closed deals in the funnel, Wilson interval
 * @param cac its tier's mean CAC per won account in the funnel, t interval; missing without spend
 * @param reasons the fit score's reasons
 */
public record AbmTarget(
    long rank,
    long row,
    String name,
    String tier,
    double score,
    OptionalDouble engagement,
    Optional<String> grade,
    Figure winRate,
    Figure cac,
    String reasons) {}
