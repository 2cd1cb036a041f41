package org.newstally.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the lines typed or piped into {@code newstally sql} into statements ended by ';'. A ';' inside a quoted
 * string, a back-quoted name or a "--" comment does not end a statement, so the example files in jobs/sql (which open
 * with comments) run as written. Each statement keeps the line it started on, for the error message.
 */
final class StatementSplitter {
  /** A complete statement (without its ';') and the 1-based line it starts on. */
  record Statement(String sql, int line) {}

  private final StringBuilder pending = new StringBuilder();
  private int startLine = -1;
  private int lineNo;
  private char quote;

  /** Feeds one line; returns the statements it completes (often none, sometimes several). */
  List<Statement> add(String line) {
    lineNo++;
    List<Statement> done = new ArrayList<>();
    boolean comment = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (comment) {
        pending.append(c);
        continue;
      }
      if (quote != 0) {
        pending.append(c);
        if (c == '\\' && quote != '`' && i + 1 < line.length()) {
          pending.append(line.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
        comment = true;
        pending.append(c);
        continue;
      }
      if (c == ';') {
        String sql = pending.toString().trim();
        if (!sql.isEmpty() && !onlyComments(sql)) {
          done.add(new Statement(sql, startLine));
        }
        pending.setLength(0);
        startLine = -1;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      }
      if (startLine < 0 && !Character.isWhitespace(c)) {
        startLine = lineNo;
      }
      pending.append(c);
    }
    pending.append('\n');
    return done;
  }

  /** True when nothing but whitespace and comments waits for its ';' (the prompt shows whether a statement is open). */
  boolean idle() {
    String s = pending.toString().trim();
    return quote == 0 && (s.isEmpty() || onlyComments(s));
  }

  /** What is left without a ';' at the end of the input (run as the last statement, as psql does not, but sqlite does). */
  Statement rest() {
    String sql = pending.toString().trim();
    pending.setLength(0);
    int line = startLine;
    startLine = -1;
    quote = 0;
    return sql.isEmpty() || onlyComments(sql) ? null : new Statement(sql, line);
  }

  /** Forgets a half-typed statement (Ctrl-C at the prompt). */
  void clear() {
    pending.setLength(0);
    startLine = -1;
    quote = 0;
  }

  private static boolean onlyComments(String sql) {
    return sql.lines().map(String::trim).allMatch(l -> l.isEmpty() || l.startsWith("--"));
  }
}
