package org.newstally.eval;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstally.model.ActorMention;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;

/**
 * Reads the extract job's Parquet tables (one folder per table under the output folder) into {@link Predictions}.
 * The tables are collected to the driver: evaluation runs on gold-sized corpora, tens to thousands of articles.
 */
public final class TablesLoader {
  private static final Logger LOG = LogManager.getLogger(TablesLoader.class);

  public static final String ARTICLES = "articles";
  public static final String STRIKE_REPORTS = "strike_reports";
  public static final String MEETINGS = "meetings";
  public static final String ACTOR_MENTIONS = "actor_mentions";
  public static final String STRIKES_PER_NIGHT = "strikes_per_night";
  /** The tables the evaluator reads. */
  public static final List<String> TABLES = List.of(ARTICLES, STRIKE_REPORTS, MEETINGS, ACTOR_MENTIONS,
      STRIKES_PER_NIGHT);

  private TablesLoader() {}

  /** The names of the tables missing under {@code dir}, so a command can say so before starting Spark. */
  public static List<String> missingTables(Path dir) {
    List<String> missing = new ArrayList<>();
    for (String table : TABLES) {
      if (!Files.isDirectory(dir.resolve(table))) {
        missing.add(table);
      }
    }
    return missing;
  }

  public static Predictions load(SparkSession spark, Path dir) {
    List<String> missing = missingTables(dir);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("tables " + missing + " are missing under " + dir
          + " (give the output folder of the extract command)");
    }
    List<StrikeReport> strikes = beans(spark, dir, STRIKE_REPORTS, StrikeReport.ENCODER);
    List<Meeting> meetings = beans(spark, dir, MEETINGS, Meeting.ENCODER);
    List<ActorMention> actors = beans(spark, dir, ACTOR_MENTIONS, ActorMention.ENCODER);
    List<NightRow> nights = nights(spark, dir);
    Set<String> articleIds = new HashSet<>(read(spark, dir, ARTICLES, List.of("article_id"))
        .select(col("article_id")).where(col("article_id").isNotNull()).as(Encoders.STRING()).collectAsList());
    LOG.info("read {} strike reports, {} meetings, {} actor mentions, {} nights, {} articles from {}",
        strikes.size(), meetings.size(), actors.size(), nights.size(), articleIds.size(), dir);
    return new Predictions(strikes, meetings, actors, nights, articleIds);
  }

  /** Reads a table into its model bean, renaming the snake_case columns of the schema to the bean's properties. */
  static <T> List<T> beans(SparkSession spark, Path dir, String table, Encoder<T> encoder) {
    String[] properties = encoder.schema().fieldNames();
    List<String> columns = new ArrayList<>();
    for (String property : properties) {
      columns.add(snakeCase(property));
    }
    Dataset<Row> rows = read(spark, dir, table, columns);
    Column[] renamed = new Column[properties.length];
    for (int i = 0; i < properties.length; i++) {
      renamed[i] = col(columns.get(i)).as(properties[i]);
    }
    return rows.select(renamed).as(encoder).collectAsList();
  }

  private static List<NightRow> nights(SparkSession spark, Path dir) {
    List<String> columns = new ArrayList<>(List.of("night_end", "attacker", "target", "article_ids"));
    for (FigureKind kind : FigureKind.values()) {
      columns.add(kind.column());
    }
    Dataset<Row> table = read(spark, dir, STRIKES_PER_NIGHT, columns);
    List<Column> selected = new ArrayList<>(List.of(col("night_end").cast("string"), col("attacker"),
        col("target"), col("article_ids")));
    for (FigureKind kind : FigureKind.values()) {
      selected.add(col(kind.column()).cast("long"));
    }
    List<NightRow> nights = new ArrayList<>();
    for (Row row : table.select(selected.toArray(new Column[0])).collectAsList()) {
      Map<FigureKind, Long> figures = new EnumMap<>(FigureKind.class);
      FigureKind[] kinds = FigureKind.values();
      for (int i = 0; i < kinds.length; i++) {
        if (!row.isNullAt(4 + i)) {
          figures.put(kinds[i], row.getLong(4 + i));
        }
      }
      List<String> articleIds = new ArrayList<>();
      if (!row.isNullAt(3)) {
        for (Object id : row.getList(3)) {
          if (id != null) {
            articleIds.add(id.toString());
          }
        }
      }
      nights.add(new NightRow(row.isNullAt(0) ? null : LocalDate.parse(row.getString(0)), row.getString(1),
          row.getString(2), figures, articleIds));
    }
    return nights;
  }

  private static Dataset<Row> read(SparkSession spark, Path dir, String table, List<String> requiredColumns) {
    Path folder = dir.resolve(table);
    Dataset<Row> rows = spark.read().parquet(folder.toString());
    Set<String> present = new HashSet<>(Arrays.asList(rows.columns()));
    List<String> absent = new ArrayList<>();
    for (String column : requiredColumns) {
      if (!present.contains(column)) {
        absent.add(column);
      }
    }
    if (!absent.isEmpty()) {
      throw new IllegalArgumentException("table " + folder + " lacks columns " + absent
          + " (see src/main/resources/schema/" + table + ".json)");
    }
    return rows;
  }

  /** articleId → article_id, as the table schemas name the bean properties. */
  static String snakeCase(String property) {
    return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }
}
