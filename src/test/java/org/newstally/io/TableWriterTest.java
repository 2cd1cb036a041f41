package org.newstally.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TableWriter#recover} on the states a run can die in, on the local file system (no Spark): a staging folder
 * with the commit marker is moved into place (roll forward), one without it is deleted (roll back).
 */
class TableWriterTest {
  private static final String STAGING = "_staging-20251206T101500-0badc0de";

  @TempDir
  Path out;

  private FileSystem fs;

  @BeforeEach
  void localFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    write("_newstally.json", "{\"schema_version\": 1, \"last_run\": \"old\"}");
    write("articles/part-old.parquet", "old articles");
    write("runs/part-old.parquet", "old runs");
  }

  @Test
  void commitCutShortIsFinished() throws IOException {
    // the run died inside moveIntoPlace: runs was already swapped, articles and a new table were not
    write(STAGING + "/_COMMITTING", "");
    write(STAGING + "/articles/part-new.parquet", "new articles");
    write(STAGING + "/strikes_per_night/part-new.parquet", "new nights");
    write(STAGING + "/_replaced/runs/part-old.parquet", "old runs");
    Files.delete(out.resolve("runs/part-old.parquet"));
    write("runs/part-new.parquet", "new runs");

    TableWriter.recover(fs, new org.apache.hadoop.fs.Path(out.toUri()));

    assertThat(tree()).containsExactly("_newstally.json", "articles/part-new.parquet", "runs/part-new.parquet",
        "strikes_per_night/part-new.parquet");
    assertThat(Files.readString(out.resolve("articles/part-new.parquet"))).isEqualTo("new articles");
  }

  @Test
  void stagingOfAFailedRunIsRemovedAndTheOutputKept() throws IOException {
    write(STAGING + "/articles/part-new.parquet", "new articles");
    write(STAGING + "/_scratch/extractions/part-0.parquet", "half written");

    TableWriter.recover(fs, new org.apache.hadoop.fs.Path(out.toUri()));

    assertThat(tree()).containsExactly("_newstally.json", "articles/part-old.parquet", "runs/part-old.parquet");
    assertThat(Files.readString(out.resolve("articles/part-old.parquet"))).isEqualTo("old articles");
  }

  @Test
  void otherFoldersAndAMissingOutputAreLeftAlone() throws IOException {
    write("_notes/readme.txt", "mine");
    write("_staging-file", "a file, not a staging folder");

    TableWriter.recover(fs, new org.apache.hadoop.fs.Path(out.toUri()));
    TableWriter.recover(fs, new org.apache.hadoop.fs.Path(out.resolve("never-written").toUri()));

    assertThat(tree()).containsExactly("_newstally.json", "_notes/readme.txt", "_staging-file",
        "articles/part-old.parquet", "runs/part-old.parquet");
    assertThat(Files.exists(out.resolve("never-written"))).isFalse();
  }

  @Test
  void pendingCommitsAreTheStagingFoldersWithTheMarker() throws IOException {
    write(STAGING + "/_COMMITTING", "");
    write("_staging-20251207T000000-running/articles/part-0.parquet", "a run still writing");

    List<String> pending = TableWriter.pendingCommits(fs, new org.apache.hadoop.fs.Path(out.toUri())).stream()
        .map(p -> p.getName()).toList();

    assertThat(pending).containsExactly(STAGING);
  }

  private void write(String relative, String content) throws IOException {
    Path p = out.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  /** Files under the output, relative and sorted, without Hadoop's .crc side files. */
  private List<String> tree() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
          .filter(name -> !name.endsWith(".crc")).sorted().toList();
    }
  }
}
