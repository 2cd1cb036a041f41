package org.newstally.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.SparkTestSession;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import org.newstally.model.Article;
import org.newstally.nlp.Nlp;
import org.newstally.nlp.SparkNlpAnnotator;

class NaivePipelineIT {
  private static SparkSession spark;
  private static Lexicons lexicons;
  private static SparkNlpAnnotator annotator;
  private static Broadcast<SparkNlpAnnotator> broadcast;
  private static Dataset<Article> articles;

  @BeforeAll
  static void articles() {
    spark = SparkTestSession.get();
    lexicons = Lexicons.load(LexiconSource.projectFolder());
    annotator = Nlp.create(lexicons).annotator();
    broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(annotator);
    articles = spark.createDataset(List.of(
        article("n1", "Vladimir Putin received Steve Witkoff in Moscow on Tuesday. The talks lasted 5 hours.\n"
            + "Dmitry Peskov called them useful."),
        article("n2", "Overnight, 146 drones were launched. Air defences downed 1,024.5 of nothing, Mr. Smith joked."),
        article("n3", "Volodymyr Zelenskyy's office said 3 people were hurt.\nMore later.")), Article.ENCODER);
  }

  private static Article article(String id, String text) {
    Article a = new Article();
    a.setArticleId(id);
    a.setTitle("A title");
    a.setText(text);
    return a;
  }

  @Test
  void naivePipelineAnnotatesExactlyAsTheJob(@TempDir Path work) {
    Dataset<Row> naive = NaivePipeline.annotate(NaivePipeline.build(lexicons, annotator, work), articles);
    String output = work.resolve("naive").toString();
    naive.write().parquet(output);

    AnnotationCheck.Result result = AnnotationCheck.compare(spark.read().parquet(output), articles, broadcast);

    assertThat(result.describe()).startsWith("same annotations (sentence count, token count, gazetteer hits) in 3 "
        + "of 3 articles (100.00%)");
    assertThat(ParquetRows.count(output)).isEqualTo(3);
    List<Row> n1 = spark.read().parquet(output).filter(col("articleId").equalTo("n1"))
        .select(expr("size(sentence)"), expr("size(entity)"), expr("transform(number, n -> n.result)")).collectAsList();
    // three sentences (the line break ends one), three actors, one number
    assertThat(n1.get(0).getInt(0)).isEqualTo(3);
    assertThat(n1.get(0).getInt(1)).isEqualTo(3);
    assertThat(n1.get(0).getList(2)).containsExactly("5");
  }

  @Test
  void jobRouteWritesTheNaivePipelinesAnnotationsSpanBySpan(@TempDir Path work) {
    Dataset<Row> naive = NaivePipeline.annotate(NaivePipeline.build(lexicons, annotator, work), articles);
    Dataset<Row> route = JobRouteAnnotations.annotate(articles, broadcast);
    String spans = "transform(%s, a -> concat(a.begin, '-', a.end, ':', a.result))";
    List<String> columns = List.of("sentence", "token", "entity", "number");

    for (String column : columns) {
      List<Row> expected = naive.select(col("articleId"), expr(String.format(spans, column)).as("spans"))
          .orderBy("articleId").collectAsList();
      List<Row> actual = route.select(col("articleId"), expr(String.format(spans, column)).as("spans"))
          .orderBy("articleId").collectAsList();
      assertThat(actual).as(column).isEqualTo(expected);
    }
    // not vacuous: every kind of annotation is there
    Row n1 = route.filter(col("articleId").equalTo("n1"))
        .select(expr("size(sentence)"), expr("size(token)"), expr("size(entity)"), expr("size(number)")).first();
    assertThat(List.of(n1.getInt(0), n1.getInt(2), n1.getInt(3))).containsExactly(3, 3, 1);
    assertThat(n1.getInt(1)).isGreaterThan(15);
  }

  @Test
  void checkCountsEachKindOfDifference(@TempDir Path work) {
    Dataset<Row> naive = NaivePipeline.annotate(NaivePipeline.build(lexicons, annotator, work), articles);
    // n2 loses a token, n3 a gazetteer hit, and a fourth article exists on the naive side only
    Dataset<Row> altered = naive
        .withColumn("token", when(col("articleId").equalTo("n2"), expr("slice(token, 1, size(token) - 1)"))
            .otherwise(col("token")))
        .withColumn("entity", when(col("articleId").equalTo("n3"), expr("slice(entity, 2, size(entity))"))
            .otherwise(col("entity")));
    altered = altered.unionByName(altered.filter(col("articleId").equalTo("n1"))
        .withColumn("articleId", expr("'n4'")));

    AnnotationCheck.Result result = AnnotationCheck.compare(altered, articles, broadcast);

    assertThat(result.articles).isEqualTo(4);
    assertThat(result.matched).isEqualTo(1);
    assertThat(result.sentencesDiffer).isZero();
    assertThat(result.tokensDiffer).isEqualTo(1);
    assertThat(result.hitsDiffer).isEqualTo(1);
    assertThat(result.unpaired).isEqualTo(1);
    assertThat(result.examples).hasSize(2);
    assertThat(result.examples.get(0)).startsWith("n2: sentences 2/2 tokens ");
  }
}
