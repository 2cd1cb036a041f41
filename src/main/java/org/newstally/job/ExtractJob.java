package org.newstally.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newstally.aggregate.MeetingEvents;
import org.newstally.aggregate.NearDuplicates;
import org.newstally.aggregate.StrikesPerNight;
import org.newstally.ingest.ArticleReader;
import org.newstally.ingest.IngestResult;
import org.newstally.io.TableSchema;
import org.newstally.io.TableWriter;
import org.newstally.lexicon.ActorLexicon;
import org.newstally.lexicon.Lexicons;
import org.newstally.model.Article;
import org.newstally.model.ArticleExtraction;
import org.newstally.nlp.ExtractPartitionFn;
import org.newstally.nlp.Nlp;
import scala.collection.JavaConverters;

/**
 * The extract job: read → extract (one NLP pass) → per-article tables → aggregates → rejected records and the run
 * row → commit. Every table is written through {@link TableWriter}, so the output folder changes only when the run
 * has written all of them.
 */
public final class ExtractJob {
  private static final Logger LOG = LogManager.getLogger(ExtractJob.class);
  /** Name of the metadata file in the output folder (schema version, last run). */
  public static final String METADATA = "_newstally.json";

  private ExtractJob() {}

  public static RunSummary run(SparkSession spark, ExtractOptions options, Lexicons lexicons) {
    Instant started = Instant.now();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
    boolean append = options.mode() == ExtractOptions.Mode.APPEND;
    TableWriter writer = TableWriter.open(spark, options.output(), runId);
    IngestResult ingest = null;
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<Nlp> nlp = jsc.broadcast(Nlp.create(lexicons));
      int parallelism = spark.sparkContext().defaultParallelism();
      int partitions = options.partitions() > 0 ? options.partitions()
          : ArticleReader.nlpPartitions(ArticleReader.resolve(spark.sparkContext().hadoopConfiguration(),
              options.read()), parallelism);
      // the reader hash-partitions the articles by id into exactly the NLP partitions, so the NLP pass needs no
      // shuffle of its own (the reader's partitioning is kept by its filter and select)
      if (options.read().minPartitions() == 0) {
        options.read().minPartitions(partitions);
      }
      ingest = ArticleReader.read(spark, options.read());

      Dataset<Article> articles = ingest.articles();
      Dataset<Row> previousArticles = previous(writer, append, "articles");
      if (previousArticles != null) {
        Dataset<Row> previousIds = previousArticles.select(col("article_id").as("previous_article_id"));
        // the join's partitioning is not the reader's: spread the new articles again
        articles = articles.join(previousIds, col("articleId").equalTo(col("previous_article_id")), "left_anti")
            .as(Article.ENCODER).repartition(partitions);
      } else if (options.read().minPartitions() != partitions) {
        articles = articles.repartition(partitions);
      }
      LOG.info("extracting: Spark NLP sentences, tokens and actor gazetteer, then numbers, strikes, meetings "
          + "({} partitions)", partitions);
      spark.sparkContext().setJobDescription("read and extract");
      String extractions = writer.scratch("extractions");
      long extractStart = System.nanoTime();
      articles.mapPartitions(new ExtractPartitionFn(nlp), ArticleExtraction.ENCODER)
          .write().parquet(extractions);
      // Not persisted: measured on 20k articles, building the cache (every column of the scratch decoded once) cost
      // more task CPU in the extraction job than it saved the nine tables, which read only their own columns, and
      // it held ~400 MB more heap after GC (docs/performance.md)
      Dataset<Row> ex = spark.read().parquet(extractions);
      LOG.info("read and extracted {} articles in {} s", ex.count(),
          String.format("%.1f", (System.nanoTime() - extractStart) / 1e9));

      Map<String, Long> rows = new LinkedHashMap<>();
      // articles, with near-duplicates marked over the whole table (this run and, when appending, earlier ones)
      Dataset<Row> newArticles = TableWriter.conform("articles", ex.select(col("article.*"),
          col("sentenceCount").as("n_sentences"), col("tokenCount").as("n_tokens"))
          .withColumn("n_chars", length(col("text")))
          .withColumn("duplicate_of", lit(null).cast("string")));
      Dataset<Row> allArticles = union(newArticles, previousArticles, "duplicate_of");
      // signatures were computed in the extraction pass; articles of earlier runs get theirs from their text
      Dataset<Row> signatures = ex.select(col("article.articleId").as("article_id"),
          col("article.published").as("published"), col("minhash"));
      if (previousArticles != null) {
        signatures = signatures.unionByName(NearDuplicates.signatures(previousArticles));
      }
      Dataset<Row> duplicates = NearDuplicates.find(signatures, allArticles.select("article_id", "text"),
          options.duplicateThreshold());
      Dataset<Row> articlesTable = allArticles.drop("duplicate_of").join(duplicates, "article_id", "left");
      rows.put("articles", writer.write("articles", articlesTable));
      Dataset<Row> articleIds = writer.staged("articles").select("article_id", "duplicate_of");

      rows.put("actor_mentions", writer.write("actor_mentions",
          union(explodeList(ex, "mentions", "actor_mentions"), previous(writer, append, "actor_mentions"), null)));
      rows.put("numeric_claims", writer.write("numeric_claims",
          union(explodeList(ex, "claims", "numeric_claims"), previous(writer, append, "numeric_claims"), null)));
      rows.put("strike_reports", writer.write("strike_reports",
          union(explodeList(ex, "strikes", "strike_reports"), previous(writer, append, "strike_reports"), null)));

      Dataset<Row> meetings = union(TableWriter.conform("meetings",
          ex.select(explode(col("meetings")).as("m")).select("m.*").withColumn("event_id", lit(null).cast("string"))),
          previous(writer, append, "meetings"), "event_id").drop("event_id");
      Dataset<Row> events = MeetingEvents.eventIds(meetings, articleIds);
      rows.put("meetings", writer.write("meetings", meetings.join(events, "meeting_id", "left")));

      rows.put("strikes_per_night", writer.write("strikes_per_night",
          StrikesPerNight.reconcile(writer.staged("strike_reports"), articleIds)));
      rows.put("meetings_per_envoy", writer.write("meetings_per_envoy",
          MeetingEvents.perEnvoy(writer.staged("meetings"), envoys(lexicons.actors()))));

      Dataset<Row> failures = ex.filter(col("extractionError").isNotNull()).select(
          col("article.inputPath").as("input_path"), col("article.recordRef").as("record_ref"),
          lit("extraction_failed").as("reason"), col("extractionError").as("detail"),
          substring(col("article.text"), 1, 200).as("excerpt"), lit("warning").as("severity"));
      Dataset<Row> rejected = TableWriter.conform("rejected_records", ingest.issues()).unionByName(failures);
      rows.put("rejected_records", writer.write("rejected_records",
          union(rejected, previous(writer, append, "rejected_records"), null)));

      RunSummary summary = summarize(spark, writer, ingest, options, lexicons, runId, started, rows);
      rows.put("runs", writer.write("runs", union(summary.runRow(spark), previous(writer, append, "runs"), null)));
      // the metadata first: a run killed between the two would otherwise leave tables the next run refuses
      writeMetadata(spark, writer.output(), runId);
      writer.commit();
      return summary.finished(rows);
    } catch (RuntimeException | Error e) {
      writer.abort();
      throw e;
    } finally {
      if (ingest != null) {
        ingest.unpersist();
      }
    }
  }

  /** A table of the output this run adds to; null when overwriting, whose tables replace the earlier ones. */
  private static Dataset<Row> previous(TableWriter writer, boolean append, String table) {
    return append ? writer.existing(table) : null;
  }

  /** The rows of a list column of the extractions, conformed to a table's schema. */
  private static Dataset<Row> explodeList(Dataset<Row> ex, String column, String table) {
    return TableWriter.conform(table, ex.select(explode(col(column)).as("x")).select("x.*"));
  }

  /** This run's rows plus, when appending, the table's earlier rows ({@code recomputed} columns are re-derived). */
  private static Dataset<Row> union(Dataset<Row> current, Dataset<Row> previous, String recomputed) {
    if (previous == null) {
      return current;
    }
    Dataset<Row> earlier = previous;
    if (recomputed != null) {
      earlier = earlier.withColumn(recomputed, lit(null).cast(current.schema().apply(recomputed).dataType()));
    }
    // an output written before a column was added (articles.published_basis) reads as null in that column
    return current.unionByName(earlier, true);
  }

  static List<String> envoys(ActorLexicon actors) {
    List<String> out = new ArrayList<>();
    for (ActorLexicon.Actor a : actors.actors()) {
      if (a.envoy()) {
        out.add(a.canonical());
      }
    }
    return out;
  }

  private static RunSummary summarize(SparkSession spark, TableWriter writer, IngestResult ingest,
      ExtractOptions options, Lexicons lexicons, String runId, Instant started, Map<String, Long> rows) {
    List<RunSummary.FileCount> files = new ArrayList<>();
    for (Row r : ingest.fileCounts().collectAsList()) {
      files.add(new RunSummary.FileCount(r.getAs("input_path"), r.<Long>getAs("read"), r.<Long>getAs("accepted"),
          r.<Long>getAs("rejected")));
    }
    Dataset<Row> staged = writer.staged("rejected_records");
    long warnings = staged.filter(col("severity").equalTo("warning")).count();
    long nearDuplicates = writer.staged("articles").filter(col("duplicate_of").isNotNull()).count();
    return new RunSummary(runId, started, options.mode().name().toLowerCase(java.util.Locale.ROOT),
        options.inputs(), files, warnings, nearDuplicates, lexicons.hash(), version(), TableSchema.VERSION,
        spark.sparkContext().master(), rows);
  }

  /** The project version, from the properties Maven writes into the jar. */
  public static String version() {
    try (InputStream in = ExtractJob.class.getClassLoader().getResourceAsStream("newstally.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  private static void writeMetadata(SparkSession spark, Path output, String runId) {
    String json = "{\"schema_version\": " + TableSchema.VERSION + ", \"last_run\": \"" + runId
        + "\", \"version\": \"" + version() + "\", \"tables\": [\"" + String.join("\", \"", TableSchema.TABLES)
        + "\"]}\n";
    try {
      FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(new Path(output, METADATA), true)) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      LOG.warn("could not write {}: {}", METADATA, e.getMessage());
    }
  }

  static Row runRow(RunSummary s, Map<String, Long> rows) {
    List<Row> files = new ArrayList<>();
    for (RunSummary.FileCount f : s.files()) {
      files.add(RowFactory.create(f.path(), f.read(), f.accepted(), f.rejected()));
    }
    Instant finished = Instant.now();
    return RowFactory.create(s.runId(), Timestamp.from(s.started()), Timestamp.from(finished), s.mode(),
        JavaConverters.asScalaBuffer(s.inputs()).toSeq(), s.read(), s.accepted(), s.rejected(), s.warnings(),
        s.nearDuplicates(), JavaConverters.asScalaBuffer(files).toSeq(),
        JavaConverters.mapAsScalaMap(rows),
        s.lexiconHash(), s.version(), s.schemaVersion(), s.master(),
        Duration.between(s.started(), finished).toNanos() / 1e9);
  }

  static Dataset<Row> runDataset(SparkSession spark, Row row) {
    return spark.createDataFrame(List.of(row), TableSchema.of("runs").sparkType());
  }
}
