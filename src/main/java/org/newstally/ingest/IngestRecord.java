package org.newstally.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/**
 * One row of the read, before duplicate ids are resolved: an accepted article or an issue, with the position that
 * orders it within its file. Both kinds share one Dataset so the input is read once for articles, issues and
 * counts.
 */
public class IngestRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String ARTICLE = "article";
  static final String ISSUE = "issue";

  private String kind;
  private String inputPath;
  private String recordRef;
  private long position;
  private String articleId;
  private String source;
  private String url;
  private LocalDate published;
  private String publishedBasis;
  private String title;
  private String text;
  private String reason;
  private String detail;
  private String excerpt;
  private String severity;

  public IngestRecord() {}

  /** The rows of one outcome: the article and its warnings, or the rejection. */
  public static List<IngestRecord> rowsOf(ParseOutcome outcome) {
    List<IngestRecord> rows = new ArrayList<>(1 + outcome.issues().size());
    if (outcome.isAccepted()) {
      rows.add(article(outcome.article(), outcome.position()));
    }
    for (RejectedRecord issue : outcome.issues()) {
      rows.add(issue(issue, outcome.position()));
    }
    return rows;
  }

  static IngestRecord article(Article a, long position) {
    IngestRecord r = new IngestRecord();
    r.kind = ARTICLE;
    r.inputPath = a.getInputPath();
    r.recordRef = a.getRecordRef();
    r.position = position;
    r.articleId = a.getArticleId();
    r.source = a.getSource();
    r.url = a.getUrl();
    r.published = a.getPublished();
    r.publishedBasis = a.getPublishedBasis();
    r.title = a.getTitle();
    r.text = a.getText();
    return r;
  }

  static IngestRecord issue(RejectedRecord issue, long position) {
    IngestRecord r = new IngestRecord();
    r.kind = ISSUE;
    r.inputPath = issue.getInputPath();
    r.recordRef = issue.getRecordRef();
    r.position = position;
    r.reason = issue.getReason();
    r.detail = issue.getDetail();
    r.excerpt = issue.getExcerpt();
    r.severity = issue.getSeverity();
    return r;
  }

  public String getKind() { return kind; }

  public void setKind(String kind) { this.kind = kind; }

  public String getInputPath() { return inputPath; }

  public void setInputPath(String inputPath) { this.inputPath = inputPath; }

  public String getRecordRef() { return recordRef; }

  public void setRecordRef(String recordRef) { this.recordRef = recordRef; }

  public long getPosition() { return position; }

  public void setPosition(long position) { this.position = position; }

  public String getArticleId() { return articleId; }

  public void setArticleId(String articleId) { this.articleId = articleId; }

  public String getSource() { return source; }

  public void setSource(String source) { this.source = source; }

  public String getUrl() { return url; }

  public void setUrl(String url) { this.url = url; }

  public String getPublishedBasis() { return publishedBasis; }

  public void setPublishedBasis(String publishedBasis) { this.publishedBasis = publishedBasis; }

  public LocalDate getPublished() { return published; }

  public void setPublished(LocalDate published) { this.published = published; }

  public String getTitle() { return title; }

  public void setTitle(String title) { this.title = title; }

  public String getText() { return text; }

  public void setText(String text) { this.text = text; }

  public String getReason() { return reason; }

  public void setReason(String reason) { this.reason = reason; }

  public String getDetail() { return detail; }

  public void setDetail(String detail) { this.detail = detail; }

  public String getExcerpt() { return excerpt; }

  public void setExcerpt(String excerpt) { this.excerpt = excerpt; }

  public String getSeverity() { return severity; }

  public void setSeverity(String severity) { this.severity = severity; }
}
