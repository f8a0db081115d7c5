package org.icpengine.server.scoring;

import java.time.Instant;

/**
 * A column match a workspace confirmed: the file column that holds a model column.
 *
 * @param modelColumn the column of the score model
 * @param fileColumn the column of the uploaded files that holds it
 * @param confirmedBy who confirmed it
 * @param confirmedAt when
 */
public record ConfirmedMatch(
    String modelColumn, String fileColumn, String confirmedBy, Instant confirmedAt) {}
