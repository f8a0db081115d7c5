/**
 * Who the people at an account are. For now: free-text job titles normalised into a function
 * (sales, finance, …) and a seniority (C-level … individual contributor) by word rules that users
 * can extend ({@code title-rules.txt}, docs/titles.md). To come: personas derived from the buying
 * committees of won and lost deals, and each contact's fit.
 *
 * <p>Start from {@link org.icpengine.data.personas.Titles} (one title) or {@link
 * org.icpengine.data.personas.TitleFile} (a file's title column, in the engine). The rules and
 * their matching ({@link org.icpengine.data.personas.TitleRules}, {@link
 * org.icpengine.data.personas.TitleText}) are plain Java: nothing here but {@code TitleFile} needs
 * the engine.
 */
package org.icpengine.data.personas;
