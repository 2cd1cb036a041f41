package org.newstally.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The one place that writes tables. Every table is conformed to its documented schema (snake_case names, declared
 * types, declared order), written as Snappy Parquet into a staging folder of the run, and only moved into the output
 * folder when every table of the run is complete. A run that dies leaves the previous output untouched; the next run
 * (or {@link #recover}) deletes its staging folder, or finishes a commit that was cut short.
 */
public final class TableWriter {
  private static final Logger LOG = LogManager.getLogger(TableWriter.class);
  /** Name prefix of a run's staging folder inside the output folder. */
  public static final String STAGING_PREFIX = "_staging-";
  static final String COMMIT_MARKER = "_COMMITTING";
  static final String OLD = "_replaced";

  private final SparkSession spark;
  private final Path output;
  private final Path staging;
  private final FileSystem fs;
  private final List<String> written = new ArrayList<>();

  private TableWriter(SparkSession spark, Path output, Path staging, FileSystem fs) {
    this.spark = spark;
    this.output = output;
    this.staging = staging;
    this.fs = fs;
  }

  /** Opens a writer for {@code output}; recovers whatever an earlier run left behind first. */
  public static TableWriter open(SparkSession spark, String output, String runId) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(output);
    // A date or timestamp before 1582 (a page's "0001-01-01" placeholder) is written as it is, in the proleptic
    // Gregorian calendar, instead of Spark failing the whole run with INCONSISTENT_BEHAVIOR_CROSS_VERSION. Set on
    // the session, so the run's scratch files (written before any table) are covered too.
    spark.conf().set("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    spark.conf().set("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
    try {
      FileSystem fs = out.getFileSystem(conf);
      recover(fs, out);
      fs.mkdirs(out);
      Path staging = new Path(out, STAGING_PREFIX + runId);
      fs.mkdirs(staging);
      return new TableWriter(spark, fs.makeQualified(out), fs.makeQualified(staging), fs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + output, e);
    }
  }

  /**
   * Brings {@code output} to a consistent state: a staging folder with a commit marker was being moved into place
   * when its run stopped, so the move is finished; any other staging folder belongs to a failed run and is deleted.
   */
  public static void recover(FileSystem fs, Path output) throws IOException {
    if (!fs.exists(output)) {
      return;
    }
    for (FileStatus st : fs.listStatus(output)) {
      String name = st.getPath().getName();
      if (!st.isDirectory() || !name.startsWith(STAGING_PREFIX)) {
        continue;
      }
      if (fs.exists(new Path(st.getPath(), COMMIT_MARKER))) {
        LOG.warn("finishing the commit of an interrupted run: {}", name);
        moveIntoPlace(fs, st.getPath(), output);
      } else {
        LOG.warn("removing staging folder of a failed run: {}", name);
      }
      fs.delete(st.getPath(), true);
    }
  }

  /**
   * Staging folders of runs that stopped while moving their tables into place (they have the commit marker): until
   * the next run's {@link #open} finishes their move, the output mixes tables of two runs. Readers only report them:
   * a staging folder without the marker may belong to a run that is still writing.
   */
  public static List<Path> pendingCommits(FileSystem fs, Path output) throws IOException {
    List<Path> pending = new ArrayList<>();
    if (!fs.exists(output)) {
      return pending;
    }
    for (FileStatus st : fs.listStatus(output)) {
      if (st.isDirectory() && st.getPath().getName().startsWith(STAGING_PREFIX)
          && fs.exists(new Path(st.getPath(), COMMIT_MARKER))) {
        pending.add(st.getPath());
      }
    }
    return pending;
  }

  /** The dataset with the table's documented columns, names and types, in the documented order. */
  public static Dataset<Row> conform(String table, Dataset<?> ds) {
    TableSchema schema = TableSchema.of(table);
    Set<String> have = new HashSet<>();
    List<Column> renamed = new ArrayList<>();
    for (String c : ds.columns()) {
      String snake = snake(c);
      have.add(snake);
      renamed.add(functions.col("`" + c + "`").as(snake));
    }
    Dataset<Row> df = ds.select(renamed.toArray(new Column[0]));
    List<Column> cols = new ArrayList<>();
    for (TableSchema.Column c : schema.columns()) {
      if (!have.contains(c.name())) {
        throw new IllegalStateException("table " + table + " lacks documented column " + c.name() + "; has "
            + have);
      }
      cols.add(functions.col(c.name()).cast(org.apache.spark.sql.types.DataType.fromDDL(c.type())).as(c.name()));
    }
    return df.select(cols.toArray(new Column[0]));
  }

  /** Writes one table into staging and returns its row count. */
  public long write(String table, Dataset<?> ds) {
    long start = System.nanoTime();
    Dataset<Row> df = conform(table, ds);
    String path = new Path(staging, table).toString();
    spark.sparkContext().setJobDescription("write " + table);
    df.write().mode(SaveMode.Overwrite).option("compression", "snappy").parquet(path);
    written.add(table);
    // the count comes from the Parquet footers, read here on the driver: neither recomputing the dataset nor a
    // Spark job of its own (planning and running one per table cost more than the small tables' writes)
    long rows = footerRows(new Path(path));
    LOG.info("wrote {}: {} rows in {} s", table, rows, String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return rows;
  }

  /** Rows of the Parquet files of a table folder (tables are written unpartitioned: one level of part files). */
  private long footerRows(Path table) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      long rows = 0;
      for (FileStatus st : fs.listStatus(table)) {
        String name = st.getPath().getName();
        if (st.isFile() && name.endsWith(".parquet") && !name.startsWith("_") && !name.startsWith(".")) {
          try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(st, conf))) {
            rows += reader.getRecordCount();
          }
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the rows written to " + table, e);
    }
  }

  /** A table of this run, as written to staging (to derive further tables from it without recomputation). */
  public Dataset<Row> staged(String table) {
    return spark.read().parquet(new Path(staging, table).toString());
  }

  /** A table of the current (previous) output, or null when there is none. */
  public Dataset<Row> existing(String table) {
    try {
      Path p = new Path(output, table);
      return fs.exists(p) ? spark.read().parquet(p.toString()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Path of a scratch folder inside staging (deleted with it). */
  public String scratch(String name) {
    return new Path(new Path(staging, "_scratch"), name).toString();
  }

  /** Moves every table written in this run into the output folder. */
  public void commit() {
    try {
      fs.delete(new Path(staging, "_scratch"), true);
      fs.create(new Path(staging, COMMIT_MARKER), true).close();
      moveIntoPlace(fs, staging, output);
      fs.delete(staging, true);
      LOG.debug("committed {} tables into {}", written.size(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the tables into " + output, e);
    }
  }

  /** Deletes the staging folder (the run failed). */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", staging, e.getMessage());
    }
  }

  public Path output() {
    return output;
  }

  private static void moveIntoPlace(FileSystem fs, Path staging, Path output) throws IOException {
    Path old = new Path(staging, OLD);
    for (FileStatus st : fs.listStatus(staging)) {
      String name = st.getPath().getName();
      if (!st.isDirectory() || name.startsWith("_")) {
        continue;
      }
      Path target = new Path(output, name);
      if (fs.exists(target)) {
        fs.mkdirs(old);
        if (!fs.rename(target, new Path(old, name))) {
          throw new IOException("cannot move " + target + " aside");
        }
      }
      if (!fs.rename(st.getPath(), target)) {
        throw new IOException("cannot move " + st.getPath() + " to " + target);
      }
    }
  }

  /** camelCase bean property → snake_case column ("articleId" → "article_id"); snake_case stays. */
  static String snake(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
