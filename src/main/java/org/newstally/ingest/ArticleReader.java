package org.newstally.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.newstally.ingest.parquet.ParquetInputs;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/**
 * Reads every input format into articles, with bad input turned into rejected records and per-file counts.
 *
 * <p>Text, JSONL, CSV and WARC files are read by {@link ReadFilesFn}: the resolved files are packed into batches
 * (largest first, onto the least loaded batch), one task per batch, each file streamed record by record through the
 * pure-Java readers. Parquet goes through Spark's reader ({@link ParquetInputs}). The accepted articles are then
 * hash-partitioned by id, which both spreads the later NLP work and brings duplicate ids together.
 */
public final class ArticleReader {
  private static final Logger LOG = LogManager.getLogger(ArticleReader.class);

  static final Encoder<IngestRecord> RECORD_ENCODER = Encoders.bean(IngestRecord.class);

  /** Read tasks per core when there are many files: enough to even out files of different sizes. */
  private static final int BATCHES_PER_CORE = 4;
  /** Input bytes per NLP partition below which fewer partitions are used (~3,500 articles of ~2.2 KB). */
  static final long BYTES_PER_NLP_PARTITION = 8L << 20;
  /** NLP partitions per core for large inputs: enough for the tasks to even out on every core. */
  static final int NLP_PARTITIONS_PER_CORE = 4;
  /** A compressed file counts as this many times its size (news text compresses about that much). */
  private static final int COMPRESSED_RATIO = 4;

  private ArticleReader() {}

  /**
   * Checks that every input exists and is readable and every format is known, before any Spark job runs. Folders
   * are read recursively, skipping names that start with _ or . (as Hadoop does); a file reached by two inputs is
   * read once.
   *
   * @throws IllegalArgumentException listing every problem and what to do about it
   */
  public static List<ResolvedInput> resolve(Configuration conf, ReadOptions options) {
    return InputResolver.resolve(conf, options);
  }

  /** Reads everything; the Datasets are lazy and share one persisted read (see {@link IngestResult#unpersist}). */
  public static IngestResult read(SparkSession spark, ReadOptions options) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<ResolvedInput> inputs = resolve(conf, options);
    ParseSettings settings = ParseSettings.from(options);
    logInputs(inputs);

    List<ResolvedInput> streamed = new ArrayList<>();
    List<ResolvedInput> parquet = new ArrayList<>();
    for (ResolvedInput input : inputs) {
      (input.format() == InputFormat.PARQUET ? parquet : streamed).add(input);
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    Dataset<IngestRecord> records = readStreamed(spark, conf, streamed, settings,
        Math.max(options.minPartitions(), BATCHES_PER_CORE * parallelism));
    if (!parquet.isEmpty()) {
      records = records.unionByName(ParquetInputs.read(spark, conf, parquet, settings, RECORD_ENCODER));
    }
    records = records.persist(StorageLevel.MEMORY_AND_DISK());

    int partitions = options.minPartitions() > 0 ? options.minPartitions() : parallelism;
    WindowSpec byId = Window.partitionBy("articleId").orderBy("inputPath", "position");
    Dataset<Row> ranked = records.filter(col("kind").equalTo(IngestRecord.ARTICLE))
        .repartition(partitions, col("articleId"))
        .withColumn("rank", row_number().over(byId))
        .withColumn("keptPath", first("inputPath").over(byId))
        .withColumn("keptRef", first("recordRef").over(byId));

    Dataset<Article> articles = ranked.filter(col("rank").equalTo(1))
        .select("articleId", "source", "url", "published", "publishedBasis", "title", "text", "inputPath", "recordRef")
        .as(Article.ENCODER);

    Dataset<Row> duplicates = ranked.filter(col("rank").gt(1));
    Dataset<Row> duplicateIssues = duplicates.select(
        col("inputPath"),
        col("recordRef"),
        lit(RejectReason.DUPLICATE_ID.code()).as("reason"),
        concat(lit("the id "), col("articleId"), lit(" was already read from "), col("keptPath"), lit(" "),
            col("keptRef"), lit("; the first is kept")).as("detail"),
        substring(col("text"), 1, Issues.EXCERPT_CHARS).as("excerpt"),
        lit(RejectReason.Severity.REJECTED.code()).as("severity"));
    Dataset<Row> recordIssues = records.filter(col("kind").equalTo(IngestRecord.ISSUE))
        .select("inputPath", "recordRef", "reason", "detail", "excerpt", "severity");
    // A warning on a record that then lost to an earlier duplicate would describe an article that is not there.
    Dataset<Row> keptIssues = recordIssues.join(duplicates.select("inputPath", "recordRef"),
        recordIssues.col("inputPath").equalTo(duplicates.col("inputPath"))
            .and(recordIssues.col("recordRef").equalTo(duplicates.col("recordRef"))), "left_anti");
    Dataset<RejectedRecord> issues = keptIssues.unionByName(duplicateIssues).as(RejectedRecord.ENCODER);

    Dataset<Row> perFile = records.groupBy("inputPath").agg(
        count(when(col("kind").equalTo(IngestRecord.ARTICLE), true)).as("articles"),
        count(when(col("kind").equalTo(IngestRecord.ISSUE)
            .and(col("severity").equalTo(RejectReason.Severity.REJECTED.code())), true)).as("rejectedRecords"));
    Dataset<Row> duplicatesPerFile = duplicates.groupBy("inputPath").agg(count(lit(1)).as("duplicates"));
    Dataset<Row> fileCounts = perFile.join(duplicatesPerFile, "inputPath", "left")
        .select(
            col("inputPath").as("input_path"),
            col("articles").plus(col("rejectedRecords")).as("read"),
            col("articles").minus(coalesce(col("duplicates"), lit(0L))).as("accepted"),
            col("rejectedRecords").plus(coalesce(col("duplicates"), lit(0L))).as("rejected"))
        .orderBy("input_path");

    return new IngestResult(inputs, records, articles, issues, fileCounts);
  }

