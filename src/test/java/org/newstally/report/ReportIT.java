package org.newstally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.SparkTestSession;
import org.newstally.cli.ReportCommandAccess;
import org.newstally.job.SampleRun;

/** The report over the sample run's tables holds every chart's data and shows the founding article's night. */
class ReportIT {
  /**
   * A reference written for the test (figures as an air force would publish them): it agrees with us on the founding
   * article's night, not on the conflicting wire night (300 drones: neither outlet's figure), and has a night we have
   * no article about.
   */
  static final String REFERENCE = String.join("\n", "night,drones_launched,missiles_launched",
      "2025-06-01,120,4", SampleRun.EXTRA_NIGHT + ",300,9", "2025-12-06,653,51", "");
  static final int REFERENCE_NIGHTS = 3;
  static final List<String> REFERENCE_DIFFERS = List.of("2025-06-01", SampleRun.EXTRA_NIGHT);

  private static SparkSession spark;
  private static String html;

  @BeforeAll
  static void render() throws IOException {
    spark = SparkTestSession.get();
    html = ReportCommandAccess.render(spark, SampleRun.output().toString(), null, null, null);
    Path page = Path.of("target/report-sample.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
  }

  @Test
  void showsTheFoundingArticlesNight() {
    assertThat(html).contains("<td>2025-12-06</td><td>Russia</td><td>Ukraine</td><td>653</td><td>51</td>");
    assertThat(html).contains("\"night_end\":\"2025-12-06\",\"attacker\":\"Russia\",\"target\":\"Ukraine\","
        + "\"drones_launched\":653,\"missiles_launched\":51");
  }

  @Test
  void holdsDataForEveryChart() {
    for (String series : new String[] {"nights", "evidence", "meetings", "envoys", "actors", "files", "reasons"}) {
      assertThat(html).as(series).containsPattern("\\n  " + series + ": \\[\\{");
    }
    assertThat(html).contains("<td>0.1.0</td>");
  }

  @Test
  void theConflictingNightIsMarkedAndItsEvidenceNamesTheOutlets() {
    assertThat(html).contains("\"night_end\":\"" + SampleRun.EXTRA_NIGHT + "\"")
        .contains("\"source\":\"Test Wire North\"").contains("\"source\":\"Test Wire South\"")
        .containsPattern("\"night_end\":\"" + SampleRun.EXTRA_NIGHT + "\"[^}]*\"conflicting\":true");
  }

  /** The reference CSV in {@code dir}. */
  static Path referenceCsv(Path dir) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve("reference.csv"), REFERENCE, StandardCharsets.UTF_8);
  }

  @Test
  void aReferenceIsInlinedBesideOursAndTheNightsThatDifferAreListed(@TempDir Path dir) throws IOException {
    String page = ReportCommandAccess.render(spark, SampleRun.output().toString(), null, null, referenceCsv(dir));

    assertThat(page).contains("<p class=\"differ\">Nights where the reference differs: 2025-06-01, "
        + SampleRun.EXTRA_NIGHT + "</p>");
    // each reference night with our figures beside it: ours are null where we have no article
    assertThat(page).contains("\n  reference: [{\"night_end\":\"2025-06-01\",\"drones_launched\":120,"
        + "\"missiles_launched\":4}")
        .contains("{\"night_end\":\"2025-12-06\",\"drones_launched\":653,\"missiles_launched\":51,"
        + "\"ours_drones\":653,\"ours_missiles\":51}")
        .containsPattern("\\{\"night_end\":\"" + SampleRun.EXTRA_NIGHT + "\",\"drones_launched\":300,"
        + "\"missiles_launched\":9,\"ours_drones\":3[14]\\d,\"ours_missiles\":9}");
  }

  @Test
  void withoutAReferenceNoNightIsSaidToDiffer() {
    assertThat(html).doesNotContain("class=\"differ\"").doesNotContain("reference: [");
  }

  @Test
  void aDateRangeKeepsOnlyItsNights() {
    String dec = ReportCommandAccess.render(spark, SampleRun.output().toString(), LocalDate.parse("2025-12-01"),
        LocalDate.parse("2025-12-31"), null);

    assertThat(dec).contains("<td>2025-12-06</td>").doesNotContain("<td>" + SampleRun.EXTRA_NIGHT + "</td>");
  }
}
