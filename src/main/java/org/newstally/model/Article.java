package org.newstally.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One accepted input article, normalised from any input format. Rows of the `articles` table.
 */
public class Article implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<Article> ENCODER = Encoders.bean(Article.class);

  /** input id when present, else a stable hash of the text */
  private String articleId;
  /** outlet or source domain */
  private String source;
  private String url;
  /** publication date; null when the input has none and no --published default was given */
  private LocalDate published;
  /** where published came from (json_ld, meta, time_element, url, crawl_date, http_last_modified, input, default) */
  private String publishedBasis;
  private String title;
  /** article body, normalised whitespace */
  private String text;
  /** file the record came from */
  private String inputPath;
  /** where in that file: line number, byte offset or WARC record id */
  private String recordRef;

  public Article() {}

  public String getArticleId() { return articleId; }

  public void setArticleId(String articleId) { this.articleId = articleId; }

  public String getSource() { return source; }

  public void setSource(String source) { this.source = source; }

  public String getUrl() { return url; }

  public void setUrl(String url) { this.url = url; }

  public LocalDate getPublished() { return published; }

  public void setPublished(LocalDate published) { this.published = published; }

  public String getPublishedBasis() { return publishedBasis; }

  public void setPublishedBasis(String publishedBasis) { this.publishedBasis = publishedBasis; }

  public String getTitle() { return title; }

  public void setTitle(String title) { this.title = title; }

  public String getText() { return text; }

  public void setText(String text) { this.text = text; }

  public String getInputPath() { return inputPath; }

  public void setInputPath(String inputPath) { this.inputPath = inputPath; }

  public String getRecordRef() { return recordRef; }

  public void setRecordRef(String recordRef) { this.recordRef = recordRef; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Article)) return false;
    Article that = (Article) o;
    return Objects.equals(articleId, that.articleId)
        && Objects.equals(source, that.source)
        && Objects.equals(url, that.url)
        && Objects.equals(published, that.published)
        && Objects.equals(publishedBasis, that.publishedBasis)
        && Objects.equals(title, that.title)
        && Objects.equals(text, that.text)
        && Objects.equals(inputPath, that.inputPath)
        && Objects.equals(recordRef, that.recordRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, source, url, published, publishedBasis, title, text, inputPath, recordRef);
  }

  @Override
  public String toString() {
    return "Article{" + "articleId=" + articleId + ", " + "source=" + source + ", " + "url=" + url + ", " + "published=" + published + ", " + "publishedBasis=" + publishedBasis + ", " + "title=" + title + ", " + "text=" + text + ", " + "inputPath=" + inputPath + ", " + "recordRef=" + recordRef + "}";
  }
}
