package org.newstally.ingest;

import org.newstally.model.RejectedRecord;

/** Builds rejected_records rows. */
public final class Issues {
  public static final int EXCERPT_CHARS = 200;

  private Issues() {}

  public static RejectedRecord of(String inputPath, String recordRef, RejectReason reason, String detail, String raw) {
    RejectedRecord r = new RejectedRecord();
    r.setInputPath(inputPath);
    r.setRecordRef(recordRef);
    r.setReason(reason.code());
    r.setSeverity(reason.severity().code());
    r.setDetail(detail);
    r.setExcerpt(excerpt(raw));
    return r;
  }

  /** The first 200 characters, never ending inside a surrogate pair; null stays null. */
  public static String excerpt(String raw) {
    if (raw == null || raw.length() <= EXCERPT_CHARS) {
      return raw;
    }
    int end = EXCERPT_CHARS;
    if (Character.isHighSurrogate(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end);
  }

  /** A one-line description of an exception for the detail column. */
  public static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
