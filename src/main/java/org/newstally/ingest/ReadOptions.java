package org.newstally.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to read and how. Fluent setters; every option has a default, and all are checked by
 * {@link ArticleReader#resolve} before any Spark job runs.
 */
public final class ReadOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_MAX_CHARS = 200_000;

  private List<String> inputs = new ArrayList<>();
  private InputFormat format;
  private Map<String, String> columns = new LinkedHashMap<>();
  private LocalDate defaultPublished;
  private int maxChars = DEFAULT_MAX_CHARS;
  private int minPartitions;

  /** Files, folders (read recursively) and globs; local paths or any Hadoop file system URI. */
  public ReadOptions inputs(List<String> inputs) {
    this.inputs = new ArrayList<>(inputs);
    return this;
  }

  public ReadOptions inputs(String... inputs) {
    return inputs(List.of(inputs));
  }

  /** The format of every input; null (the default) tells it from each file's name. */
  public ReadOptions format(InputFormat format) {
    this.format = format;
    return this;
  }

  /** Article field to input column/field name, for CSV, JSONL and Parquet (e.g. text=body). */
  public ReadOptions columns(Map<String, String> columns) {
    this.columns = new LinkedHashMap<>(columns);
    return this;
  }

  /** Used when a record carries no date at all (not when it carries one that cannot be read). */
  public ReadOptions defaultPublished(LocalDate defaultPublished) {
    this.defaultPublished = defaultPublished;
    return this;
  }

  /** Longer texts are cut to this many characters and get a truncated warning. */
  public ReadOptions maxChars(int maxChars) {
    this.maxChars = maxChars;
    return this;
  }

  /**
   * The least number of partitions to spread the read and the accepted articles over; 0 means Spark's default
   * parallelism.
   */
  public ReadOptions minPartitions(int minPartitions) {
    this.minPartitions = minPartitions;
    return this;
  }

  public List<String> inputs() {
    return Collections.unmodifiableList(inputs);
  }

  public InputFormat format() {
    return format;
  }

  public Map<String, String> columns() {
    return Collections.unmodifiableMap(columns);
  }

  public LocalDate defaultPublished() {
    return defaultPublished;
  }

  public int maxChars() {
    return maxChars;
  }

  public int minPartitions() {
    return minPartitions;
  }

  /**
   * Parses a --columns value such as {@code text=body,published=pub_date} into a mapping (field names are checked by
   * {@link ArticleReader#resolve}).
   */
  public static Map<String, String> parseColumns(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return out;
    }
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--columns: '" + pair.trim() + "' is not FIELD=COLUMN (as in text=body)");
      }
      out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return out;
  }

  @Override
  public String toString() {
    return "ReadOptions{inputs=" + inputs + ", format=" + format + ", columns=" + columns + ", defaultPublished="
        + defaultPublished + ", maxChars=" + maxChars + ", minPartitions=" + minPartitions + "}";
  }
}
