package org.newstally.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tab-separated lexicon file: a header line naming the columns, then one entry per line. Lines starting with
 * {@code #} and blank lines are ignored. Every problem is reported with the file name and line number, because
 * lexicons are edited by hand.
 */
public final class TsvTable {

  /** One data line, with its line number for error messages. */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> index;
    private final String[] cells;

    Row(String file, int line, Map<String, Integer> index, String[] cells) {
      this.file = file;
      this.line = line;
      this.index = index;
      this.cells = cells;
    }

    /** The cell of a required column; fails with file:line when it is empty. */
    public String get(String column) {
      String v = opt(column);
      if (v.isEmpty()) {
        throw error("column '" + column + "' is empty");
      }
      return v;
    }

    /** The cell of a column, trimmed; empty string when absent or empty. */
    public String opt(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new LexiconException(file + ": no column '" + column + "' in the header");
      }
      return i < cells.length ? cells[i].trim() : "";
    }

    /** A |-separated list cell, trimmed, empties dropped. */
    public List<String> list(String column) {
      String v = opt(column);
      if (v.isEmpty()) {
        return Collections.emptyList();
      }
      List<String> out = new ArrayList<>();
      for (String part : v.split("\\|")) {
        String p = part.trim();
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
      return out;
    }

    public boolean bool(String column) {
      String v = opt(column).toLowerCase(Locale.ROOT);
      switch (v) {
        case "true": case "yes": case "1": return true;
        case "false": case "no": case "0": case "": return false;
        default: throw error("column '" + column + "' must be true or false, not '" + v + "'");
      }
    }

    public double number(String column) {
      String v = get(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw error("column '" + column + "' must be a number, not '" + v + "'");
      }
    }

    public int line() {
      return line;
    }

    public String where() {
      return file + ":" + line;
    }

    public LexiconException error(String message) {
      return new LexiconException(where() + ": " + message);
    }
  }

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private TsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Parses {@code content} of the file called {@code file}; {@code required} columns must all be in the header.
   */
  public static TsvTable parse(String file, String content, String... required) {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    Map<String, Integer> index = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new StringReader(content))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = Arrays.asList(cells);
          for (int i = 0; i < cells.length; i++) {
            index.put(cells[i].trim(), i);
          }
          for (String r : required) {
            if (!index.containsKey(r)) {
              throw new LexiconException(file + ":" + n + ": header lacks column '" + r + "' (header is "
                  + header + "; columns are separated by tabs)");
            }
          }
          continue;
        }
        if (cells.length > header.size()) {
          throw new LexiconException(file + ":" + n + ": " + cells.length + " cells but the header has "
              + header.size() + " columns (a stray tab?)");
        }
        rows.add(new Row(file, n, index, cells));
      }
    } catch (IOException e) {
      throw new LexiconException(file + ": cannot read", e);
    }
    if (header == null) {
      throw new LexiconException(file + ": empty file, expected a header line");
    }
    return new TsvTable(file, header, Collections.unmodifiableList(rows));
  }

  public String file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }
}
