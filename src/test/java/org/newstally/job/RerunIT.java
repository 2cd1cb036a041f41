package org.newstally.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.job.TableRows.sorted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A second run on the same input, over the first run's output and with another number of NLP partitions, gives the
 * same rows with the same ids; only the runs row is new.
 */
class RerunIT {
  private static final List<String> TABLES = List.of("articles", "actor_mentions", "numeric_claims",
      "strike_reports", "strikes_per_night", "meetings", "meetings_per_envoy", "rejected_records");
  private static final String[] RUN_SPECIFIC = {"run_id", "started_at", "finished_at", "wall_seconds"};

  @TempDir
  static Path dir;

  private static Path first;
  private static Path second;
  private static RunSummary rerun;

  @BeforeAll
  static void runTwice() {
    first = SampleRun.output();
    second = dir.resolve("out");
    SampleRun.copyTree(first, second);
    rerun = SampleRun.extract(second, ExtractOptions.Mode.OVERWRITE, SampleRun.inputs(), 3);
  }

  @ParameterizedTest
  @FieldSource("TABLES")
  void everyTableHasTheSameRows(String table) {
    List<String> before = sorted(first, table);

    assertThat(before).isNotEmpty();
    assertThat(sorted(second, table)).containsExactlyElementsOf(before);
  }

  @Test
  void meetingAndEventIdsAreStable() {
    List<Row> ids = TableRows.read(second, "meetings").select("meeting_id", "event_id").collectAsList();
    List<Row> before = TableRows.read(first, "meetings").select("meeting_id", "event_id").collectAsList();

    assertThat(ids).filteredOn(r -> r.get(1) != null).isNotEmpty();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void runsHoldsOnlyTheNewRunWithTheSameCounts() throws IOException {
    List<Row> runs = TableRows.read(second, "runs").collectAsList();

    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).<String>getAs("run_id")).isEqualTo(rerun.runId())
        .isNotEqualTo(SampleRun.summary().runId());
    assertThat(sorted(second, "runs", RUN_SPECIFIC)).containsExactlyElementsOf(sorted(first, "runs", RUN_SPECIFIC));
    assertThat(Files.readString(second.resolve(ExtractJob.METADATA), StandardCharsets.UTF_8))
        .contains("\"last_run\": \"" + rerun.runId() + "\"");
  }
}
