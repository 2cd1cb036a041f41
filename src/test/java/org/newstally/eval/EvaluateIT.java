package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newstally.eval.Rows.meeting;
import static org.newstally.eval.Rows.mention;
import static org.newstally.eval.Rows.strike;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.SparkTestSession;
import org.newstally.cli.EvaluateCommand;
import org.newstally.model.ActorMention;
import org.newstally.model.Article;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;
import picocli.CommandLine;

/** Writes tiny Parquet tables the way the extract job does, then reads them with the loader and the command. */
class EvaluateIT {
  private static final String LAUNCH = "Russia sent 200 drones and ten missiles overnight, the air force said.";
  private static final String DOWNED = "Of these, 180 drones were brought down.";

  private static final String GOLD = """
      {"id": "i1", "strikes": [{"night_end": "2025-06-01", "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 200, "missiles_launched": 10, "drones_downed": 180, "missiles_downed": null,
        "qualifier": "exact", "evidence": "%s", "downed_evidence": "%s"}],
       "meetings": [{"participants": ["Ann Example", "Bo Sample"], "status": "held", "duration_hours": 1.5,
        "evidence": "Example and Sample met for ninety minutes."}],
       "actors": ["Ann Example", "Bo Sample"]}
      {"id": "i2", "strikes": [{"night_end": null, "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 90, "qualifier": "about", "evidence": "Around 90 drones came on Tuesday."}],
       "actors": ["Cy Person"]}
      {"id": "i3", "strikes": [{"night_end": "2025-06-03", "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 30, "qualifier": "exact", "evidence": "Thirty drones came."}]}
      """.formatted(LAUNCH, DOWNED);

  @TempDir
  static Path dir;
  private static Path tables;
  private static Path goldFile;
  private static List<StrikeReport> strikeRows;
  private static List<Meeting> meetingRows;
  private static List<ActorMention> mentionRows;

  @BeforeAll
  static void writeTables() throws IOException {
    SparkSession spark = SparkTestSession.get();
    tables = dir.resolve("out");
    goldFile = dir.resolve("gold.jsonl");
    Files.writeString(goldFile, GOLD, StandardCharsets.UTF_8);

    strikeRows = List.of(
        strike("i1", "drone", "launched", 200, "exact", "2025-06-01", LAUNCH),
        strike("i1", "missile", "launched", 10, "exact", "2025-06-01", LAUNCH),
        strike("i1", "drone", "downed", 180, "exact", "2025-06-01", DOWNED),
        strike("i2", "drone", "launched", 90, "exact", null, "Around 90 drones came on Tuesday."),
        strike("x1", "drone", "launched", 5, "exact", "2025-06-01", "Five drones."));
    meetingRows = List.of(meeting("i1", 3, "held", 1.5, "Example and Sample met for ninety minutes.",
        "Ann Example", "Bo Sample"));
    mentionRows = List.of(
        mention("i1", "Ann Example", "person", 0),
        mention("i1", "Bo Sample", "person", 20),
        mention("i1", "Example Ministry", "organisation", 40),
        mention("i2", "Cy Person", "person", 5));
    List<Article> articles = new ArrayList<>();
    for (String id : List.of("i1", "i2", "x1")) {
      Article article = new Article();
      article.setArticleId(id);
      article.setText("text of " + id);
      articles.add(article);
    }

    write(spark, strikeRows, StrikeReport.ENCODER, "strike_reports");
    write(spark, meetingRows, Meeting.ENCODER, "meetings");
    write(spark, mentionRows, ActorMention.ENCODER, "actor_mentions");
    write(spark, articles, Article.ENCODER, "articles");

    StructType nightSchema = new StructType()
        .add("night_end", DataTypes.DateType)
        .add("attacker", DataTypes.StringType)
        .add("target", DataTypes.StringType)
        .add("drones_launched", DataTypes.LongType)
        .add("missiles_launched", DataTypes.LongType)
        .add("total_launched", DataTypes.LongType)
        .add("drones_downed", DataTypes.LongType)
        .add("missiles_downed", DataTypes.LongType)
        .add("drones_lost", DataTypes.LongType)
        .add("n_articles", DataTypes.LongType)
        .add("article_ids", DataTypes.createArrayType(DataTypes.StringType));
    List<Row> nights = List.of(RowFactory.create(Date.valueOf("2025-06-01"), "Russia", "Ukraine", 200L, 10L, 210L,
        180L, null, null, 1L, List.of("i1")));
    Dataset<Row> nightTable = spark.createDataFrame(nights, nightSchema);
    assertColumnsAreInSchema(nightTable, "strikes_per_night");
    nightTable.write().parquet(tables.resolve("strikes_per_night").toString());
  }

