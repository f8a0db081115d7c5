package org.icpengine.model.scoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link ScoreTable}'s reasons written as UTF-8 bytes from a row's bin codes, byte for byte the
 * text {@link ReasonWords#reasonsBody} gives, for an engine that scores millions of rows: each
 * label is encoded once, and a row's five largest contributions are picked by a small selection in
 * the order of {@link ScoreTable#terms} instead of a sorted list of objects.
 *
 * <p>The writer is immutable and may be shared; each thread writes through its own {@link Row}.
 */
public final class ReasonWriter {
  private static final byte[] BASE = utf8(ReasonWords.BASE);
  private static final byte[] NO_TERMS = utf8(ReasonWords.NO_TERMS);
  private static final byte[] SEPARATOR = utf8(ReasonWords.SEPARATOR);
  private static final byte[] PLUS = utf8(ReasonWords.PLUS);
  private static final byte[] MINUS = utf8(ReasonWords.MINUS);
  private static final byte[] FROM = utf8(ReasonWords.FROM);
  private static final byte[] MORE = utf8(ReasonWords.MORE);
  private static final byte[] CAPPED_HIGH = utf8(ReasonWords.CAPPED_HIGH);
  private static final byte[] CAPPED_LOW = utf8(ReasonWords.CAPPED_LOW);
  private static final byte[] WITH = utf8(ScoreTable.WITH);
  private static final int TOP = ReasonWords.TOP_REASONS;

  private final ScoreTable table;
  private final boolean[] absent;
  private final byte[][] labels;

  private ReasonWriter(ScoreTable table, boolean[] absent) {
    this.table = table;
    this.absent = absent.clone();
    labels = new byte[table.labelCount()][];
    for (int l = 0; l < labels.length; l++) {
      labels[l] = utf8(table.label(l));
    }
  }

  /**
   * Returns the writer of a table's reasons; {@code absent} says, per attribute, whether its column
   * is absent (worth 0 points), as for {@link ScoreTable#terms}.
   */
  public static ReasonWriter of(ScoreTable table, boolean[] absent) {
    if (absent.length != table.size()) {
      throw new IllegalArgumentException(
          "the table has " + table.size() + " attributes, not " + absent.length);
    }
    return new ReasonWriter(table, absent);
  }

  /** Returns a new row to write through, one per thread. */
  public Row row() {
    return new Row();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One thread's scratch: the row's largest contributions so far and the bytes of its text. */
  public final class Row implements ScoreTable.TermSink {
    private final int[] points = new int[TOP];
    private final int[] label = new int[TOP];
    private final int[] second = new int[TOP];
    private int kept;
    private int count;
    private int total;
    private byte[] text = new byte[256];
    private int length;

    private Row() {}

    /** Returns the reasons of a row with these codes, one per attribute in table order. */
    public byte[] reasons(int[] codes) {
      kept = 0;
      count = 0;
      total = 0;
      length = 0;
      table.forEachTerm(codes, absent, this);
      write(table.sum(codes, absent));
      return Arrays.copyOf(text, length);
    }

    @Override
    public void accept(int p, int l, int s) {
      count++;
      total += p;
      if (kept == TOP && !before(p, l, s, TOP - 1)) {
        return;
      }
      int at = Math.min(kept, TOP - 1);
      while (at > 0 && before(p, l, s, at - 1)) {
        at--;
      }
      int moved = Math.min(kept, TOP - 1) - at;
      System.arraycopy(points, at, points, at + 1, moved);
      System.arraycopy(label, at, label, at + 1, moved);
      System.arraycopy(second, at, second, at + 1, moved);
      points[at] = p;
      label[at] = l;
      second[at] = s;
      kept = Math.min(kept + 1, TOP);
    }

    /**
     * Whether a term comes strictly before the kept one at {@code i} in {@link ScoreTable#ORDER}.
     */
    private boolean before(int p, int l, int s, int i) {
      int q = points[i];
      if (Math.abs(p) != Math.abs(q)) {
        return Math.abs(p) > Math.abs(q);
      }
      if (p != q) {
        return p < q;
      }
      return l != label[i] ? l < label[i] : s < second[i];
    }

    private void write(int sum) {
      append(BASE);
      if (count == 0) {
        append(NO_TERMS);
      }
      int shown = 0;
      for (int i = 0; i < kept; i++) {
        if (i > 0) {
          append(SEPARATOR);
        }
        signed(points[i]);
        append(' ');
        append(labels[label[i]]);
        if (second[i] >= 0) {
          append(WITH);
          append(labels[second[i]]);
        }
        shown += points[i];
      }
      int rest = total - shown;
      if (count > TOP && rest != 0) {
        append(SEPARATOR);
        signed(rest);
        append(FROM);
        number(count - TOP);
        append(MORE);
      }
      cap(sum);
    }

    private void cap(int sum) {
      if (sum > 100) {
        append(SEPARATOR);
        append(MINUS);
        number(sum - 100);
        append(CAPPED_HIGH);
      } else if (sum < 0) {
        append(SEPARATOR);
        append(PLUS);
        number(-(long) sum);
        append(CAPPED_LOW);
      }
    }

    private void signed(int value) {
      append(value > 0 ? PLUS : MINUS);
      number(Math.abs((long) value));
    }

    private void number(long value) {
      if (value >= 10) {
        number(value / 10);
      }
      append((char) ('0' + value % 10));
    }

    private void append(char ascii) {
      room(1);
      text[length++] = (byte) ascii;
    }

    private void append(byte[] bytes) {
      room(bytes.length);
      System.arraycopy(bytes, 0, text, length, bytes.length);
      length += bytes.length;
    }

    private void room(int more) {
      if (length + more > text.length) {
        text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
      }
    }
  }
}
