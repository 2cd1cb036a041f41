package org.newstally.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newstally.SparkTestSession;

/** Reads output tables back for comparisons: every row as JSON, sorted, so two outputs compare as lists. */
public final class TableRows {
  /** The tables with one row per article's fact (not derived from other tables). */
  public static final List<String> PER_ARTICLE = List.of("articles", "actor_mentions", "numeric_claims",
      "strike_reports", "meetings", "rejected_records");
  /** Tables computed over the per-article tables. */
  public static final List<String> AGGREGATES = List.of("strikes_per_night", "meetings_per_envoy");

  private TableRows() {}

  public static Dataset<Row> read(Path output, String table) {
    return SparkTestSession.get().read().parquet(output.resolve(table).toString());
  }

  /** The table's rows as JSON lines, without the {@code ignored} columns, sorted. */
  public static List<String> sorted(Path output, String table, String... ignored) {
    List<String> rows = new ArrayList<>(read(output, table).drop(ignored).toJSON().collectAsList());
    Collections.sort(rows);
    return rows;
  }
}
