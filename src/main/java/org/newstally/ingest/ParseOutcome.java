package org.newstally.ingest;

import java.util.Collections;
import java.util.List;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/**
 * What one input record became: an accepted article with its warnings, or exactly one rejection. {@code position}
 * orders records within their file (line number, row index, byte offset) so that duplicate ids keep the first.
 */
public final class ParseOutcome {
  private final long position;
  private final Article article;
  private final List<RejectedRecord> issues;

  private ParseOutcome(long position, Article article, List<RejectedRecord> issues) {
    this.position = position;
    this.article = article;
    this.issues = issues;
  }

  public static ParseOutcome accepted(long position, Article article, List<RejectedRecord> warnings) {
    return new ParseOutcome(position, article, Collections.unmodifiableList(warnings));
  }

  public static ParseOutcome rejected(long position, RejectedRecord rejection) {
    return new ParseOutcome(position, null, Collections.singletonList(rejection));
  }

  public long position() {
    return position;
  }

  /** The article, or null when the record was rejected. */
  public Article article() {
    return article;
  }

  public boolean isAccepted() {
    return article != null;
  }

  /** Warnings of an accepted article, or the one rejection. */
  public List<RejectedRecord> issues() {
    return issues;
  }

  @Override
  public String toString() {
    return "ParseOutcome{position=" + position + ", article=" + article + ", issues=" + issues + "}";
  }
}
