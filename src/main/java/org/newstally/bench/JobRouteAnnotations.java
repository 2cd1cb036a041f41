package org.newstally.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newstally.model.Article;
import org.newstally.nlp.AnnotatedText;
import org.newstally.nlp.SparkNlpAnnotator;
import scala.collection.JavaConverters;

/**
 * The naive pipeline's output (sentences, tokens, gazetteer hits and number matches per article) produced the way
 * the job produces annotations: the annotator broadcast once, one plain-Java call per article inside
 * {@code mapPartitions}. Same annotators, same input, same columns as {@link NaivePipeline#OUTPUT}; only the route
 * differs, so its time against the naive run's is what the route alone is worth.
 */
final class JobRouteAnnotations implements MapPartitionsFunction<Article, Row> {
  private static final long serialVersionUID = 1L;

  /** One annotation: offsets as Spark NLP writes them (end inclusive) and the covered text. */
  private static final StructType SPAN = new StructType()
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("result", DataTypes.StringType, true);
  static final StructType SCHEMA = new StructType()
      .add("articleId", DataTypes.StringType, true)
      .add("sentence", DataTypes.createArrayType(SPAN), false)
      .add("token", DataTypes.createArrayType(SPAN), false)
      .add("entity", DataTypes.createArrayType(SPAN), false)
      .add("number", DataTypes.createArrayType(SPAN), false);

  private final Broadcast<SparkNlpAnnotator> annotator;

  private JobRouteAnnotations(Broadcast<SparkNlpAnnotator> annotator) {
    this.annotator = annotator;
  }

  /** Annotated rows of the articles, lazily. */
  static Dataset<Row> annotate(Dataset<Article> articles, Broadcast<SparkNlpAnnotator> annotator) {
    return articles.mapPartitions(new JobRouteAnnotations(annotator), Encoders.row(SCHEMA));
  }

  @Override
  public Iterator<Row> call(Iterator<Article> articles) {
    SparkNlpAnnotator nlp = annotator.value();
    Pattern number = Pattern.compile(NaivePipeline.NUMBER_RULE);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Article article = articles.next();
        AnnotatedText t = nlp.annotate(article.getText() == null ? "" : article.getText());
        String text = t.text();
        List<Row> sentences = new ArrayList<>(t.sentenceCount());
        List<Row> numbers = new ArrayList<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
          int begin = t.sentenceBegin(s);
          sentences.add(span(begin, t.sentenceEnd(s), text));
          // like RegexMatcher on the sentence annotations: matches within each sentence
          Matcher m = number.matcher(text).region(begin, t.sentenceEnd(s));
          while (m.find()) {
            numbers.add(span(m.start(), m.end(), text));
          }
        }
        List<Row> tokens = new ArrayList<>(t.tokenCount());
        for (int i = 0; i < t.tokenCount(); i++) {
          tokens.add(RowFactory.create(t.tokenBegin(i), t.tokenEnd(i) - 1, t.token(i)));
        }
        List<Row> hits = new ArrayList<>(t.hits().size());
        for (AnnotatedText.Hit h : t.hits()) {
          hits.add(RowFactory.create(h.begin(), h.end() - 1, h.surface()));
        }
        return RowFactory.create(article.getArticleId(), seq(sentences), seq(tokens), seq(hits), seq(numbers));
      }
    };
  }

  /** Row encoders read array columns as Scala sequences. */
  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return JavaConverters.asScalaBuffer(rows).toSeq();
  }

  /** Half-open [begin, end) → Spark NLP's inclusive end. */
  private static Row span(int begin, int end, String text) {
    return RowFactory.create(begin, end - 1, text.substring(begin, end));
  }
}
