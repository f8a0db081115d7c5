package org.icpengine.model.scoring;

/**
 * One part of an account's score, as a reason gives it: "+18 Industry is Fintech" is the label
 * "Industry is Fintech" and 18 points.
 *
 * @param label the words: an attribute's bin ("NumberOfEmployees > 200 and ≤ 1,000"), "X unknown"
 *     for a missing multi-valued cell, or two bins joined by " with " for an interaction
 * @param points the points, never zero
 */
public record Contribution(String label, int points) {}
