package org.newstally.ingest;

import java.util.Locale;

/**
 * Why an input record was rejected or kept with a warning. The code is what the rejected_records table stores;
 * docs/ingest.md explains each one.
 */
public enum RejectReason {
  MALFORMED_JSON(Severity.REJECTED),
  NOT_AN_OBJECT(Severity.REJECTED),
  MISSING_TEXT(Severity.REJECTED),
  EMPTY_TEXT(Severity.REJECTED),
  MARKUP_ONLY(Severity.REJECTED),
  CSV_FIELD_COUNT(Severity.REJECTED),
  CSV_UNCLOSED_QUOTE(Severity.REJECTED),
  WARC_NOT_HTML(Severity.REJECTED),
  WARC_HTTP_STATUS(Severity.REJECTED),
  MALFORMED_WARC(Severity.REJECTED),
  RECORD_TOO_LARGE(Severity.REJECTED),
  PARSE_FAILED(Severity.REJECTED),
  CORRUPT_COMPRESSED(Severity.REJECTED),
  EMPTY_FILE(Severity.REJECTED),
  UNREADABLE_FILE(Severity.REJECTED),
  DUPLICATE_ID(Severity.REJECTED),
  INVALID_UTF8(Severity.WARNING),
  UNPARSEABLE_DATE(Severity.WARNING),
  TRUNCATED(Severity.WARNING),
  DESCRIPTION_ONLY(Severity.WARNING);

  /** Whether the record is dropped or kept. */
  public enum Severity {
    REJECTED,
    WARNING;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Severity severity;

  RejectReason(Severity severity) {
    this.severity = severity;
  }

  /** The code stored in rejected_records.reason, e.g. {@code malformed_json}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Severity severity() {
    return severity;
  }
}
