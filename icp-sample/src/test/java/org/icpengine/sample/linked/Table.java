package org.icpengine.sample.linked;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.icpengine.sample.RfcCsv;

/** One written CSV file read back strictly, with its cells looked up by header. */
record Table(List<String> header, List<List<String>> rows) {

  static Table read(Path file) throws IOException {
    List<List<String>> all = RfcCsv.read(file);
    return new Table(all.get(0), all.subList(1, all.size()));
  }

  String value(List<String> row, String column) {
    int index = header.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }
    return row.get(index);
  }

  Stream<String> column(String column) {
    return rows.stream().map(row -> value(row, column));
  }
}
