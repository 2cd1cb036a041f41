package org.newstally.bench;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.newstally.nlp.AnnotatedText;

/**
 * What the annotation check compares per article: sentence count, token count and the gazetteer hits as
 * "begin-end" with Spark NLP's inclusive end, sorted.
 */
public class ArticleAnnotations implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<ArticleAnnotations> ENCODER = Encoders.bean(ArticleAnnotations.class);

  private String articleId;
  private int sentences;
  private int tokens;
  private List<String> hits;

  public ArticleAnnotations() {}

  /** The figures of one annotated body text. */
  public static ArticleAnnotations of(String articleId, AnnotatedText text) {
    List<String> hits = new ArrayList<>(text.hits().size());
    for (AnnotatedText.Hit hit : text.hits()) {
      hits.add(span(hit.begin(), hit.end() - 1));
    }
    Collections.sort(hits);
    ArticleAnnotations a = new ArticleAnnotations();
    a.setArticleId(articleId);
    a.setSentences(text.sentenceCount());
    a.setTokens(text.tokenCount());
    a.setHits(hits);
    return a;
  }

  /** A hit as the check writes it: {@code begin-end}, end inclusive (Spark NLP's convention). */
  public static String span(int begin, int endInclusive) {
    return begin + "-" + endInclusive;
  }

  public String getArticleId() { return articleId; }

  public void setArticleId(String articleId) { this.articleId = articleId; }

  public int getSentences() { return sentences; }

  public void setSentences(int sentences) { this.sentences = sentences; }

  public int getTokens() { return tokens; }

  public void setTokens(int tokens) { this.tokens = tokens; }

  public List<String> getHits() { return hits; }

  public void setHits(List<String> hits) { this.hits = hits; }
}
