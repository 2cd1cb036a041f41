package org.newstally.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The documented schema of one output table, read from {@code schema/<table>.json} on the classpath: column names,
 * Spark SQL types and a description per column. The writer conforms every table to it, README is generated from it,
 * and a test checks both.
 */
public final class TableSchema {
  /** Version of the set of table schemas; stored with the output and checked before a run appends to it. */
  public static final int VERSION = 1;

  /** The output tables in the order they are written and documented. */
  public static final List<String> TABLES = List.of("articles", "actor_mentions", "numeric_claims",
      "strike_reports", "strikes_per_night", "meetings", "meetings_per_envoy", "rejected_records", "runs");

  /** One column. */
  public static final class Column {
    private final String name;
    private final String type;
    private final String description;

    Column(String name, String type, String description) {
      this.name = name;
      this.type = type;
      this.description = description;
    }

    public String name() { return name; }
    public String type() { return type; }
    public String description() { return description; }
  }

  private final String table;
  private final String row;
  private final String description;
  private final List<Column> columns;

  private TableSchema(String table, String row, String description, List<Column> columns) {
    this.table = table;
    this.row = row;
    this.description = description;
    this.columns = columns;
  }

  public static TableSchema of(String table) {
    String resource = "schema/" + table + ".json";
    try (InputStream in = TableSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema for table '" + table + "' (" + resource + ")");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Column> cols = new ArrayList<>();
      for (JsonNode c : root.get("columns")) {
        cols.add(new Column(c.get("name").asText(), c.get("type").asText(), c.get("description").asText()));
      }
      return new TableSchema(table, root.get("row").asText(), root.get("description").asText(),
          Collections.unmodifiableList(cols));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public String table() { return table; }
  public String row() { return row; }
  public String description() { return description; }
  public List<Column> columns() { return columns; }

  /** The Spark schema: every column nullable (Parquet readers see optional columns). */
  public StructType sparkType() {
    List<StructField> fields = new ArrayList<>();
    for (Column c : columns) {
      fields.add(new StructField(c.name(), DataType.fromDDL(c.type()), true,
          org.apache.spark.sql.types.Metadata.empty()));
    }
    return new StructType(fields.toArray(new StructField[0]));
  }
}
