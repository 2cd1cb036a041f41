package org.newstally.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.newstally.job.SampleRun;
import org.newstally.job.TableRows;

/**
 * {@code jobs/newstally-submit}, the real SparkSubmit with the shaded jar, writes the same tables as the job run
 * directly in the test JVM ({@link SampleRun}, on the same inputs). Needs the shaded jar (mvn package).
 */
class SubmitIT {
  private static final List<String> TABLES = concat(TableRows.PER_ARTICLE, TableRows.AGGREGATES);
  private static final String[] RUN_SPECIFIC = {"run_id", "started_at", "finished_at", "wall_seconds"};

  @TempDir
  static Path dir;

  private static Path submitted;
  private static Scripts.Result submit;

  @BeforeAll
  static void submitTheSample() {
    Scripts.assumeCurrentJar();
    submitted = dir.resolve("tables");
    List<String> args = new ArrayList<>(List.of("--master", "local[2]", "extract"));
    for (String input : SampleRun.inputs()) {
      args.add("--input");
      args.add(input);
    }
    args.add("--output");
    args.add(submitted.toString());
    submit = Scripts.run(dir, "submit", "newstally-submit", args.toArray(new String[0]));
  }

  @Test
  void submitExitsZeroAndPrintsTheSummary() {
    assertThat(submit.exit()).as(submit.describe()).isZero();
    assertThat(submit.out()).startsWith("newstally extract overwrite finished in ")
        .contains("54 records read from 7 files = 46 accepted + 8 rejected");
  }

  @ParameterizedTest
  @FieldSource("TABLES")
  void tableIsTheSameAsADirectRun(String table) {
    List<String> direct = TableRows.sorted(SampleRun.output(), table);

    assertThat(direct).isNotEmpty();
    assertThat(TableRows.sorted(submitted, table)).containsExactlyElementsOf(direct);
  }

  @Test
  void runRowDiffersOnlyInIdAndTimes() {
    // spark-submit's --master reached the job: extract's own default would be local[*]
    assertThat(TableRows.read(submitted, "runs").select("master").first().getString(0)).isEqualTo("local[2]");
    assertThat(TableRows.sorted(submitted, "runs", RUN_SPECIFIC))
        .containsExactlyElementsOf(TableRows.sorted(SampleRun.output(), "runs", RUN_SPECIFIC));
  }

  @Test
  void submitOptionsWrittenWithAnEqualsSignGoToSparkSubmit() {
    Scripts.Result help = Scripts.run(dir, "submit-help", "newstally-submit", "--master=local[3]", "--verbose",
        "extract", "--help");

    assertThat(help.exit()).as(help.describe()).isZero();
    assertThat(help.out()).startsWith("Usage: newstally extract");
    // SparkSubmit --verbose prints what it parsed on stderr
    assertThat(help.err()).containsPattern("\\n\\s*master\\s+local\\[3\\]\\n");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
