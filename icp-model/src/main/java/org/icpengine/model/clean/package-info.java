/**
 * Cleaning one value in Java exactly as the engine's cleaning macros clean a cell ({@link
 * org.icpengine.model.clean.ValueCleaner}): numbers ({@link org.icpengine.model.clean.NumberText}),
 * yes/no words, countries ({@link org.icpengine.model.clean.Countries}), domains, category
 * spellings ({@link org.icpengine.model.clean.Spellings}), placeholders, the engine's text
 * primitives ({@link org.icpengine.model.clean.EngineText}). The patterns both share are in {@link
 * org.icpengine.model.clean.ValuePatterns}; icp-data's {@code data.clean} builds the SQL from them.
 */
package org.icpengine.model.clean;
