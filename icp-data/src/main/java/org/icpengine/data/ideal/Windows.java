package org.icpengine.data.ideal;

import java.util.ArrayList;
import java.util.List;

/**
 * The window of a windowed call: {@code OVER ([PARTITION BY …] [ORDER BY … [ASC|DESC] [NULLS
 * FIRST|LAST]] [ROWS|RANGE frame])}. Named windows are not part of the language.
 */
final class Windows {
  private final Parser parser;

  Windows(Parser parser) {
    this.parser = parser;
  }

  Node.Window window() {
    if (!parser.peek().is("(")) {
      throw Refusals.notAllowed("a named window (write OVER (…))");
    }
    parser.expect("(");
    List<Node> partitionBy = new ArrayList<>();
    if (parser.acceptWord("PARTITION")) {
      parser.expectWord("BY");
      do {
        partitionBy.add(parser.expression());
      } while (parser.accept(","));
    }
    List<Node> orderBy = new ArrayList<>();
    List<String> directions = new ArrayList<>();
    if (parser.acceptWord("ORDER")) {
      parser.expectWord("BY");
      do {
        orderBy.add(parser.expression());
        directions.add(direction());
      } while (parser.accept(","));
    }
    String frame = frame();
    parser.expect(")");
    return new Node.Window(partitionBy, orderBy, directions, frame);
  }

  private String direction() {
    String direction = "";
    if (parser.peek().isWord("ASC") || parser.peek().isWord("DESC")) {
      direction = " " + parser.next().word();
    }
    if (parser.acceptWord("NULLS")) {
      if (!parser.peek().isWord("FIRST") && !parser.peek().isWord("LAST")) {
        throw Refusals.expected("FIRST or LAST", parser.peek());
      }
      direction += " NULLS " + parser.next().word();
    }
    return direction;
  }

  private String frame() {
    if (!parser.peek().isWord("ROWS") && !parser.peek().isWord("RANGE")) {
      return "";
    }
    String unit = parser.next().word();
    if (!parser.acceptWord("BETWEEN")) {
      return unit + " " + bound();
    }
    String start = bound();
    parser.expectWord("AND");
    return unit + " BETWEEN " + start + " AND " + bound();
  }

  private String bound() {
    if (parser.acceptWord("UNBOUNDED")) {
      return "UNBOUNDED " + side();
    }
    if (parser.acceptWord("CURRENT")) {
      parser.expectWord("ROW");
      return "CURRENT ROW";
    }
    Token offset = parser.next();
    if (offset.kind() != Token.Kind.NUMBER || !offset.text().matches("[0-9]{1,9}")) {
      throw Refusals.expected("UNBOUNDED, CURRENT ROW or a whole number of rows", offset);
    }
    return offset.text() + " " + side();
  }

  private String side() {
    if (!parser.peek().isWord("PRECEDING") && !parser.peek().isWord("FOLLOWING")) {
      throw Refusals.expected("PRECEDING or FOLLOWING", parser.peek());
    }
    return parser.next().word();
  }
}
