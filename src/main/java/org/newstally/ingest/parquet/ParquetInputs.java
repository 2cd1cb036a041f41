package org.newstally.ingest.parquet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newstally.ingest.ArticleAssembler;
import org.newstally.ingest.ArticleField;
import org.newstally.ingest.IngestRecord;
import org.newstally.ingest.Issues;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RawFields;
import org.newstally.ingest.RejectReason;
import org.newstally.ingest.ResolvedInput;

/**
 * Parquet inputs, read by Spark's own reader ({@code mergeSchema} on, so files with different columns mix). Each
 * file's footer is checked on the driver first: Spark's reader would fail the whole job on a file that is not
 * Parquet, and would say nothing about a file without rows. Refs are {@code row:N}, N the 1-based row index within
 * the file from Spark's {@code _metadata.row_index}.
 */
public final class ParquetInputs {
  private static final String FILE_COLUMN = "_input_file";
  private static final String ROW_COLUMN = "_input_row";

  private ParquetInputs() {}

  public static Dataset<IngestRecord> read(SparkSession spark, Configuration conf, List<ResolvedInput> files,
      ParseSettings settings, Encoder<IngestRecord> encoder) {
    List<IngestRecord> fileIssues = new ArrayList<>();
    List<String> readable = new ArrayList<>();
    for (ResolvedInput file : files) {
      try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file.path()), conf))) {
        if (footer.getRecordCount() == 0) {
          fileIssues.addAll(IngestRecord.rowsOf(ArticleAssembler.reject(file.path(), "file", 0,
              RejectReason.EMPTY_FILE, "the Parquet file holds no rows", null)));
        } else {
          readable.add(file.path());
        }
      } catch (Exception e) {
        fileIssues.addAll(IngestRecord.rowsOf(ArticleAssembler.reject(file.path(), "file", 0,
            RejectReason.UNREADABLE_FILE, "not a readable Parquet file (" + Issues.describe(e) + ")", null)));
      }
    }
    Dataset<IngestRecord> issues = spark.createDataset(fileIssues, encoder);
    if (readable.isEmpty()) {
      return issues;
    }
    Dataset<Row> table = spark.read().option("mergeSchema", "true").parquet(readable.toArray(new String[0]));
    List<Column> columns = new ArrayList<>();
    for (ArticleField field : ArticleField.values()) {
      StructField found = find(table.schema(), settings.fields().namesFor(field));
      if (found == null && settings.fields().isMapped(field)) {
        throw new IllegalArgumentException("--columns " + field.key() + "=" + settings.fields().describe(field)
            + ": the Parquet inputs have no such column (they have " + String.join(", ", table.schema().fieldNames())
            + ")");
      }
      if (found != null && (field == ArticleField.TEXT || field == ArticleField.DESCRIPTION)
          && !isTextual(found.dataType())) {
        throw new IllegalArgumentException("the Parquet column " + found.name() + " is " + found.dataType()
            .simpleString() + ", not a string, so it cannot be the article " + field.key()
            + "; map another with --columns " + field.key() + "=NAME");
      }
      columns.add(found != null ? col(quote(found.name())).cast("string").as(field.key())
          : lit(null).cast("string").as(field.key()));
    }
    if (find(table.schema(), settings.fields().namesFor(ArticleField.TEXT)) == null
        && find(table.schema(), settings.fields().namesFor(ArticleField.DESCRIPTION)) == null) {
      throw new IllegalArgumentException("the Parquet inputs have no text column (looked for "
          + settings.fields().describe(ArticleField.TEXT) + "; they have "
          + String.join(", ", table.schema().fieldNames()) + "); map one with --columns text=NAME");
    }
    columns.add(col("_metadata.file_path").as(FILE_COLUMN));
    columns.add(col("_metadata.row_index").as(ROW_COLUMN));
    return table.select(columns.toArray(new Column[0]))
        .mapPartitions(new RowsFn(settings), encoder)
        .unionByName(issues);
  }

  private static StructField find(StructType schema, List<String> names) {
    for (String name : names) {
      for (StructField field : schema.fields()) {
        if (field.name().toLowerCase(Locale.ROOT).equals(name)) {
          return field;
        }
      }
    }
    return null;
  }

  private static boolean isTextual(DataType type) {
    return type instanceof StringType || type instanceof BinaryType;
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** Spark reports file paths as URIs; input_path uses Hadoop's form, as the other formats do. */
  static String hadoopPath(String uri) {
    try {
      return new Path(new URI(uri)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return uri;
    }
  }

  /** Rows in the column order of {@link ArticleField}, then file and row index, to outcomes. */
  static final class RowsFn implements MapPartitionsFunction<Row, IngestRecord> {
    private static final long serialVersionUID = 1L;
    private final ParseSettings settings;

    RowsFn(ParseSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<IngestRecord> call(Iterator<Row> rows) {
      ArticleAssembler assembler = new ArticleAssembler(settings);
      ArticleField[] fields = ArticleField.values();
      return new Iterator<IngestRecord>() {
        private final ArrayDeque<IngestRecord> pending = new ArrayDeque<>();
        private String lastUri;
        private String lastPath;

        @Override
        public boolean hasNext() {
          while (pending.isEmpty() && rows.hasNext()) {
            pending.addAll(IngestRecord.rowsOf(outcome(rows.next())));
          }
          return !pending.isEmpty();
        }

        @Override
        public IngestRecord next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return pending.poll();
        }

        private ParseOutcome outcome(Row row) {
          String uri = row.getString(fields.length);
          if (!uri.equals(lastUri)) {
            lastUri = uri;
            lastPath = hadoopPath(uri);
          }
          long index = row.getLong(fields.length + 1);
          String ref = "row:" + (index + 1);
          RawFields raw = new RawFields();
          StringBuilder excerpt = new StringBuilder();
          for (ArticleField field : fields) {
            String value = row.getString(field.ordinal());
            raw.set(field, value);
            if (value != null && excerpt.length() < Issues.EXCERPT_CHARS) {
              excerpt.append(excerpt.length() == 0 ? "" : "; ").append(field.key()).append('=').append(value);
            }
          }
          raw.raw(excerpt.toString());
          try {
            return assembler.assemble(lastPath, raw, ref, index);
          } catch (RuntimeException | StackOverflowError e) {
            return ArticleAssembler.reject(lastPath, ref, index, RejectReason.PARSE_FAILED, Issues.describe(e),
                raw.raw());
          }
        }
      };
    }
  }
}
