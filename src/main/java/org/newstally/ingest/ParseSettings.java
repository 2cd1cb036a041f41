package org.newstally.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/** What the per-record parsers need from the read options; travels to the executors. */
public final class ParseSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A single record (a JSONL line, a CSV record, a text file, a WARC payload) larger than this is rejected as
   * record_too_large rather than buffered: one runaway line must not exhaust an executor's memory.
   */
  public static final int DEFAULT_MAX_RECORD_BYTES = 64 << 20;

  private final FieldMapping fields;
  private final LocalDate defaultPublished;
  private final int maxChars;
  private final int maxRecordBytes;

  public ParseSettings(FieldMapping fields, LocalDate defaultPublished, int maxChars, int maxRecordBytes) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("--max-chars must be positive, not " + maxChars);
    }
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("the record size limit must be positive, not " + maxRecordBytes);
    }
    this.fields = fields;
    this.defaultPublished = defaultPublished;
    this.maxChars = maxChars;
    this.maxRecordBytes = maxRecordBytes;
  }

  public static ParseSettings from(ReadOptions options) {
    return new ParseSettings(FieldMapping.of(options.columns()), options.defaultPublished(), options.maxChars(),
        DEFAULT_MAX_RECORD_BYTES);
  }

  /** Defaults: alias lookup, no default date, 200,000 characters. */
  public static ParseSettings defaults() {
    return new ParseSettings(FieldMapping.defaults(), null, ReadOptions.DEFAULT_MAX_CHARS, DEFAULT_MAX_RECORD_BYTES);
  }

  public FieldMapping fields() {
    return fields;
  }

  public LocalDate defaultPublished() {
    return defaultPublished;
  }

  public int maxChars() {
    return maxChars;
  }

  public int maxRecordBytes() {
    return maxRecordBytes;
  }
}
