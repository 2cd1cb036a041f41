package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.cli.GenerateCommand;
import picocli.CommandLine;

/** The generate command end to end: real files, gzip, and option errors caught before any work. */
class GenerateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new GenerateCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void writesBothFilesAndASummaryLine(@TempDir Path dir) throws IOException {
    Path plain = dir.resolve("plain");
    assertThat(run("--articles", "40", "--seed", "3", "--output", plain.toString())).isZero();
    assertThat(Files.readAllLines(plain.resolve("articles.jsonl"))).hasSize(40);
    assertThat(Files.readAllLines(plain.resolve("gold.jsonl"))).hasSize(40);
    assertThat(out.toString()).startsWith("generated 40 articles in ").contains("articles/s", "bytes per article");

    Path zipped = dir.resolve("zipped");
    assertThat(run("--articles", "40", "--seed", "3", "--gzip", "--output", zipped.toString())).isZero();
    assertThat(zipped.resolve("articles.jsonl")).doesNotExist();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(zipped.resolve("articles.jsonl.gz")))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain.resolve("articles.jsonl")));
    }
    assertThat(zipped.resolve("gold.jsonl")).hasSameBinaryContentAs(plain.resolve("gold.jsonl"));
  }

  @Test
  void rejectsBadOptionsBeforeWritingAnything(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("never");
    assertThat(run("--articles", "0", "--output", output.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--articles must be at least 1 (got 0)");
    assertThat(run("--output", output.toString(), "--figures", dir.resolve("missing.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist", "missile_attacks_daily.csv");
    Path lonely = Files.writeString(dir.resolve("figures.csv"), "time_end,model,launched,destroyed\n");
    assertThat(run("--output", output.toString(), "--figures", lonely.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("needs missiles_and_uavs.csv next to it");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(run("--output", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is a file: give a folder");
    assertThat(output).doesNotExist();
  }
}
