package org.newstally.nlp;

import java.util.Iterator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.newstally.model.Article;
import org.newstally.model.ArticleExtraction;

/**
 * Spark's only contact with extraction: one {@link ArticleExtractor} per partition, built from the broadcast NLP
 * layer, applied to each article. An article whose extraction throws is kept with the error recorded (it ends in
 * rejected_records as a warning) instead of failing the task and the job.
 */
public final class ExtractPartitionFn implements MapPartitionsFunction<Article, ArticleExtraction> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LogManager.getLogger(ExtractPartitionFn.class);

  private final Broadcast<Nlp> nlp;

  public ExtractPartitionFn(Broadcast<Nlp> nlp) {
    this.nlp = nlp;
  }

  @Override
  public Iterator<ArticleExtraction> call(Iterator<Article> articles) {
    ArticleExtractor extractor = new ArticleExtractor(nlp.value());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public ArticleExtraction next() {
        Article a = articles.next();
        try {
          return extractor.extract(a);
        } catch (RuntimeException | StackOverflowError e) {
          LOG.warn("extraction failed on article {}: {}", a.getArticleId(), e.toString());
          ArticleExtraction failed = new ArticleExtraction();
          failed.setArticle(a);
          failed.setExtractionError(e.toString());
          failed.setMentions(java.util.List.of());
          failed.setClaims(java.util.List.of());
          failed.setStrikes(java.util.List.of());
          failed.setMeetings(java.util.List.of());
          return failed;
        }
      }
    };
  }
}
