package org.newstally.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstally.io.TableSchema;
import org.newstally.io.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newstally sql}: every output table as a Spark SQL view under its name; prints a query's result, or with no
 * query opens a prompt (a piped script runs statement by statement) over one session.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs a Spark SQL query over the output tables (each registered as a view under its name).",
        "With no QUERY and no --file: an interactive prompt on a terminal (statements end with ';', \\? for help), "
            + "or, with input piped in, every statement of the script; the first error stops it (exit 1) with its "
            + "line."})
public final class SqlCommand implements Callable<Integer> {
  private static final Logger LOG = LogManager.getLogger(SqlCommand.class);

  @Option(names = "--tables", paramLabel = "DIR", description = "Folder of tables (default: ${DEFAULT-VALUE})")
  String tables = "out";

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE})")
  String format = "table";

  @Option(names = "--limit", paramLabel = "N", description = "Most rows printed (default: ${DEFAULT-VALUE})")
  int limit = 1000;

  @Option(names = "--file", paramLabel = "SQL_FILE", description = "Read the query from a file (e.g. jobs/sql/*.sql) "
      + "(default: none: the QUERY, else a prompt or the piped script)")
  Path file;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master = "local[*]";

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query, e.g. \"SELECT * FROM strikes_per_night\"")
  String query;

  @Override
  public Integer call() throws Exception {
    String sql;
    try {
      sql = query();
      checkFormat();
      if (limit < 1) {
        // Spark's limit() would refuse it only after the session started (~15 s)
        throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
      }
      checkTables();
    } catch (IllegalArgumentException e) {
      System.err.println("newstally sql: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSessions.create("newstally sql", master);
    try {
      List<String> views = registerViews(spark, tables);
      if (sql == null) {
        SqlShell shell = new SqlShell(spark, views, format, limit, System.out, System.err);
        // System.console() is null when stdin (or stdout) is not a terminal: a script piped in, or a test
        return System.console() != null ? shell.runInteractive()
            : shell.runScript(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "stdin");
      }
      Dataset<Row> result = spark.sql(sql);
      print(result, format, limit, System.out);
      return 0;
    } catch (Exception e) {
      // Scala throws the (checked) AnalysisException undeclared: a bad query is the user's, not a crash
      if (e instanceof org.apache.spark.sql.AnalysisException) {
        System.err.println("newstally sql: " + e.getMessage());
        return 1;
      }
      throw e;
    } finally {
      spark.stop();
    }
  }

  private String query() throws IOException {
    if (file != null && query != null) {
      throw new IllegalArgumentException("give a QUERY or --file, not both");
    }
    if (file != null) {
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("cannot read --file " + file);
      }
      return stripComments(Files.readString(file, StandardCharsets.UTF_8));
    }
    if (query == null) {
      return null;
    }
    if (query.isBlank()) {
      throw new IllegalArgumentException("give a QUERY, e.g. newstally sql \"SELECT * FROM strikes_per_night\"");
    }
    return query;
  }

  private void checkFormat() {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("table") && !f.equals("csv") && !f.equals("json")) {
      throw new IllegalArgumentException("--format must be table, csv or json, not '" + format + "'");
    }
    format = f;
  }

  private void checkTables() {
    if (tables.contains("://") && !tables.startsWith("file:")) {
      return;
    }
    Path dir = Paths.get(tables.replaceFirst("^file:(//)?", ""));
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--tables " + tables + " does not exist; run newstally extract first "
          + "(or give the folder it wrote)");
    }
    if (TableSchema.TABLES.stream().noneMatch(t -> Files.isDirectory(dir.resolve(t)))) {
      throw new IllegalArgumentException("--tables " + tables + " holds no newstally tables");
    }
  }

  /**
   * Registers every table folder present under {@code dir} as a temporary view; returns their names. Reading changes
   * nothing: a staging folder may belong to an extract run that is still writing, so only a commit that was cut short
   * is reported (the next extract run finishes it).
   */
  static List<String> registerViews(SparkSession spark, String dir) {
    List<String> names = new ArrayList<>();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
    try {
      org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (org.apache.hadoop.fs.Path pending : TableWriter.pendingCommits(fs, root)) {
        LOG.warn("an extract run stopped while moving its tables into {} ({}): some tables may be from that run and "
            + "some from the one before; run newstally extract again to complete them", dir, pending.getName());
      }
      for (String table : TableSchema.TABLES) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(root, table);
        if (fs.exists(p)) {
          spark.read().parquet(p.toString()).createOrReplaceTempView(table);
          names.add(table);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read tables in " + dir + ": " + e.getMessage(), e);
    }
    return names;
  }

  /** Prints a result as an aligned table, CSV with a header, or JSON lines. */
  static void print(Dataset<Row> result, String format, int limit, PrintStream out) {
    List<Row> rows = result.limit(limit).collectAsList();
    String[] cols = result.columns();
    switch (format) {
      case "csv":
        out.println(String.join(",", cols));
        for (Row r : rows) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < cols.length; i++) {
            cells.add(csv(cell(r.get(i))));
          }
          out.println(String.join(",", cells));
        }
        break;
      case "json":
        for (String line : result.limit(limit).toJSON().collectAsList()) {
          out.println(line);
        }
        break;
      default:
        table(cols, rows, out);
    }
  }

  private static void table(String[] cols, List<Row> rows, PrintStream out) {
    int[] width = new int[cols.length];
    List<String[]> cells = new ArrayList<>();
    for (int i = 0; i < cols.length; i++) {
      width[i] = cols[i].length();
    }
    for (Row r : rows) {
      String[] c = new String[cols.length];
      for (int i = 0; i < cols.length; i++) {
        String v = cell(r.get(i));
        c[i] = v.length() > 80 ? v.substring(0, 77) + "..." : v;
        width[i] = Math.max(width[i], c[i].length());
      }
      cells.add(c);
    }
    StringBuilder sep = new StringBuilder("+");
    for (int w : width) {
      sep.append("-".repeat(w + 2)).append('+');
    }
    out.println(sep);
    out.println(line(cols, width));
    out.println(sep);
    for (String[] c : cells) {
      out.println(line(c, width));
    }
    out.println(sep);
    out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      sb.append(' ').append(String.format("%-" + width[i] + "s", cells[i])).append(" |");
    }
    return sb.toString();
  }

  private static String cell(Object v) {
    if (v == null) {
      return "NULL";
    }
    if (v instanceof scala.collection.Seq) {
      return scala.collection.JavaConverters.seqAsJavaList((scala.collection.Seq<?>) v).toString();
    }
    return v.toString().replace('\n', ' ');
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** SQL files open with "--" comments saying what they answer; Spark accepts them, but a trailing ";" it does not. */
  static String stripComments(String sql) {
    String s = sql.trim();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    return s;
  }
}
