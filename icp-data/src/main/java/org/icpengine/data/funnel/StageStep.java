package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * One stage of a group's funnel. A won deal reached every open stage and the won stage; an open
 * deal reached the stages up to its own; a lost deal reached the stages up to the one it was lost
 * at when the data says so, else every open stage (docs/funnel.md, "Stages").
 *
 * @param stage the stage's name, as the data writes it; the last is the won stage
 * @param reached opportunities that reached this stage (reached-any-stage mode)
 * @param reachedInOrder opportunities that reached this stage and every stage before it (in order)
 * @param conversion of the opportunities that reached the previous stage, the share that reached
 *     this one (reached-any-stage), with its Wilson interval and the p-value of a test against the
 *     rest of the groups; missing for the first stage
 * @param conversionInOrder {@code reachedInOrder} of this stage ÷ that of the previous stage (in
 *     order), with interval and test; missing for the first stage
 * @param cumulative {@code reachedInOrder} ÷ the opportunities at the first stage, with interval
 *     and test
 */
public record StageStep(
    String stage,
    long reached,
    long reachedInOrder,
    Figure conversion,
    Figure conversionInOrder,
    Figure cumulative) {}
