package org.newstally.bench;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcherModel;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.lang.reflect.Field;
import org.newstally.nlp.SparkNlpAnnotator;

/**
 * The four Spark NLP stage objects inside a {@link SparkNlpAnnotator}, exactly as the job configures them.
 *
 * <p>The annotator keeps its stages package-private to {@code org.newstally.nlp}. The naive pipeline and the
 * per-stage benchmarks need those very objects: a copy of their settings would drift from the job's the first time
 * someone changes a sentence-boundary rule, and the comparison would silently measure something else. So they are
 * read reflectively, once, and a missing field fails loudly with the name that changed.
 */
public final class AnnotatorStages {
  private final DocumentAssembler documents;
  private final SentenceDetector sentences;
  private final TokenizerModel tokenizer;
  private final TextMatcherModel gazetteer;

  private AnnotatorStages(SparkNlpAnnotator annotator) {
    this.documents = field(annotator, "documents", DocumentAssembler.class);
    this.sentences = field(annotator, "sentences", SentenceDetector.class);
    this.tokenizer = field(annotator, "tokenizer", TokenizerModel.class);
    this.gazetteer = field(annotator, "gazetteer", TextMatcherModel.class);
  }

  public static AnnotatorStages of(SparkNlpAnnotator annotator) {
    return new AnnotatorStages(annotator);
  }

  public DocumentAssembler documents() { return documents; }
  public SentenceDetector sentences() { return sentences; }
  public TokenizerModel tokenizer() { return tokenizer; }
  public TextMatcherModel gazetteer() { return gazetteer; }

  private static <T> T field(SparkNlpAnnotator annotator, String name, Class<T> type) {
    try {
      Field f = SparkNlpAnnotator.class.getDeclaredField(name);
      f.setAccessible(true);
      return type.cast(f.get(annotator));
    } catch (NoSuchFieldException | IllegalAccessException | ClassCastException e) {
      throw new IllegalStateException("SparkNlpAnnotator no longer has a " + type.getSimpleName() + " field '" + name
          + "'; update org.newstally.bench.AnnotatorStages to its new stages", e);
    }
  }
}
