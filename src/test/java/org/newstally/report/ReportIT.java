package org.newstally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstally.SparkTestSession;
import org.newstally.cli.ReportCommandAccess;
import org.newstally.job.SampleRun;

/** The report over the sample run's tables holds every chart's data and shows the founding article's night. */
class ReportIT {
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

  @Test
  void aDateRangeKeepsOnlyItsNights() {
    String dec = ReportCommandAccess.render(spark, SampleRun.output().toString(), LocalDate.parse("2025-12-01"),
        LocalDate.parse("2025-12-31"), null);

    assertThat(dec).contains("<td>2025-12-06</td>").doesNotContain("<td>" + SampleRun.EXTRA_NIGHT + "</td>");
  }
}
