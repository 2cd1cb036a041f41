package org.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.SparkTestSession;
import org.newstally.io.TableSchema;
import org.newstally.job.SampleRun;

/**
 * Every example query in jobs/sql runs on the sample output through the sql command's view registration and
 * returns rows; the queries whose answers are known from the gold (or from the extra file of {@link SampleRun})
 * give exactly those.
 */
class SqlExamplesIT {
  private static final Path SQL = Paths.get("jobs/sql");

  private static SparkSession spark;

  @BeforeAll
  static void registerTables() {
    spark = SparkTestSession.get();
    List<String> views = SqlCommand.registerViews(spark, SampleRun.output().toString());
    assertThat(views).containsExactlyElementsOf(TableSchema.TABLES);
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(SQL)) {
      List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
      assertThat(sql).hasSizeGreaterThanOrEqualTo(7);
      return sql.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void opensWithACommentSayingWhatItAnswers(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(lines.get(0)).startsWith("-- ").hasSizeGreaterThan(30);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void returnsRows(Path file) {
    assertThat(run(file.getFileName().toString())).isNotEmpty();
  }

  @Test
  void strikesPerNightGivesTheFoundingArticlesNight() {
    assertThat(run("strikes_per_night.sql")).map(Row::toString)
        .contains("[2025-12-06,653,51,704,585,30,null,3,3,false]");
  }

  @Test
  void nearDuplicatesPairTheWireCopyWithItsOriginal() {
    assertThat(run("near_duplicates.sql")).map(r -> r.getAs("article_id") + "->" + r.getAs("original_id"))
        .containsExactly("s002->s001");
  }

  @Test
  void conflictingNightsShowEveryDisagreeingReport() {
    List<Row> rows = run("conflicting_nights.sql");

    assertThat(rows).map(r -> r.getAs("night_end") + " " + r.getAs("weapon") + " " + r.getAs("measure") + " chosen "
        + r.getAs("chosen") + " reported " + r.getAs("reported") + " by " + r.getAs("source"))
        .containsExactly(
            SampleRun.EXTRA_NIGHT + " drone launched chosen 312 reported 312 by Test Wire North",
            SampleRun.EXTRA_NIGHT + " drone launched chosen 312 reported 340 by Test Wire South");
  }

  @Test
  void rejectedByReasonCountsEachReasonOnce() {
    assertThat(run("rejected_by_reason.sql")).map(r -> r.getAs("reason") + "/" + r.getAs("severity") + "="
        + r.getAs("records")).containsExactly("duplicate_id/rejected=2", "empty_text/rejected=2",
        "malformed_json/rejected=2", "not_an_object/rejected=2", "unparseable_date/warning=1");
  }

  @Test
  void droneClaimsCarryTheSentenceTheyWereReadFrom() {
    List<Row> rows = run("drone_claims.sql");

    assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("evidence")).contains(r.<String>getAs("surface")));
    assertThat(rows).map(r -> r.getAs("article_id") + " " + r.getAs("value"))
        .contains("founding-article 653.0", "x-wire-1 312.0", "x-wire-1 290.0", "x-wire-2 340.0");
  }

  @Test
  void meetingsPerEnvoyCountsEventsOnce() {
    List<Row> rows = run("meetings_per_envoy.sql");

    // an envoy's meetings are at most the sum over counterparts, and fewer as soon as one event had three people
    List<Row> perPair = spark.sql("SELECT envoy, sum(meetings) AS pairs FROM meetings_per_envoy GROUP BY envoy")
        .collectAsList();
    assertThat(rows).map(r -> r.<String>getAs("envoy")).doesNotHaveDuplicates()
        .containsAll(perPair.stream().map(r -> r.<String>getAs("envoy")).toList());
    Row witkoff = rows.stream().filter(r -> r.getAs("envoy").equals("Steve Witkoff")).findFirst().orElseThrow();
    long witkoffPairs = perPair.stream().filter(r -> r.getAs("envoy").equals("Steve Witkoff"))
        .mapToLong(r -> r.getLong(1)).sum();
    assertThat(witkoff.<Long>getAs("meetings")).isBetween(1L, witkoffPairs - 1);
    assertThat(witkoff.<String>getList(witkoff.fieldIndex("met")))
        .contains("Jared Kushner", "Rustem Umerov", "Vladimir Putin");
  }

  private static List<Row> run(String file) {
    try {
      String sql = SqlCommand.stripComments(Files.readString(SQL.resolve(file), StandardCharsets.UTF_8));
      return spark.sql(sql).collectAsList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