  /** Writes beans with the snake_case column names of the table schema, and checks them against that schema. */
  private static <T> void write(SparkSession spark, List<T> rows, Encoder<T> encoder, String table)
      throws IOException {
    Dataset<Row> frame = spark.createDataset(rows, encoder).toDF();
    for (String column : frame.columns()) {
      frame = frame.withColumnRenamed(column, column.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
    }
    assertColumnsAreInSchema(frame, table);
    frame.write().parquet(tables.resolve(table).toString());
  }

  private static void assertColumnsAreInSchema(Dataset<Row> frame, String table) throws IOException {
    List<String> schemaColumns = new ArrayList<>();
    try (InputStream in = EvaluateIT.class.getResourceAsStream("/schema/" + table + ".json")) {
      new ObjectMapper().readTree(in).get("columns").forEach(c -> schemaColumns.add(c.get("name").asText()));
    }
    assertThat(schemaColumns).as(table).containsAll(Arrays.asList(frame.columns()));
  }

  @Test
  void loaderReadsEveryTableBackIntoPlainLists() {
    Predictions predicted = TablesLoader.load(SparkTestSession.get(), tables);

    assertThat(predicted.strikeReports()).containsExactlyInAnyOrderElementsOf(strikeRows);
    assertThat(predicted.meetings()).containsExactlyInAnyOrderElementsOf(meetingRows);
    assertThat(predicted.actorMentions()).containsExactlyInAnyOrderElementsOf(mentionRows);
    assertThat(predicted.articleIds()).containsExactlyInAnyOrder("i1", "i2", "x1");
    assertThat(predicted.nights()).containsExactly(new NightRow(LocalDate.of(2025, 6, 1), "Russia", "Ukraine",
        Map.of(FigureKind.DRONES_LAUNCHED, 200L, FigureKind.MISSILES_LAUNCHED, 10L,
            FigureKind.TOTAL_LAUNCHED, 210L, FigureKind.DRONES_DOWNED, 180L), List.of("i1")));
  }

  @Test
  void loaderNamesMissingTables() {
    assertThatThrownBy(() -> TablesLoader.load(SparkTestSession.get(), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tables [articles, strike_reports, meetings, actor_mentions, strikes_per_night] are "
            + "missing under " + dir);
  }

  @Test
  void loadedTablesAreScoredAgainstTheGold() {
    EvaluationReport report = Evaluator.evaluate(Gold.read(goldFile), TablesLoader.load(SparkTestSession.get(),
        tables));

    MatchScore figures = report.strikes().figures();
    assertThat(List.of(figures.tp(), figures.fp(), figures.fn())).containsExactly(4, 0, 1);
    assertThat(report.strikes().qualifier().mismatches()).extracting(Finding::articleId).containsExactly("i2");
    assertThat(report.strikes().nightEnd().correct()).isEqualTo(4);
    assertThat(report.meetings().heldPairs().f1()).isEqualTo(1.0);
    assertThat(report.meetings().duration().correct()).isEqualTo(1);
    assertThat(report.actors().f1()).isEqualTo(1.0);
    assertThat(report.nights().figures().correct()).isEqualTo(4);
    assertThat(report.nights().figures().total()).isEqualTo(5);
    assertThat(report.coverage().goldArticlesMissing()).containsExactly("i3");
    assertThat(report.coverage().rowsNotInGold()).containsEntry("strike_reports", 1);
  }

  @Test
  void commandPrintsTheReportWritesJsonAndFailsOnAMissedThreshold() throws IOException {
    Path json = dir.resolve("reports/eval.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new EvaluateCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));

    int failing = command.execute("--tables", tables.toString(), "--gold", goldFile.toString(),
        "--json", json.toString(), "--min-strike-f1", "0.95", "--min-actor-f1", "1");

    assertThat(failing).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("THRESHOLD MISSED: strike figure F1 0.889 < minimum 0.950");
    assertThat(out.toString()).containsPattern("strike figures \\(launched, downed\\) +4 +0 +1 +1\\.000 +0\\.800");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/strike_figures/fn").asInt()).isEqualTo(1);
    assertThat(report.at("/coverage/gold_articles_missing/0").asText()).isEqualTo("i3");

    int passing = new CommandLine(new EvaluateCommand()).execute("--tables", tables.toString(),
        "--gold", goldFile.toString(), "--min-strike-f1", "0.85", "--min-meeting-f1", "1", "--min-actor-f1", "1",
        "--min-night-end", "1");

    assertThat(passing).isZero();
  }
}
