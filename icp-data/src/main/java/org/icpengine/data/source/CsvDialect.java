package org.icpengine.data.source;

import java.util.ArrayList;
import java.util.List;

/**
 * How a delimited text file is written: its delimiter and quote character. Records follow RFC 4180:
 * a quoted field may hold delimiters, doubled quotes and line breaks.
 *
 * @param delimiter the field separator: comma, semicolon, tab or pipe
 * @param quote the quote character
 */
public record CsvDialect(char delimiter, char quote) {
  /** The delimiters tried when sniffing, in order of preference on a tie. */
  static final char[] CANDIDATES = {',', ';', '\t', '|'};

  /** Returns a readable name of the delimiter for reports. */
  public String delimiterName() {
    switch (delimiter) {
      case ',':
        return "comma";
      case ';':
        return "semicolon";
      case '\t':
        return "tab";
      case '|':
        return "pipe";
      default:
        return "'" + delimiter + "'";
    }
  }

  /**
   * Splits text into records of fields. A record cut off at the end of the text (an unclosed quote)
   * is dropped, so a sample may end anywhere.
   */
  public List<List<String>> parse(String text, int maxRecords) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    int n = text.length();
    while (i < n && records.size() < maxRecords) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == quote && i + 1 < n && text.charAt(i + 1) == quote) {
          field.append(quote);
          i += 2;
          continue;
        }
        if (c == quote) {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == quote && field.length() == 0) {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        field.append(c);
      }
      i++;
    }
    if (!quoted && (field.length() > 0 || !fields.isEmpty()) && records.size() < maxRecords) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }

  /** Parses a single line into its fields. */
  public List<String> parseLine(String line) {
    List<List<String>> records = parse(line, 1);
    return records.isEmpty() ? List.of() : records.get(0);
  }
}
