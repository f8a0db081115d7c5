/**
 * {@code icp sources}: start from {@link org.icpengine.cli.sources.SourcesCommand}; {@code init} is
 * {@link org.icpengine.cli.sources.SourcesInitCommand}.
 */
package org.icpengine.cli.sources;
