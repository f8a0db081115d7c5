package org.icpengine.model.scoring;

/**
 * The priority: one ranking to work from, trained on the ideal target over the fit attributes and
 * the engagement (behavioural) attributes together, as a points table whose points add up like the
 * fit score's; each contribution's reason names its {@link Side}. And the grade's engagement
 * levels: a row's grade is its fit tier and its engagement level, {@code "A-high"} … {@code
 * "D-low"}.
 *
 * <p>The fit score and the engagement score stay as they are; the priority sits beside them. A
 * model without engagement columns has no priority: there the fit score is the priority.
 *
 * @param points the priority's points table: fit attributes first, then engagement attributes
 * @param levels the engagement score's cut points for the grade
 */
public record Priority(PointsTable points, EngagementLevels levels) {}
