package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * One piece of a tier's evidence for the roadmap: a survey answer its customers gave, or a trait
 * the fit score gave them.
 *
 * @param kind {@code job_to_be_done} (a question the assembly reads as a job), {@code pain} (a
 *     question about problems, challenges, frustrations), {@code context} (any other question:
 *     tools, attitudes) or {@code trait} (a reason of the fit score, its points left out)
 * @param question the survey question, or {@code fit score} for a trait
 * @param answer the answer (an option of a multi-choice question), or the trait in words
 * @param accounts the tier's customers who gave it
 * @param asked the tier's customers who answered the question (for a trait: its customers)
 * @param share accounts ÷ asked, Wilson interval
 * @param shareOfAll the same share over every tier's customers, to compare with
 */
public record CohortAnswer(
    String kind,
    String question,
    String answer,
    long accounts,
    long asked,
    Figure share,
    double shareOfAll) {}
