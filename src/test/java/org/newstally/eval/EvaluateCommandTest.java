package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.cli.EvaluateCommand;
import picocli.CommandLine;

/** Option checks of the evaluate command: all of them fail with exit code 2 before any Spark session starts. */
class EvaluateCommandTest {
  @TempDir
  static Path dir;

  private final StringWriter err = new StringWriter();
  private CommandLine command;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"g1\", \"actors\": [\"Ann Example\"]}\n");
    Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"g1\"}\n{\"id\": \"g2\", \"strikes\": [{\"qualifier\": "
        + "\"approximately\"}]}\n");
    Files.writeString(dir.resolve("nights-bad.csv"), "night_end,drones_launched\n2025-03-02,5\n");
    Files.createDirectories(dir.resolve("partial/strike_reports"));
    Files.createDirectories(dir.resolve("partial/meetings"));
    command = new CommandLine(new EvaluateCommand());
    command.setErr(new PrintWriter(err));
    command.setOut(new PrintWriter(new StringWriter()));
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(List.of("--tables", "partial"), "Missing required option: '--gold=FILE'"),
        Arguments.of(List.of("--gold", "nowhere.jsonl"), "--gold " + dir.resolve("nowhere.jsonl") + " is not a file"),
        Arguments.of(List.of("--gold", "broken.jsonl"),
            "broken.jsonl line 2 (id g2): strikes[0].qualifier 'approximately' is not one of"),
        Arguments.of(List.of("--gold", "gold.jsonl", "--tables", "none"),
            "--tables " + dir.resolve("none") + " is not a folder"),
        Arguments.of(List.of("--gold", "gold.jsonl", "--tables", "partial"),
            "lacks the tables [articles, actor_mentions, strikes_per_night]"),
        Arguments.of(List.of("--gold", "gold.jsonl", "--tables", "partial", "--min-actor-f1", "85"),
            "min actor F1 must be between 0 and 1, not 85.0"),
        Arguments.of(List.of("--gold", "gold.jsonl", "--nights", "nowhere.csv"),
            "--nights " + dir.resolve("nowhere.csv") + " is not a file"),
        Arguments.of(List.of("--gold", "gold.jsonl", "--nights", "nights-bad.csv"),
            "--nights: " + dir.resolve("nights-bad.csv") + ": the header lacks the column missiles_launched"),
        Arguments.of(List.of("--gold", "gold.jsonl", "--min-strike-f1", "high"),
            "Invalid value for option '--min-strike-f1'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOptions")
  void rejectsBadOptionsWithAMessageThatSaysWhatToFix(List<String> args, String message) {
    List<String> resolved = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      boolean isPath = i > 0 && (args.get(i - 1).equals("--gold") || args.get(i - 1).equals("--tables")
          || args.get(i - 1).equals("--nights"));
      resolved.add(isPath ? dir.resolve(args.get(i)).toString() : args.get(i));
    }

    int code = command.execute(resolved.toArray(new String[0]));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(message);
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    String usage = command.getUsageMessage().replaceAll("\\s+", " ");

    assertThat(usage).contains("--tables=DIR", "(default: out)", "--gold=FILE", "--json=FILE",
        "--master=URL", "(default: local[*])", "--min-strike-f1=F1", "--min-meeting-f1=F1", "--min-actor-f1=F1",
        "--min-night-end=SHARE", "--nights=CSV", "1 a threshold was missed");
  }
}