  /**
   * Partitions for the NLP pass when the user gives none: one per {@link #BYTES_PER_NLP_PARTITION} of input, at
   * least one per core (every core busy) and at most {@link #NLP_PARTITIONS_PER_CORE} per core. A handful of
   * articles gets one task per core instead of four, each of which would pay a task's fixed cost (and a file per
   * table) for a few articles.
   */
  public static int nlpPartitions(List<ResolvedInput> inputs, int parallelism) {
    long bytes = 0;
    for (ResolvedInput input : inputs) {
      bytes += Math.max(0, input.size()) * (input.compression() == Compression.NONE ? 1 : COMPRESSED_RATIO);
    }
    long bySize = (bytes + BYTES_PER_NLP_PARTITION - 1) / BYTES_PER_NLP_PARTITION;
    int cores = Math.max(1, parallelism);
    return (int) Math.max(cores, Math.min((long) NLP_PARTITIONS_PER_CORE * cores, bySize));
  }

  private static Dataset<IngestRecord> readStreamed(SparkSession spark, Configuration conf,
      List<ResolvedInput> files, ParseSettings settings, int maxBatches) {
    if (files.isEmpty()) {
      return spark.emptyDataset(RECORD_ENCODER);
    }
    List<ReadFilesFn.FileBatch> batches = batches(files, maxBatches);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoopConf = jsc.broadcast(new SerializableConfiguration(conf));
    return spark.createDataset(
        jsc.parallelize(batches, batches.size()).flatMap(new ReadFilesFn(hadoopConf, settings)).rdd(),
        RECORD_ENCODER);
  }

  /** Packs files into at most maxBatches batches of similar total size, largest file first. */
  static List<ReadFilesFn.FileBatch> batches(List<ResolvedInput> files, int maxBatches) {
    int count = Math.max(1, Math.min(files.size(), maxBatches));
    List<List<ResolvedInput>> bins = new ArrayList<>();
    long[] load = new long[count];
    for (int i = 0; i < count; i++) {
      bins.add(new ArrayList<>());
    }
    List<ResolvedInput> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(ResolvedInput::size).reversed().thenComparing(ResolvedInput::path));
    for (ResolvedInput file : bySize) {
      int lightest = 0;
      for (int i = 1; i < count; i++) {
        if (load[i] < load[lightest]) {
          lightest = i;
        }
      }
      bins.get(lightest).add(file);
      // Empty files still cost a task's open and close.
      load[lightest] += Math.max(1, file.size());
    }
    List<ReadFilesFn.FileBatch> batches = new ArrayList<>();
    for (List<ResolvedInput> bin : bins) {
      batches.add(new ReadFilesFn.FileBatch(bin));
    }
    return batches;
  }

  private static void logInputs(List<ResolvedInput> inputs) {
    Map<InputFormat, Integer> perFormat = new EnumMap<>(InputFormat.class);
    long bytes = 0;
    for (ResolvedInput input : inputs) {
      perFormat.merge(input.format(), 1, Integer::sum);
      bytes += input.size();
    }
    LOG.info("reading {} files ({}), {} bytes", inputs.size(), perFormat, bytes);
  }
}
