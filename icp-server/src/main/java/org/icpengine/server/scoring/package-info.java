/**
 * Scoring with a workspace's published version: one account from JSON attributes in pure Java,
 * batches as a streamed JSON array or as a CSV file scored by the engine as {@code icp score} does.
 */
package org.icpengine.server.scoring;
