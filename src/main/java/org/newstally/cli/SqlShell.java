package org.newstally.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.newstally.io.TableSchema;

/**
 * The prompt of {@code newstally sql} with no query: one Spark session and its views, created once, answer every
 * statement, so a question costs the query and not a JVM start. Statements end with ';'; backslash commands
 * (\tables, \d TABLE, \i FILE, \format, \q) are one line each. Interactive input keeps going after an error; a piped
 * script stops at the first one and says its line, so a failing script fails its caller.
 */
final class SqlShell {
  private static final String JOB_GROUP = "newstally-sql-shell";
  static final String HELP = String.join("\n",
      "Statements end with ';' and may span lines. Commands:",
      "  \\tables                  the tables registered as views",
      "  \\d TABLE                 the documented schema of a table",
      "  \\i FILE                  run the statements in a file (e.g. jobs/sql/strikes_per_night.sql)",
      "  \\format table|csv|json   how results are printed",
      "  \\timing                  print each query's time (on by default at the prompt)",
      "  \\q                       quit (or Ctrl-D); Ctrl-C cancels the running query");

  private final SparkSession spark;
  private final List<String> views;
  private final int limit;
  private final PrintStream out;
  private final PrintStream err;
  private String format;
  private boolean timing;

  SqlShell(SparkSession spark, List<String> views, String format, int limit, PrintStream out, PrintStream err) {
    this.spark = spark;
    this.views = views;
    this.format = format;
    this.limit = limit;
    this.out = out;
    this.err = err;
  }

  /** Runs a script read from {@code in} (piped stdin): 0 when every statement ran, 1 at the first error. */
  int runScript(BufferedReader in, String name) throws IOException {
    StatementSplitter splitter = new StatementSplitter();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (splitter.idle() && line.trim().startsWith("\\")) {
        if (!command(line.trim(), name + ":" + lineNo)) {
          return 1;
        }
        splitter.add("");
        continue;
      }
      for (StatementSplitter.Statement s : splitter.add(line)) {
        if (!execute(s.sql(), name + ":" + s.line())) {
          return 1;
        }
      }
    }
    StatementSplitter.Statement last = splitter.rest();
    return last == null || execute(last.sql(), name + ":" + last.line()) ? 0 : 1;
  }

  /** The interactive prompt on a terminal: history, line editing, Ctrl-C cancels the running query. */
  int runInteractive() throws IOException {
    timing = true;
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      Path history = Paths.get(System.getProperty("user.home"), ".newstally_sql_history");
      // JLine's shell habits would rewrite SQL: '!' expands history ("a != b") and '\\' escapes ("\\d" becomes "d")
      DefaultParser parser = new DefaultParser();
      parser.setEscapeChars(new char[0]);
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("newstally sql").parser(parser)
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .variable(LineReader.HISTORY_FILE, history).build();
      // Ctrl-C while a query runs reaches the terminal as a signal: cancel the Spark jobs, keep the session
      terminal.handle(Terminal.Signal.INT, sig -> spark.sparkContext().cancelJobGroup(JOB_GROUP));
      out.println("newstally sql: " + views.size() + " tables (" + String.join(", ", views) + "); \\? for help");
      StatementSplitter splitter = new StatementSplitter();
      while (true) {
        String line;
        try {
          line = reader.readLine(splitter.idle() ? "newstally> " : "       ...> ");
        } catch (UserInterruptException e) {
          splitter.clear();
          continue;
        } catch (EndOfFileException e) {
          return 0;
        }
        if (splitter.idle() && line.trim().startsWith("\\")) {
          if (line.trim().equals("\\q")) {
            return 0;
          }
          command(line.trim(), "prompt");
          continue;
        }
        for (StatementSplitter.Statement s : splitter.add(line)) {
          execute(s.sql(), "prompt");
        }
      }
    }
  }

  /** One backslash command; false when it failed (a piped script then stops). */
  private boolean command(String line, String where) throws IOException {
    String[] parts = line.split("\\s+", 2);
    String arg = parts.length > 1 ? parts[1].trim().replaceAll(";$", "") : "";
    switch (parts[0]) {
      case "\\?":
      case "\\h":
        out.println(HELP);
        return true;
      case "\\tables":
      case "\\dt":
        for (String v : views) {
          out.println(v + " — one row per " + TableSchema.of(v).row());
        }
        return true;
      case "\\d":
        if (arg.isEmpty() || !TableSchema.TABLES.contains(arg)) {
          return fail(where, "\\d needs a table name, one of " + String.join(", ", TableSchema.TABLES));
        }
        describe(TableSchema.of(arg));
        return true;
      case "\\format":
        String f = arg.toLowerCase(Locale.ROOT);
        if (!f.equals("table") && !f.equals("csv") && !f.equals("json")) {
          return fail(where, "\\format takes table, csv or json, not '" + arg + "'");
        }
        format = f;
        return true;
      case "\\timing":
        timing = !timing;
        out.println("timing " + (timing ? "on" : "off"));
        return true;
      case "\\i":
        Path file = Paths.get(arg);
        if (arg.isEmpty() || !Files.isReadable(file)) {
          return fail(where, "\\i cannot read '" + arg + "'");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return runScript(in, arg) == 0;
        }
      case "\\q":
        return true;
      default:
        return fail(where, "unknown command " + parts[0] + " (\\? lists them)");
    }
  }

  private void describe(TableSchema schema) {
    out.println(schema.table() + " — one row per " + schema.row());
    out.println(schema.description());
    int w = schema.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (TableSchema.Column c : schema.columns()) {
      out.println(String.format("  %-" + w + "s  %-8s %s", c.name(), c.type(), c.description()));
    }
  }

  /** Runs one statement and prints its result; false (with the message and where) when Spark refuses it. */
  boolean execute(String sql, String where) {
    long start = System.nanoTime();
    spark.sparkContext().setJobGroup(JOB_GROUP, "newstally sql", true);
    try {
      Dataset<Row> result = spark.sql(sql);
      SqlCommand.print(result, format, limit, out);
      if (timing) {
        out.printf(Locale.ROOT, "(%.2f s)%n", (System.nanoTime() - start) / 1e9);
      }
      return true;
    } catch (Exception e) {
      // Scala throws the checked AnalysisException undeclared; a cancelled query is a SparkException
      String msg = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage().strip();
      return fail(where, msg.lines().findFirst().orElse(msg));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private boolean fail(String where, String message) {
    err.println("newstally sql: " + where + ": " + message);
    return false;
  }
}
