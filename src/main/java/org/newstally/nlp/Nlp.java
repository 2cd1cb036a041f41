package org.newstally.nlp;

import java.io.Serializable;
import org.newstally.lexicon.Lexicons;
import org.newstally.nlp.numbers.NumberScanner;

/**
 * The whole NLP layer as one serializable value: the Spark NLP annotator (sentences, tokens, actor gazetteer), the
 * lexicons compiled on its tokens, the number scanner and the time resolver. Built once on the driver, broadcast,
 * and used by one {@link ArticleExtractor} per partition.
 */
public final class Nlp implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Lexicons lexicons;
  private final SparkNlpAnnotator annotator;
  private final Vocabulary vocabulary;
  private final NumberScanner numbers;
  private final TimeResolver time;

  private Nlp(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.annotator = SparkNlpAnnotator.create(lexicons.actors().aliases());
    this.vocabulary = new Vocabulary(lexicons, annotator);
    this.numbers = new NumberScanner(lexicons.numbers());
    this.time = new TimeResolver(lexicons.numbers());
  }

  public static Nlp create(Lexicons lexicons) {
    return new Nlp(lexicons);
  }

  public Lexicons lexicons() { return lexicons; }
  public SparkNlpAnnotator annotator() { return annotator; }
  public Vocabulary vocabulary() { return vocabulary; }
  public NumberScanner numbers() { return numbers; }
  public TimeResolver time() { return time; }
}
