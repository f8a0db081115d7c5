/**
 * Keeping an ICP true: whether its score model still describes the accounts it is used on, and
 * whether a segment of accounts fits it. Start from {@link org.icpengine.data.drift.Drift} ({@code
 * icp drift}): two files read in engines of their own, binned on the model's own bins and scored by
 * the model ({@link org.icpengine.data.fit.ModelRows}), then judged by {@code core.drift}; {@link
 * org.icpengine.data.drift.DriftJson} is the documented JSON. {@link
 * org.icpengine.data.drift.SegmentCheck} ({@code icp segment-check}) judges a segment given in the
 * ideal expression language.
 */
package org.icpengine.data.drift;
