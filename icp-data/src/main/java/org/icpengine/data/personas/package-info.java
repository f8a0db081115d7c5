/**
 * Who the people at an account are, and which of them buy. Free-text job titles are normalised into
 * a function (sales, finance, …) and a seniority (C-level … individual contributor) by word rules
 * that users can extend ({@code title-rules.txt}, docs/titles.md). From a {@code sources.yaml} with
 * contacts and opportunity contact roles, personas are derived from the buying committees of won
 * and lost deals per ICP tier, written up as cards with their evidence, and every contact gets a
 * fit and every A/B account its committee gaps (docs/personas.md).
 *
 * <p>Start from {@link org.icpengine.data.personas.Titles} (one title), {@link
 * org.icpengine.data.personas.TitleFile} (a file's title column, in the engine) or {@link
 * org.icpengine.data.personas.Personas} (personas and contact fit, in the engine). The rules and
 * their matching ({@link org.icpengine.data.personas.TitleRules}, {@link
 * org.icpengine.data.personas.TitleText}) are plain Java.
 */
package org.icpengine.data.personas;
