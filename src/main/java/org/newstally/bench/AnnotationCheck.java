package org.newstally.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newstally.model.Article;
import org.newstally.nlp.SparkNlpAnnotator;

/**
 * "Same annotations": per article, the naive pipeline's sentence count, token count and gazetteer hits against
 * the job's annotator on the same body text. An article matches when all three are equal.
 */
public final class AnnotationCheck {
  private static final int EXAMPLES = 5;

  /** The tally. */
  public static final class Result {
    public final long articles;
    public final long matched;
    public final long sentencesDiffer;
    public final long tokensDiffer;
    public final long hitsDiffer;
    /** Articles present on one side only. */
    public final long unpaired;
    public final List<String> examples;

    public Result(long articles, long matched, long sentencesDiffer, long tokensDiffer, long hitsDiffer,
        long unpaired, List<String> examples) {
      this.articles = articles;
      this.matched = matched;
      this.sentencesDiffer = sentencesDiffer;
      this.tokensDiffer = tokensDiffer;
      this.hitsDiffer = hitsDiffer;
      this.unpaired = unpaired;
      this.examples = List.copyOf(examples);
    }

    public double share() {
      return articles == 0 ? 0 : (double) matched / articles;
    }

    /** One line for the bench table's notes. */
    public String describe() {
      String line = String.format(Locale.ROOT,
          "same annotations (sentence count, token count, gazetteer hits) in %,d of %,d articles (%.2f%%); "
              + "sentences differ in %,d, tokens in %,d, hits in %,d; %,d articles on one side only",
          matched, articles, 100 * share(), sentencesDiffer, tokensDiffer, hitsDiffer, unpaired);
      return examples.isEmpty() ? line : line + "; e.g. " + String.join(", ", examples);
    }
  }

  private AnnotationCheck() {}

  /** Compares the naive pipeline's output (columns of {@link NaivePipeline#OUTPUT}) with the job's annotator. */
  public static Result compare(Dataset<Row> naiveOutput, Dataset<Article> articles,
      Broadcast<SparkNlpAnnotator> annotator) {
    Dataset<Row> ours = articles.mapPartitions(new OurAnnotationsFn(annotator), ArticleAnnotations.ENCODER)
        .select(col("articleId").as("ourId"), col("sentences").as("ourSentences"), col("tokens").as("ourTokens"),
            expr("array_sort(hits)").as("ourHits"));
    Dataset<Row> naive = naiveOutput.select(col("articleId").as("naiveId"),
        size(col("sentence")).as("naiveSentences"), size(col("token")).as("naiveTokens"),
        expr("array_sort(transform(entity, e -> concat(e.begin, '-', e.end)))").as("naiveHits"));
    // distinct id names: both sides may derive from one Dataset (a self-join Spark would call ambiguous)
    Dataset<Row> joined = ours.join(naive, col("ourId").equalTo(col("naiveId")), "full_outer")
        .select(coalesce(col("ourId"), col("naiveId")).as("articleId"),
            col("ourSentences"), col("ourTokens"), col("ourHits"),
            col("naiveSentences"), col("naiveTokens"), col("naiveHits"))
        .withColumn("paired", col("ourSentences").isNotNull().and(col("naiveSentences").isNotNull()))
        .withColumn("sameSentences", col("paired").and(col("ourSentences").equalTo(col("naiveSentences"))))
        .withColumn("sameTokens", col("paired").and(col("ourTokens").equalTo(col("naiveTokens"))))
        .withColumn("sameHits", col("paired").and(col("ourHits").equalTo(col("naiveHits"))))
        .cache();
    try {
      Row tally = joined.agg(
          sum(lit(1L)), count(col("sameSentences").and(col("sameTokens")).and(col("sameHits"))),
          count(col("paired").and(not(col("sameSentences")))),
          count(col("paired").and(not(col("sameTokens")))),
          count(col("paired").and(not(col("sameHits")))),
          count(not(col("paired")))).first();
      List<String> examples = new ArrayList<>();
      for (Row r : joined.filter(col("paired").and(
              not(col("sameSentences").and(col("sameTokens")).and(col("sameHits")))))
          .orderBy("articleId").limit(EXAMPLES).collectAsList()) {
        examples.add(String.format(Locale.ROOT, "%s: sentences %s/%s tokens %s/%s hits %s/%s (ours/naive)",
            r.getString(0), r.get(1), r.get(4), r.get(2), r.get(5), r.getList(3).size(), r.getList(6).size()));
      }
      return new Result(tally.getLong(0), tally.getLong(1), tally.getLong(2), tally.getLong(3), tally.getLong(4),
          tally.getLong(5), examples);
    } finally {
      joined.unpersist();
    }
  }

  private static Column count(Column condition) {
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }

  /** The job's annotator on each article's body, reduced to the figures the check compares. */
  static final class OurAnnotationsFn implements MapPartitionsFunction<Article, ArticleAnnotations> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SparkNlpAnnotator> annotator;

    OurAnnotationsFn(Broadcast<SparkNlpAnnotator> annotator) {
      this.annotator = annotator;
    }

    @Override
    public Iterator<ArticleAnnotations> call(Iterator<Article> articles) {
      SparkNlpAnnotator nlp = annotator.value();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return articles.hasNext();
        }

        @Override
        public ArticleAnnotations next() {
          Article a = articles.next();
          return ArticleAnnotations.of(a.getArticleId(), nlp.annotate(a.getText() == null ? "" : a.getText()));
        }
      };
    }
  }
}
