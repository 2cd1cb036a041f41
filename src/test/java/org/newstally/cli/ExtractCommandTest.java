package org.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.ingest.InputFormat;
import org.newstally.job.ExtractOptions;
import picocli.CommandLine;

/**
 * Wrong usage of {@code newstally extract} fails before Spark starts, with exit code 2 and a message that says what
 * to do; usage that only looks unusual is accepted.
 */
class ExtractCommandTest {
  @TempDir
  static Path dir;

  private StringWriter err;
  private StringWriter out;

  @BeforeEach
  void writeInput() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/one.jsonl"), "{\"id\": \"a1\", \"text\": \"The ferry left at noon.\"}\n",
        StandardCharsets.UTF_8);
    err = new StringWriter();
    out = new StringWriter();
  }

  @AfterEach
  void noSparkSessionWasCreated() {
    assertThat(SparkSession.getActiveSession().isEmpty()).as("active Spark session").isTrue();
    assertThat(SparkSession.getDefaultSession().isEmpty()).as("default Spark session").isTrue();
  }

  static Stream<Arguments> wrongUsage() throws IOException {
    Path in = dir.resolve("in");
    Path foreign = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.jpg"), "not a table");
    Path otherVersion = Files.createDirectories(dir.resolve("old-out"));
    Files.writeString(otherVersion.resolve("_newstally.json"), "{\"schema_version\": 99, \"last_run\": \"r1\"}");
    return Stream.of(
        Arguments.of("misspelt option", List.of("--inptu", in.toString()),
            "Unknown options: '--inptu', '" + in + "'\nPossible solutions: --input"),
        Arguments.of("unknown option", List.of("--xyzzy", "1"), "Unknown options: '--xyzzy', '1'\n"
            + "Usage: newstally extract [-hV]"),
        Arguments.of("option without its value", List.of("--input"),
            "Missing required parameter for option '--input' (PATH)"),
        Arguments.of("missing input path", List.of("--input", dir.resolve("nowhere").toString()),
            "cannot read the inputs (1 problem):\n  - " + dir.resolve("nowhere") + " does not exist (check the "
                + "path; relative paths start at"),
        Arguments.of("unknown format", List.of("--input", in.toString(), "--format", "xml"),
            "Invalid value for option '--format': expected one of [TEXT, JSONL, CSV, PARQUET, WARC, HTML]"),
        Arguments.of("output inside an input", List.of("--input", in.toString(), "--output",
            in.resolve("tables").toString()), "--output " + in.resolve("tables") + " overlaps --input " + in
            + ": tables would be read back as input on the next run; choose an output folder outside the inputs"),
        Arguments.of("input inside the output", List.of("--input", in.resolve("one.jsonl").toString(), "--output",
            dir.toString()), "overlaps --input"),
        Arguments.of("output that is not a newstally folder", List.of("--input", in.toString(), "--output",
            foreign.toString()), "--output " + foreign + " exists and is not a newstally output folder (no "
            + "_newstally.json); choose an empty or new folder"),
        Arguments.of("output of another schema version", List.of("--input", in.toString(), "--output",
            otherVersion.toString()), "--output " + otherVersion + " holds tables of schema version 99 but this "
            + "newstally writes version 1; write to another folder or delete this one"),
        Arguments.of("output that is a file", List.of("--input", in.toString(), "--output",
            foreign.resolve("holiday.jpg").toString()), "is a file; give a folder"),
        Arguments.of("bad --published", List.of("--input", in.toString(), "--published", "2025-13-01"),
            "--published must be a date like 2025-12-06, not '2025-13-01'"),
        Arguments.of("bad --mode", List.of("--input", in.toString(), "--mode", "merge"),
            "--mode must be overwrite or append, not 'merge'"),
        Arguments.of("bad --duplicate-threshold", List.of("--input", in.toString(), "--duplicate-threshold", "1.5"),
            "--duplicate-threshold must be in (0, 1], not 1.5"),
        Arguments.of("missing lexicon folder", List.of("--input", in.toString(), "--lexicons",
            dir.resolve("no-lexicons").toString()), "newstally extract: lexicon folder " + dir.resolve("no-lexicons")
            + " does not exist (give --lexicons a folder like data/lexicons)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongUsage")
  void wrongUsageFailsBeforeSparkWithExitCode2(String what, List<String> args, String message) {
    int code = execute(args);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(message);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void formatNamesAreAcceptedInLowerCase() {
    ExtractCommand command = parse("--input", dir.resolve("in").toString(), "--format", "jsonl", "--output",
        dir.resolve("lower-out").toString());

    assertThat(command.options().read().format()).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void outputLeftByAFirstRunThatWasKilledIsAccepted() throws IOException {
    // a first run that dies leaves only its staging folder: no tables and no _newstally.json yet
    Path killed = dir.resolve("killed-out");
    Files.createDirectories(killed.resolve("_staging-20251206T000000-abcdef12/_scratch"));

    ExtractCommand command = parse("--input", dir.resolve("in").toString(), "--output", killed.toString());

    assertThat(command.options().output()).isEqualTo(killed.toString());
  }

  @Test
  void modeAndPublishedAreParsed() {
    ExtractCommand command = parse("--input", dir.resolve("in").toString(), "--output",
        dir.resolve("new/deeper/out").toString(), "--mode", "APPEND", "--published", "2025-12-06");

    ExtractOptions options = command.options();
    assertThat(options.mode()).isEqualTo(ExtractOptions.Mode.APPEND);
    assertThat(options.defaultPublished()).hasToString("2025-12-06");
  }

  private int execute(List<String> args) {
    List<String> all = new ArrayList<>(List.of("extract"));
    all.addAll(args);
    CommandLine main = Main.commandLine();
    main.setErr(new PrintWriter(err, true));
    main.setOut(new PrintWriter(out, true));
    return main.execute(all.toArray(new String[0]));
  }

  private static ExtractCommand parse(String... args) {
    CommandLine main = Main.commandLine();
    List<String> all = new ArrayList<>(List.of("extract"));
    all.addAll(List.of(args));
    CommandLine.ParseResult parsed = main.parseArgs(all.toArray(new String[0]));
    return (ExtractCommand) parsed.subcommand().commandSpec().userObject();
  }
}
