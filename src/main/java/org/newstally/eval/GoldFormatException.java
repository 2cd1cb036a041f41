package org.newstally.eval;

/** A gold file cannot be read or breaks the gold schema. The message names the file, the line and the field. */
public class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
