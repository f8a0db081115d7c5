/**
 * Entity resolution: which account a row of another file (an enrichment vendor's export, a partner
 * list) is about, with a score, a band and the reason in words. Plain Java over values, no engine:
 * the callers read the names and domains out of the engine and write the links back.
 *
 * <p>Deterministic first: the registrable domain ({@link org.icpengine.data.matching.Domains}, the
 * public suffix list; free mail never a company key). Then names ({@link
 * org.icpengine.data.matching.CompanyNames}): case, accents, punctuation and legal forms folded
 * with lists that are data ({@code legal-suffixes.txt}, {@code abbreviations.txt}, {@code
 * stop-words.txt}), words weighted by how rare they are across both files ({@link
 * org.icpengine.data.matching.WordWeights}), compared by a soft TF-IDF that forgives one typo in a
 * long word, only within blocks that share a rare word ({@link
 * org.icpengine.data.matching.NameIndex}), never all pairs.
 *
 * <p>Start from {@link org.icpengine.data.matching.EntityMatcher}; its answer is a {@link
 * org.icpengine.data.matching.Link} in a {@link org.icpengine.data.matching.MatchBand} decided by
 * {@link org.icpengine.data.matching.MatchThresholds}.
 */
package org.icpengine.data.matching;
