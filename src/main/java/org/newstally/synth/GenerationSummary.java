package org.newstally.synth;

import java.util.Locale;

/**
 * What a run wrote.
 *
 * @param articleBytes UTF-8 bytes of articles.jsonl before any compression
 * @param goldBytes UTF-8 bytes of gold.jsonl
 */
public record GenerationSummary(long articles, long articleBytes, long goldBytes, long nanos) {

  public double seconds() {
    return nanos / 1e9;
  }

  public double meanArticleBytes() {
    return articles == 0 ? 0 : (double) articleBytes / articles;
  }

  public double articlesPerSecond() {
    return nanos == 0 ? 0 : articles / seconds();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d articles, %d bytes (mean %.0f per article), gold %d bytes, %.1f s "
        + "(%.0f articles/s)", articles, articleBytes, meanArticleBytes(), goldBytes, seconds(), articlesPerSecond());
  }
}
