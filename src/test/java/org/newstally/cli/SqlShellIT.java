package org.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstally.SparkTestSession;
import org.newstally.job.SampleRun;

/**
 * The sql prompt fed a piped script over the sample run's tables: every statement answers on one session, the
 * backslash commands work, and the first error stops the script with its line.
 */
class SqlShellIT {
  private static SparkSession spark;
  private static List<String> views;

  @BeforeAll
  static void registerTables() {
    spark = SparkTestSession.get();
    views = SqlCommand.registerViews(spark, SampleRun.output().toString());
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String script) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SqlShell shell = new SqlShell(spark, views, "table", 1000, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    int code = shell.runScript(new BufferedReader(new StringReader(script)), "stdin");
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void runsMultiLineStatementsAndCommandsFromAPipedScript() throws IOException {
    Outcome o = run(String.join("\n",
        "\\tables",
        "\\d strikes_per_night",
        "SELECT night_end, drones_launched, missiles_launched",
        "FROM strikes_per_night",
        "WHERE night_end = DATE'2025-12-06';",
        "\\format csv",
        "SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL;",
        "\\format json",
        "SELECT 'a;b' AS s;",
        ""));

    assertThat(o.err()).isEmpty();
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("strikes_per_night — one row per night x attacker x target")
        .contains("drones_launched").contains("| 2025-12-06 | 653             | 51                |")
        .contains("n\n").contains("{\"s\":\"a;b\"}");
  }

  @Test
  void runsAnExampleFileWithBackslashI() throws IOException {
    Outcome o = run("\\i jobs/sql/strikes_per_night.sql\n");

    assertThat(o.err()).isEmpty();
    assertThat(o.out()).contains("2025-12-06").contains("653");
  }

  @Test
  void stopsAtTheFirstErrorWithTheStatementsLine() throws IOException {
    Outcome o = run(String.join("\n",
        "SELECT 1 AS one;",
        "",
        "SELECT *",
        "FROM no_such_table;",
        "SELECT 2 AS two;"));

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).startsWith("newstally sql: stdin:3: ").contains("no_such_table");
    assertThat(o.out()).contains("one").doesNotContain("two");
  }

  @Test
  void aBadCommandStopsTheScriptToo() throws IOException {
    Outcome o = run("\\format xml\nSELECT 1;\n");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("newstally sql: stdin:1: \\format takes table, csv or json, not 'xml'\n");
  }

  /**
   * Every example of jobs/sql/ answers in the one open session without an error. How fast (the point of the shell)
   * is measured by `jobs/bench sql`, not asserted here: a timed test on shared cores measures the neighbours.
   */
  @Test
  void answersEveryExampleQueryInTheOpenSession() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Paths.get("jobs/sql"))) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path f : files) {
      Outcome o = run("\\i " + f + "\n");
      assertThat(o.err()).as(f.toString()).isEmpty();
      assertThat(o.out()).as(f.toString()).containsPattern("\\d+ rows?");
    }
  }
}
