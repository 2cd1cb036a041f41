package org.newstally.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * Everything extracted from one article in one pass of the NLP layer; the tables are projections of it.
 */
public class ArticleExtraction implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<ArticleExtraction> ENCODER = Encoders.bean(ArticleExtraction.class);

  private Article article;
  private int sentenceCount;
  private int tokenCount;
  private List<ActorMention> mentions;
  private List<NumericClaim> claims;
  private List<StrikeReport> strikes;
  private List<Meeting> meetings;
  /** set when extraction failed on this article (the article is kept, the failure reported) */
  private String extractionError;
  /** MinHash signature of the text for near-duplicate detection, null for very short texts */
  private List<Long> minhash;

  public ArticleExtraction() {}

  public Article getArticle() { return article; }

  public void setArticle(Article article) { this.article = article; }

  public int getSentenceCount() { return sentenceCount; }

  public void setSentenceCount(int sentenceCount) { this.sentenceCount = sentenceCount; }

  public int getTokenCount() { return tokenCount; }

  public void setTokenCount(int tokenCount) { this.tokenCount = tokenCount; }

  public List<ActorMention> getMentions() { return mentions; }

  public void setMentions(List<ActorMention> mentions) { this.mentions = mentions; }

  public List<NumericClaim> getClaims() { return claims; }

  public void setClaims(List<NumericClaim> claims) { this.claims = claims; }

  public List<StrikeReport> getStrikes() { return strikes; }

  public void setStrikes(List<StrikeReport> strikes) { this.strikes = strikes; }

  public List<Meeting> getMeetings() { return meetings; }

  public void setMeetings(List<Meeting> meetings) { this.meetings = meetings; }

  public String getExtractionError() { return extractionError; }

  public void setExtractionError(String extractionError) { this.extractionError = extractionError; }

  public List<Long> getMinhash() { return minhash; }

  public void setMinhash(List<Long> minhash) { this.minhash = minhash; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ArticleExtraction)) return false;
    ArticleExtraction that = (ArticleExtraction) o;
    return Objects.equals(article, that.article)
        && sentenceCount == that.sentenceCount
        && tokenCount == that.tokenCount
        && Objects.equals(mentions, that.mentions)
        && Objects.equals(claims, that.claims)
        && Objects.equals(strikes, that.strikes)
        && Objects.equals(meetings, that.meetings)
        && Objects.equals(extractionError, that.extractionError)
        && Objects.equals(minhash, that.minhash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, sentenceCount, tokenCount, mentions, claims, strikes, meetings, extractionError, minhash);
  }

  @Override
  public String toString() {
    return "ArticleExtraction{" + "article=" + article + ", " + "sentenceCount=" + sentenceCount + ", " + "tokenCount=" + tokenCount + ", " + "mentions=" + mentions + ", " + "claims=" + claims + ", " + "strikes=" + strikes + ", " + "meetings=" + meetings + ", " + "extractionError=" + extractionError + ", " + "minhash=" + minhash + "}";
  }
}
