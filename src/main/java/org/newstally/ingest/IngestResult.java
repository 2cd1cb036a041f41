package org.newstally.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/**
 * What {@link ArticleReader#read} gives: three lazy Datasets over one persisted read of the input (so the files are
 * read once however many of them are used), and the files that were resolved.
 */
public final class IngestResult {
  private final List<ResolvedInput> inputs;
  private final Dataset<IngestRecord> records;
  private final Dataset<Article> articles;
  private final Dataset<RejectedRecord> issues;
  private final Dataset<Row> fileCounts;

  IngestResult(List<ResolvedInput> inputs, Dataset<IngestRecord> records, Dataset<Article> articles,
      Dataset<RejectedRecord> issues, Dataset<Row> fileCounts) {
    this.inputs = inputs;
    this.records = records;
    this.articles = articles;
    this.issues = issues;
    this.fileCounts = fileCounts;
  }

  /** Accepted articles, ids unique: of several records with one id the first in (input path, position) is kept. */
  public Dataset<Article> articles() {
    return articles;
  }

  /** Rejected records (severity rejected, dropped) and warnings on kept articles (severity warning). */
  public Dataset<RejectedRecord> issues() {
    return issues;
  }

  /**
   * Per input file: input_path, read, accepted, rejected (all bigint), with read = accepted + rejected. Warnings do
   * not count: a kept article with warnings is accepted.
   */
  public Dataset<Row> fileCounts() {
    return fileCounts;
  }

  /** The files read, as resolved before the job. */
  public List<ResolvedInput> inputs() {
    return inputs;
  }

  /** Frees the persisted read once articles, issues and counts have all been written. */
  public void unpersist() {
    records.unpersist();
  }
}
