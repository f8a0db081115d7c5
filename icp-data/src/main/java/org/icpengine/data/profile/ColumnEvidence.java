package org.icpengine.data.profile;

import java.util.Map;
import java.util.Optional;

/**
 * What a sample of one column shows about its type: how many values each parser reads.
 *
 * @param nonBlank values that are neither empty nor a placeholder
 * @param numbers values read as numbers
 * @param booleans values read as yes/no
 * @param domains values read as web domains
 * @param listSeparated values holding a semicolon or pipe
 * @param commaSeparated values holding a comma
 * @param bestDateFormat the date format that reads the most values, if any reads one
 * @param dates values the best date format reads
 * @param values the distinct values with their counts, at most {@link SampleEvidence#MAX_DISTINCT}
 * @param distinct the number of distinct values in the sample
 */
record ColumnEvidence(
    long nonBlank,
    long numbers,
    long booleans,
    long domains,
    long listSeparated,
    long commaSeparated,
    Optional<String> bestDateFormat,
    long dates,
    Map<String, Long> values,
    long distinct) {

  boolean most(long count, double share) {
    return nonBlank > 0 && count >= share * nonBlank;
  }
}
