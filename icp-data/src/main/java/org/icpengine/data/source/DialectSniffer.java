package org.icpengine.data.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the delimiter of a delimited text file from a sample of its start: the candidate that
 * splits the most records into the same number of fields, more than one.
 */
final class DialectSniffer {
  private static final int MAX_RECORDS = 500;

  private DialectSniffer() {}

  static CsvDialect sniff(String sample, boolean preferTab) {
    CsvDialect best = new CsvDialect(preferTab ? '\t' : ',', '"');
    double bestScore = -1;
    for (char delimiter : CsvDialect.CANDIDATES) {
      CsvDialect dialect = new CsvDialect(delimiter, '"');
      double score = score(dialect.parse(sample, MAX_RECORDS));
      if (preferTab && delimiter == '\t') {
        score += 1e-6;
      }
      if (score > bestScore) {
        best = dialect;
        bestScore = score;
      }
    }
    return best;
  }

  /** Scores consistency: the share of records with the modal field count, times that count. */
  private static double score(List<List<String>> records) {
    if (records.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (List<String> record : records) {
      if (!(record.size() == 1 && record.get(0).isBlank())) {
        counts.merge(record.size(), 1, Integer::sum);
      }
    }
    int headerFields = records.get(0).size();
    int modal = 1;
    int modalCount = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > modalCount
          || (entry.getValue() == modalCount && entry.getKey() == headerFields)) {
        modal = entry.getKey();
        modalCount = entry.getValue();
      }
    }
    if (modal <= 1) {
      return 0;
    }
    double consistency = (double) modalCount / records.size();
    double headerAgrees = headerFields == modal ? 1.0 : 0.5;
    return consistency * headerAgrees * Math.log(modal + 1);
  }
}
