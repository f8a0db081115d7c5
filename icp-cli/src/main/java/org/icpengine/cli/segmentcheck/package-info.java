/**
 * {@code icp segment-check}: whether a segment of accounts fits the ICP. Start from {@link
 * org.icpengine.cli.segmentcheck.SegmentCheckCommand}.
 */
package org.icpengine.cli.segmentcheck;
