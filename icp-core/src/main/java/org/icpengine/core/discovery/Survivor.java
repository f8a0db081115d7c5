package org.icpengine.core.discovery;

/**
 * A segment that passed the redundancy filter and goes on to confirmation.
 *
 * @param path the selector indices into the canonical list, ascending; never changed
 * @param direction the direction it was found in
 * @param segment the segment as measured on the discovery half
 */
record Survivor(int[] path, Direction direction, Segment segment) {}
