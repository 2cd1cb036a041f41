package org.newstally.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newstally.io.TableSchema;

/** Compares two extract output folders table by table, row for row (as sorted JSON lines). */
final class OutputTables {
  /** The one table that legitimately differs between two runs: run id, times, master. */
  static final String RUNS = "runs";

  private OutputTables() {}

  /** Every difference between the tables of two outputs; empty when they hold exactly the same rows. */
  static List<String> differences(SparkSession spark, Path expected, Path actual) {
    List<String> problems = new ArrayList<>();
    for (String table : TableSchema.TABLES) {
      if (table.equals(RUNS)) {
        continue;
      }
      List<String> want = rows(spark, expected.resolve(table));
      List<String> got = rows(spark, actual.resolve(table));
      if (!want.equals(got)) {
        problems.add(table + ": " + want.size() + " rows expected, " + got.size() + " found; first difference: "
            + firstDifference(want, got));
      }
    }
    return problems;
  }

  /** Rows of a table, as JSON lines sorted, so row order (which partitioning decides) does not matter. */
  static List<String> rows(SparkSession spark, Path table) {
    Dataset<Row> df = spark.read().parquet(table.toString());
    List<String> out = new ArrayList<>(df.toJSON().collectAsList());
    out.sort(null);
    return out;
  }

  private static String firstDifference(List<String> want, List<String> got) {
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "(none)";
      String g = i < got.size() ? got.get(i) : "(none)";
      if (!w.equals(g)) {
        return "\n  expected " + w + "\n  found    " + g;
      }
    }
    return "(none)";
  }
}
