package org.newstally.nlp;

import java.util.List;

/**
 * What Spark NLP found in one text: sentences, tokens and gazetteer hits, all as char offsets into {@link #text()}
 * with exclusive ends. Plain Java, so extractors and their tests need no Spark.
 */
public final class AnnotatedText {

  /** A gazetteer (TextMatcher) hit: the alias as written and its span. */
  public static final class Hit {
    private final int begin;
    private final int end;
    private final String surface;

    public Hit(int begin, int end, String surface) {
      this.begin = begin;
      this.end = end;
      this.surface = surface;
    }

    public int begin() { return begin; }
    public int end() { return end; }
    public String surface() { return surface; }

    @Override
    public String toString() {
      return surface + "@" + begin;
    }
  }

  private final String text;
  private final int[] sentenceBegin;
  private final int[] sentenceEnd;
  private final int[] tokenBegin;
  private final int[] tokenEnd;
  private final int[] tokenSentence;
  private final String[] tokenText;
  private final int[] sentenceFirstToken;
  private final List<Hit> hits;
  private String[] tokenLower;

  public AnnotatedText(String text, int[] sentenceBegin, int[] sentenceEnd, int[] tokenBegin, int[] tokenEnd,
      int[] tokenSentence, String[] tokenText, List<Hit> hits) {
    this.text = text;
    this.sentenceBegin = sentenceBegin;
    this.sentenceEnd = sentenceEnd;
    this.tokenBegin = tokenBegin;
    this.tokenEnd = tokenEnd;
    this.tokenSentence = tokenSentence;
    this.tokenText = tokenText;
    this.hits = hits;
    // tokens come sorted by position; remember where each sentence's tokens start
    this.sentenceFirstToken = new int[sentenceBegin.length + 1];
    int t = 0;
    for (int s = 0; s <= sentenceBegin.length; s++) {
      while (t < tokenSentence.length && tokenSentence[t] < s) {
        t++;
      }
      sentenceFirstToken[s] = t;
    }
  }

  public String text() { return text; }

  public int sentenceCount() { return sentenceBegin.length; }

  public int sentenceBegin(int s) { return sentenceBegin[s]; }

  public int sentenceEnd(int s) { return sentenceEnd[s]; }

  public String sentenceText(int s) { return text.substring(sentenceBegin[s], sentenceEnd[s]); }

  /** Index of the first token of sentence s. */
  public int firstToken(int s) { return sentenceFirstToken[s]; }

  /** Index one past the last token of sentence s. */
  public int endToken(int s) { return sentenceFirstToken[s + 1]; }

  public int tokenCount() { return tokenText.length; }

  public int tokenBegin(int t) { return tokenBegin[t]; }

  public int tokenEnd(int t) { return tokenEnd[t]; }

  public String token(int t) { return tokenText[t]; }

  public int tokenSentence(int t) { return tokenSentence[t]; }

  /** Lower-cased token, computed once per text on first use. */
  public String tokenLower(int t) {
    if (tokenLower == null) {
      String[] lower = new String[tokenText.length];
      for (int i = 0; i < lower.length; i++) {
        lower[i] = tokenText[i].toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      }
      tokenLower = lower;
    }
    return tokenLower[t];
  }

  public List<Hit> hits() { return hits; }

  /** The sentence containing char offset {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentenceBegin.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < sentenceBegin[mid]) {
        hi = mid - 1;
      } else if (offset >= sentenceEnd[mid]) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The first token starting at or after char offset {@code offset}. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokenBegin.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenBegin[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
