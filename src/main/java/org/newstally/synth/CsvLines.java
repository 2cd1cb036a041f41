package org.newstally.synth;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of comma-separated values with RFC 4180 double quotes ("a, b" and "" escapes). */
final class CsvLines {
  private CsvLines() {}

  static List<String> split(String line, String where) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(where + ": unterminated quoted field (fields spanning lines are not supported)");
    }
    cells.add(cell.toString());
    return cells;
  }
}
