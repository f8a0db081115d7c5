/**
 * Cleaning of messy export values: numbers with currency, separators, suffixes and units; ranges
 * and bands; booleans; dates; countries; domains; categories folded to one spelling; multi-valued
 * cells; placeholders. Cleaning runs inside the engine as SQL built by {@link
 * org.icpengine.data.clean.CleaningPlan}; the vocabulary work (countries, spellings) is Java, in
 * {@link org.icpengine.model.clean.Countries} and {@link org.icpengine.model.clean.Spellings}.
 */
package org.icpengine.data.clean;
