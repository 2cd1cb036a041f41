package org.newstally.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.io.TableSchema;
import org.newstally.io.TableWriter;
import org.newstally.job.ExtractJob;
import org.newstally.job.ExtractOptions;
import org.newstally.job.RunSummary;
import org.newstally.job.SampleRun;
import org.newstally.job.TableRows;
import org.newstally.synth.CorpusGenerator;
import org.newstally.synth.GeneratorConfig;

/**
 * A run killed with SIGKILL in the middle of its work leaves the previous output as it was: output A (the shared
 * sample run's tables, copied) is read back with the same rows by a reader that leaves the dead run's staging folder
 * alone, and the next run's start removes that folder. The killed run extracts a generated corpus through
 * jobs/newstally, large enough to be killed while its NLP stage runs. Needs the shaded jar (mvn package).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillIT {
  private static final int GENERATED_ARTICLES = 3000;
  private static final Duration STAGING_TIMEOUT = Duration.ofMinutes(3);

  @TempDir
  static Path dir;

  private static Path output;
  private static String metadataBefore;
  private static Path staging;
  private static int killedExit;

  @BeforeAll
  static void killASecondRunWhileItExtracts() throws IOException, InterruptedException {
    Scripts.assumeCurrentJar();
    output = dir.resolve("A");
    SampleRun.copyTree(SampleRun.output(), output);
    metadataBefore = Files.readString(output.resolve(ExtractJob.METADATA));
    Path corpus = dir.resolve("corpus/articles.jsonl");
    Files.createDirectories(corpus.getParent());
    try (Writer articles = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8);
        Writer gold = Writer.nullWriter()) {
      new CorpusGenerator(GeneratorConfig.synthetic(GENERATED_ARTICLES, 20251206L)).write(articles, gold);
    }

    Process run = Scripts.start(dir, "killed", "newstally", "extract", "--input", corpus.toString(), "--output",
        output.toString(), "--master", "local[2]");
    try {
      staging = awaitExtraction(run);
      Scripts.kill(run);
      killedExit = run.waitFor();
    } finally {
      Scripts.kill(run);
    }
  }

  /** Waits until the run writes its extractions into its staging folder, and returns that folder. */
  private static Path awaitExtraction(Process run) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STAGING_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(run.isAlive()).as("the run is still working; stderr:%n%s",
          Scripts.read(Scripts.logFile(dir, "killed", "err"))).isTrue();
      Optional<Path> found = stagingFolders().stream().filter(s -> Files.isDirectory(s.resolve("_scratch")))
          .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no staging folder with _scratch in " + output + " after " + STAGING_TIMEOUT);
  }

  private static List<Path> stagingFolders() throws IOException {
    try (Stream<Path> entries = Files.list(output)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(TableWriter.STAGING_PREFIX)).toList();
    }
  }

  @Test
  @Order(1)
  void killedRunLeftItsStagingFolderAndTheOutputAsItWas() throws IOException {
    assertThat(killedExit).as("exit code of a process killed by SIGKILL").isEqualTo(128 + 9);
    assertThat(staging).isDirectory();
    assertThat(Files.readString(output.resolve(ExtractJob.METADATA))).isEqualTo(metadataBefore);
    for (String table : TableSchema.TABLES) {
      assertThat(TableRows.sorted(output, table)).as(table)
          .containsExactlyElementsOf(TableRows.sorted(SampleRun.output(), table));
    }
  }

  @Test
  @Order(2)
  void sqlReadsTheOutputAndLeavesTheStagingFolderAlone() {
    Scripts.Result sql = Scripts.run(dir, "sql", "newstally", "sql", "--tables", output.toString(), "--master",
        "local[2]", "--format", "csv", "SELECT count(*) AS articles FROM articles");

    assertThat(sql.exit()).as(sql.describe()).isZero();
    assertThat(sql.out()).isEqualTo("articles\n" + TableRows.read(SampleRun.output(), "articles").count() + "\n");
    // a reader cannot tell a dead run from one still writing: removing the folder is the next run's job
    assertThat(staging).isDirectory();
  }

  @Test
  @Order(3)
  void nextRunRemovesTheStaleStagingFolder() throws IOException {
    Path small = dir.resolve("small/one.jsonl");
    Files.createDirectories(small.getParent());
    Files.writeString(small, "{\"id\": \"after-kill\", \"published\": \"2025-12-07\", \"text\": \"Russia launched "
        + "120 drones at Ukraine overnight, the air force said.\"}\n", StandardCharsets.UTF_8);

    RunSummary next = SampleRun.extract(output, ExtractOptions.Mode.OVERWRITE, List.of(small.toString()));

    assertThat(stagingFolders()).isEmpty();
    assertThat(next.rows()).containsEntry("articles", 1L);
    assertThat(TableRows.read(output, "articles").select("article_id").first().getString(0)).isEqualTo("after-kill");
  }
}
