package org.newstally.model;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * An input record that could not be used as is. Rows of the `rejected_records` table. Severity `rejected` means the
 * record was dropped; `warning` means it was kept (for example with published = null or truncated text).
 */
public class RejectedRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<RejectedRecord> ENCODER = Encoders.bean(RejectedRecord.class);

  private String inputPath;
  private String recordRef;
  /** machine-readable reason code, see RejectReason */
  private String reason;
  /** human-readable explanation */
  private String detail;
  /** first characters of the raw record */
  private String excerpt;
  /** rejected or warning */
  private String severity;

  public RejectedRecord() {}

  public String getInputPath() { return inputPath; }

  public void setInputPath(String inputPath) { this.inputPath = inputPath; }

  public String getRecordRef() { return recordRef; }

  public void setRecordRef(String recordRef) { this.recordRef = recordRef; }

  public String getReason() { return reason; }

  public void setReason(String reason) { this.reason = reason; }

  public String getDetail() { return detail; }

  public void setDetail(String detail) { this.detail = detail; }

  public String getExcerpt() { return excerpt; }

  public void setExcerpt(String excerpt) { this.excerpt = excerpt; }

  public String getSeverity() { return severity; }

  public void setSeverity(String severity) { this.severity = severity; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof RejectedRecord)) return false;
    RejectedRecord that = (RejectedRecord) o;
    return Objects.equals(inputPath, that.inputPath)
        && Objects.equals(recordRef, that.recordRef)
        && Objects.equals(reason, that.reason)
        && Objects.equals(detail, that.detail)
        && Objects.equals(excerpt, that.excerpt)
        && Objects.equals(severity, that.severity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputPath, recordRef, reason, detail, excerpt, severity);
  }

  @Override
  public String toString() {
    return "RejectedRecord{" + "inputPath=" + inputPath + ", " + "recordRef=" + recordRef + ", " + "reason=" + reason + ", " + "detail=" + detail + ", " + "excerpt=" + excerpt + ", " + "severity=" + severity + "}";
  }
}
