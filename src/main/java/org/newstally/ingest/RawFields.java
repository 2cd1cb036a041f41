package org.newstally.ingest;

import java.util.EnumMap;

/**
 * The raw field values of one input record, as found (not yet normalised), plus what the format reader learned
 * about it on the way.
 */
public final class RawFields {
  private final EnumMap<ArticleField, String> values = new EnumMap<>(ArticleField.class);
  /** why the text field was unusable although present (e.g. it held a JSON array); null when fine */
  private String textProblem;
  /** the text was extracted from an HTML page, so an empty result means the page was markup only */
  private boolean fromHtmlPage;
  /** the record's bytes were not valid UTF-8 and were decoded with U+FFFD replacement */
  private boolean invalidUtf8;
  /** where the PUBLISHED value came from, when the format reader knows (a web page's JSON-LD, meta, URL ...) */
  private String publishedBasis;
  /** the start of the raw record, for excerpts */
  private String raw;

  public RawFields set(ArticleField field, String value) {
    if (value != null) {
      values.put(field, value);
    } else {
      values.remove(field);
    }
    return this;
  }

  public String get(ArticleField field) {
    return values.get(field);
  }

  public RawFields textProblem(String problem) {
    this.textProblem = problem;
    return this;
  }

  public String textProblem() {
    return textProblem;
  }

  public RawFields fromHtmlPage(boolean fromHtmlPage) {
    this.fromHtmlPage = fromHtmlPage;
    return this;
  }

  public boolean fromHtmlPage() {
    return fromHtmlPage;
  }

  public RawFields invalidUtf8(boolean invalidUtf8) {
    this.invalidUtf8 = invalidUtf8;
    return this;
  }

  public boolean invalidUtf8() {
    return invalidUtf8;
  }

  public RawFields publishedBasis(String basis) {
    this.publishedBasis = basis;
    return this;
  }

  public String publishedBasis() {
    return publishedBasis;
  }

  public RawFields raw(String raw) {
    this.raw = raw;
    return this;
  }

  public String raw() {
    return raw;
  }
}
