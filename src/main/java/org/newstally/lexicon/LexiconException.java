package org.newstally.lexicon;

/** A lexicon file is missing or invalid. The message names the file and line and says how to fix it. */
public class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
