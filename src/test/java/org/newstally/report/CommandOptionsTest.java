package org.newstally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.cli.Main;
import picocli.CommandLine;

/**
 * The report and sql commands' help lists every option with its default, and bad options fail with exit code 2 and a
 * message saying what to fix, before any Spark session starts (these tests start none).
 */
class CommandOptionsTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void tables() throws IOException {
    Files.createDirectories(dir.resolve("out/strikes_per_night"));
    Files.createDirectories(dir.resolve("empty"));
  }

  static Stream<Arguments> helps() {
    return Stream.of(
        Arguments.of("report", List.of("--tables=DIR", "Folder of tables (default: out)", "--out=FILE.html",
            "(default: report.html)", "--from=DATE", "--to=DATE", "--reference=CSV",
            "header night,drones_launched,missiles_launched (default: none)", "--evidence-per-night=N",
            "(default: 3)", "--top-actors=N", "(default: 10)", "--master=URL", "(default: local[*])", "--help")),
        Arguments.of("sql", List.of("[QUERY]", "--tables=DIR", "Folder of tables (default: out)", "--format=FORMAT",
            "table, csv or json (default: table)", "--limit=N", "(default: 1000)", "--file=SQL_FILE",
            "(default: none: the QUERY, else a prompt or the piped script)", "--master=URL", "(default: local[*])",
            "--help")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helps")
  void helpListsEveryOptionWithItsDefault(String name, List<String> expected) {
    CommandLine command = command(name);
    String usage = command.getUsageMessage().replaceAll("\\s+", " ");

    assertThat(usage).startsWith("Usage: newstally " + name).contains(expected);
    // every option the command has is in that list: a new option needs its help (and its default) checked here
    for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        assertThat(expected).as("options of " + name).anyMatch(e -> e.startsWith(option.longestName() + "="));
        assertThat(String.join(" ", option.description())).as(option.longestName() + " says its default")
            .contains("(default: ");
      }
    }
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of("report", List.of("--from", "6 Dec"), "--from must be a date YYYY-MM-DD, not '6 Dec'"),
        Arguments.of("report", List.of("--from", "2025-12-06", "--to", "2025-12-01"),
            "--to 2025-12-01 is before --from 2025-12-06"),
        Arguments.of("report", List.of("--reference", "@/nowhere.csv"), "cannot read --reference @/nowhere.csv"),
        Arguments.of("report", List.of("--evidence-per-night", "-1"),
            "--evidence-per-night must be >= 0 and --top-actors >= 1"),
        Arguments.of("report", List.of("--tables", "@/empty"), "--tables @/empty holds no newstally tables"),
        Arguments.of("report", List.of("--out", "@/no/such/folder/r.html"),
            "the folder of --out @/no/such/folder/r.html does not exist"),
        Arguments.of("sql", List.of("--format", "xml", "SELECT 1"), "--format must be table, csv or json, not 'xml'"),
        Arguments.of("sql", List.of("--limit", "0", "SELECT 1"), "--limit must be at least 1, not 0"),
        Arguments.of("sql", List.of("--file", "@/nowhere.sql"), "cannot read --file @/nowhere.sql"),
        Arguments.of("sql", List.of("--tables", "@/empty", "SELECT 1"), "--tables @/empty holds no newstally tables"));
  }

  /** {@code @/} stands for the test's folder; every run that should get past an option has out/ as its tables. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badOptions")
  void badOptionsFailBeforeSparkStartsWithAMessageSayingWhatToFix(String name, List<String> args, String message) {
    List<String> resolved = new ArrayList<>(List.of(name));
    if (!args.contains("--tables")) {
      resolved.add("--tables=" + dir.resolve("out"));
    }
    args.forEach(a -> resolved.add(a.replace("@/", dir + "/")));
    PrintStream systemErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter picocliErr = new StringWriter();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = new CommandLine(new Main()).setOut(new PrintWriter(new StringWriter()))
          .setErr(new PrintWriter(picocliErr)).execute(resolved.toArray(new String[0]));
    } finally {
      System.setErr(systemErr);
    }

    assertThat(code).as("exit code; picocli said: " + picocliErr).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("newstally " + name + ": "
        + message.replace("@/", dir + "/"));
  }

  private static CommandLine command(String name) {
    // the subcommand as the scripts run it, under newstally
    CommandLine command = new CommandLine(new Main()).getSubcommands().get(name);
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(new StringWriter()));
    return command;
  }
}
