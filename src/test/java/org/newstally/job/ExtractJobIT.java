package org.newstally.job;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newstally.job.TableRows.read;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.newstally.io.TableSchema;

/**
 * The job on the bundled sample (plus {@link SampleRun}'s extra file): the tables have their documented shape, the
 * founding article gives what its gold says (data/gold/sample.jsonl, first line), near-duplicates stay out of the
 * nightly aggregate, and the runs row reconciles the input.
 */
class ExtractJobIT {
  private static final String FOUNDING = "founding-article";
  private static final List<String> TABLES = TableSchema.TABLES;

  private static Path out;

  @BeforeAll
  static void extract() {
    out = SampleRun.output();
  }

  @ParameterizedTest
  @FieldSource("TABLES")
  void everyTableHasExactlyTheDocumentedColumnsAndTypes(String table) {
    List<String> expected = new ArrayList<>();
    for (TableSchema.Column c : TableSchema.of(table).columns()) {
      expected.add(c.name() + " " + DataType.fromDDL(c.type()).simpleString());
    }

    List<String> actual = Arrays.stream(read(out, table).schema().fields())
        .map(f -> f.name() + " " + f.dataType().simpleString()).toList();

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void foundingArticleReportsTheNightOf653DronesAnd51Missiles() {
    List<String> reports = strings(read(out, "strike_reports").filter(col("article_id").equalTo(FOUNDING))
        .select("weapon", "measure", "value", "qualifier", "night_end", "attacker", "target"));

    assertThat(reports).containsExactlyInAnyOrder(
        "[drone,launched,653,exact,2025-12-06,Russia,Ukraine]",
        "[missile,launched,51,exact,2025-12-06,Russia,Ukraine]");
  }

  @Test
  void nightOfTheFoundingArticleIsReconciledOverItsThreeArticles() {
    List<String> night = strings(read(out, "strikes_per_night").filter(col("night_end").equalTo("2025-12-06"))
        .select("attacker", "target", "drones_launched", "missiles_launched", "total_launched", "drones_downed",
            "missiles_downed", "n_articles", "article_ids", "conflicting"));

    // s008 says "over 650" drones, s009 adds the downed figures (gold of s008 and s009)
    assertThat(night).containsExactly(
        "[Russia,Ukraine,653,51,704,585,30,3,WrappedArray(founding-article, s008, s009),false]");
  }

  @Test
  void foundingArticleReportsTheFloridaTalksAndTheFiveHourMoscowMeeting() {
    List<String> meetings = strings(read(out, "meetings").filter(col("article_id").equalTo(FOUNDING))
        .select(col("status"), col("place"), array_sort(col("participants")), col("duration_hours")));

    assertThat(meetings).containsExactlyInAnyOrder(
        "[held,Florida,WrappedArray(Jared Kushner, Rustem Umerov, Steve Witkoff),null]",
        "[held,Moscow,WrappedArray(Steve Witkoff, Vladimir Putin),5.0]");
  }

  @Test
  void foundingArticleMentionsEachPersonAsOftenAsTheGoldCounts() {
    Map<String, Long> perPerson = new TreeMap<>();
    for (Row r : read(out, "actor_mentions")
        .filter(col("article_id").equalTo(FOUNDING).and(col("actor_type").equalTo("person")))
        .groupBy("actor").count().collectAsList()) {
      perPerson.put(r.getString(0), r.getLong(1));
    }

    assertThat(perPerson).containsExactlyInAnyOrderEntriesOf(Map.of("Steve Witkoff", 2L, "Rustem Umerov", 1L,
        "Jared Kushner", 1L, "Vladimir Putin", 2L, "Andrii Sybiha", 1L, "Donald Trump", 1L,
        "Volodymyr Zelenskyy", 1L));
  }

  @Test
  void foundingArticleClaimsTheShareOfUkraineAndTheRegionsStruck() {
    List<String> claims = strings(read(out, "numeric_claims").filter(col("article_id").equalTo(FOUNDING))
        .select("surface", "value", "qualifier", "object"));

    assertThat(claims).contains("[roughly one-fifth,0.2,about,ukraine]", "[eight,8.0,exact,region]");
  }

  @Test
  void wireCopyIsMarkedAndLeftOutOfItsNight() {
    List<String> duplicates = strings(read(out, "articles").filter(col("duplicate_of").isNotNull())
        .select("article_id", "duplicate_of"));
    long copyReports = read(out, "strike_reports")
        .filter(col("article_id").equalTo("s002").and(col("night_end").equalTo("2025-09-07"))).count();
    List<String> night = strings(read(out, "strikes_per_night").filter(col("night_end").equalTo("2025-09-07"))
        .select("n_articles", "article_ids"));

    assertThat(duplicates).containsExactly("[s002,s001]");
    assertThat(copyReports).as("the copy's own reports stay in strike_reports").isEqualTo(4);
    // gold: s001-s004 report the night, s029 refers back to it; s004's night is not derivable from its text
    assertThat(night).containsExactly("[3,WrappedArray(s001, s003, s029)]");
  }

  @Test
  void outletsThatDisagreeMakeAConflictingNight() {
    List<String> night = strings(read(out, "strikes_per_night").filter(col("night_end").equalTo(SampleRun.EXTRA_NIGHT))
        .select("drones_launched", "missiles_launched", "n_articles", "conflicting"));

    // two outlets, one exact value each: the Air Force attribution breaks the tie
    assertThat(night).containsExactly("[312,9,2,true]");
  }

  @Test
  void badRecordsAreKeptWithTheirReason() {
    List<String> rejected = strings(read(out, "rejected_records")
        .select("input_path", "record_ref", "reason", "severity"));

    String extra = SampleRun.extraInputPath();
    String sample = Paths.get("data", "sample", "more", "feed-with-problems.jsonl").toAbsolutePath().toUri()
        .toString().replaceFirst("^file:///", "file:/");
    assertThat(rejected).containsExactlyInAnyOrder(
        "[" + sample + ",line:1,malformed_json,rejected]",
        "[" + sample + ",line:2,empty_text,rejected]",
        "[" + sample + ",line:3,not_an_object,rejected]",
        "[" + sample + ",line:4,duplicate_id,rejected]",
        "[" + extra + ",line:3,malformed_json,rejected]",
        "[" + extra + ",line:4,empty_text,rejected]",
        "[" + extra + ",line:5,duplicate_id,rejected]",
        "[" + extra + ",line:6,not_an_object,rejected]",
        "[" + extra + ",line:7,unparseable_date,warning]");
  }

  @Test
  void runRowReconcilesEveryInputFile() {
    Row run = read(out, "runs").collectAsList().get(0);
    Map<String, long[]> files = new LinkedHashMap<>();
    for (Row f : run.<Row>getList(run.fieldIndex("input_files"))) {
      files.put(f.getString(0), new long[] {f.getLong(1), f.getLong(2), f.getLong(3)});
    }

    assertThat(read(out, "runs").count()).isEqualTo(1);
    assertThat(files).hasSize(7);
    assertThat(files.values()).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1] + c[2]));
    assertThat(files.get(SampleRun.extraInputPath())).containsExactly(SampleRun.EXTRA_LINES,
        SampleRun.EXTRA_ACCEPTED.size(), SampleRun.EXTRA_LINES - SampleRun.EXTRA_ACCEPTED.size());
    assertThat(List.<Object>of(run.getAs("articles_read"), run.getAs("accepted"), run.getAs("rejected"),
        run.getAs("warnings"), run.getAs("near_duplicates"), run.getAs("mode"), run.getAs("schema_version")))
        .containsExactly(54L, 46L, 8L, 1L, 1L, "overwrite", TableSchema.VERSION);
    assertThat(read(out, "articles").count()).isEqualTo(46);
  }

  @Test
  void runRowCountsTheRowsOfEveryTable() {
    Row run = read(out, "runs").collectAsList().get(0);
    Map<String, Long> recorded = run.getJavaMap(run.fieldIndex("table_rows"));
    Map<String, Long> actual = new LinkedHashMap<>();
    for (String table : TABLES) {
      if (!table.equals("runs")) {
        actual.put(table, read(out, table).count());
      }
    }

    assertThat(recorded).containsExactlyInAnyOrderEntriesOf(actual);
    assertThat(SampleRun.summary().rows()).containsAllEntriesOf(actual).containsEntry("runs", 1L);
  }

  @Test
  void runRowTimesTheWholeRun() {
    Row run = read(out, "runs").collectAsList().get(0);
    Timestamp started = run.getAs("started_at");
    Timestamp finished = run.getAs("finished_at");
    double wall = run.getAs("wall_seconds");

    double elapsed = (finished.getTime() - started.getTime()) / 1000.0;
    assertThat(elapsed).isGreaterThan(1.0);
    assertThat(wall).isCloseTo(elapsed, within(0.5));
  }

  @Test
  void summaryReconcilesAndSaysSo() {
    RunSummary summary = SampleRun.summary();

    assertThat(summary.reconciles()).isTrue();
    assertThat(summary.render(out.toString()))
        .contains("54 records read from 7 files = 46 accepted + 8 rejected\n")
        .contains("warnings: 1 (kept, see rejected_records severity=warning); near-duplicates: 1\n")
        .containsPattern("articles +46 rows");
  }

  private static List<String> strings(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).toList();
  }
}
