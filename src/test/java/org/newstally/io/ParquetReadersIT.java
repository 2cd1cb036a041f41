package org.newstally.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.newstally.job.SampleRun;
import org.newstally.job.TableRows;

/** The tables are plain Parquet: DuckDB, an independent reader, decodes every row and column of every table. */
class ParquetReadersIT {
  private static final List<String> TABLES = TableSchema.TABLES;

  private static Path out;
  private static Connection duckdb;

  @BeforeAll
  static void open() throws SQLException {
    out = SampleRun.output().toAbsolutePath();
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws SQLException {
    duckdb.close();
  }

  @ParameterizedTest
  @FieldSource("TABLES")
  void duckDbReadsEveryRowAndColumnThatSparkReads(String table) throws SQLException {
    Dataset<Row> spark = TableRows.read(out, table);
    List<String> columns = new ArrayList<>();
    long rows = 0;
    try (Statement st = duckdb.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + glob(table) + "')")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i));
      }
      while (rs.next()) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          rs.getObject(i); // decodes nested values too: a column DuckDB cannot read fails here
        }
        rows++;
      }
    }

    assertThat(columns).containsExactlyElementsOf(Arrays.asList(spark.columns()));
    assertThat(rows).isEqualTo(spark.count());
  }

  @Test
  void duckDbSeesTheSameFiguresAndDates() throws SQLException {
    String sparkSide = TableRows.read(out, "strikes_per_night")
        .selectExpr("count(*)", "sum(drones_launched)", "sum(missiles_downed)", "min(night_end)", "max(night_end)",
            "sum(size(figures))")
        .collectAsList().get(0).toString();
    String duckSide;
    try (Statement st = duckdb.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), sum(drones_launched), sum(missiles_downed), "
            + "min(night_end), max(night_end), sum(len(figures)) FROM read_parquet('" + glob("strikes_per_night")
            + "')")) {
      rs.next();
      duckSide = "[" + rs.getLong(1) + "," + rs.getLong(2) + "," + rs.getLong(3) + "," + rs.getDate(4) + ","
          + rs.getDate(5) + "," + rs.getLong(6) + "]";
    }

    assertThat(duckSide).isEqualTo(sparkSide);
  }

  private static String glob(String table) {
    return out.resolve(table).resolve("*.parquet").toString();
  }
}
