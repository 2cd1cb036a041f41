package org.newstally.bench;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.annotators.RegexMatcher;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newstally.lexicon.Lexicons;
import org.newstally.model.Article;
import org.newstally.nlp.SparkNlpAnnotator;

/**
 * The same NLP as the job, written the way a Spark NLP user writes it first: DocumentAssembler → SentenceDetector →
 * Tokenizer → TextMatcher (the actor aliases) → RegexMatcher (numbers), fitted as one {@link Pipeline} and applied
 * with {@link PipelineModel#transform}, every annotation column kept in the DataFrame.
 *
 * <p>The first three stages are the job's own configured objects ({@link AnnotatorStages}), and the TextMatcher is
 * fitted on the lexicon's aliases with the job's tokenizer, so sentences, tokens and gazetteer hits can be compared
 * article by article with the job's ({@link AnnotationCheck}). Only the route differs: rows of annotation structs
 * through Spark's ML transform instead of one plain-Java call per article.
 */
public final class NaivePipeline {
  /** What a user would write for "numbers": digits with thousands separators or decimals. */
  static final String NUMBER_RULE = "\\d+(?:[.,]\\d+)*";
  /** The RegexMatcher rule line splits on this; it occurs in no rule. */
  private static final String RULE_DELIMITER = "~";

  /** Output columns, in order: the article id and one annotation array per stage. */
  public static final List<String> OUTPUT = List.of("articleId", "sentence", "token", "entity", "number");

  private NaivePipeline() {}

  /**
   * The unfitted pipeline. The aliases are written one per line to {@code workDir}/actor_aliases.txt, the file
   * TextMatcher reads when it is fitted.
   */
  public static Pipeline build(Lexicons lexicons, SparkNlpAnnotator annotator, Path workDir) {
    AnnotatorStages stages = AnnotatorStages.of(annotator);
    Path aliases = writeAliases(lexicons, workDir);

    TextMatcher gazetteer = new TextMatcher();
    gazetteer.setInputCols(stages.gazetteer().getInputCols());
    gazetteer.setOutputCol("entity");
    gazetteer.setEntities(aliases.toString(), ReadAs.TEXT(), new scala.collection.immutable.Map.Map1<>("format",
        "text"));
    gazetteer.setTokenizer(stages.tokenizer());
    gazetteer.setCaseSensitive(true);
    gazetteer.setMergeOverlapping(true);
    gazetteer.setBuildFromTokens(false);
    gazetteer.setEntityValue("actor");

    RegexMatcher numbers = new RegexMatcher();
    numbers.setInputCols(new String[] {"sentence"});
    numbers.setOutputCol("number");
    numbers.setDelimiter(RULE_DELIMITER);
    numbers.setRules(new String[] {NUMBER_RULE + RULE_DELIMITER + "number"});
    numbers.setStrategy("MATCH_ALL");

    return new Pipeline().setStages(new PipelineStage[] {
        stages.documents(), stages.sentences(), stages.tokenizer(), gazetteer, numbers});
  }

  /** Fits the pipeline on the articles (id and body text) and returns the annotated rows, lazily. */
  public static Dataset<Row> annotate(Pipeline pipeline, Dataset<Article> articles) {
    Dataset<Row> input = articles.select(col("articleId"), col("text"));
    PipelineModel model = pipeline.fit(input);
    List<org.apache.spark.sql.Column> out = new ArrayList<>();
    for (String name : OUTPUT) {
      out.add(col(name));
    }
    return model.transform(input).select(out.toArray(new org.apache.spark.sql.Column[0]));
  }

  private static Path writeAliases(Lexicons lexicons, Path workDir) {
    try {
      Files.createDirectories(workDir);
      Path file = workDir.resolve("actor_aliases.txt");
      // sorted, so the file (and the fitted trie) is the same on every run
      Files.write(file, new TreeSet<>(lexicons.actors().aliases()), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the alias list for TextMatcher into " + workDir, e);
    }
  }
}
