package org.newstally.bench;

import com.johnsnowlabs.nlp.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import org.newstally.model.Article;
import org.newstally.nlp.AnnotatedText;
import org.newstally.nlp.ArticleExtractor;
import org.newstally.nlp.Nlp;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Single-threaded throughput of the per-article work Spark runs in each task, and of each of its stages, on the same
 * generated articles. The primary score is articles per second (one operation = one article); the secondary
 * {@code sentences} score is sentences per second.
 *
 * <ul>
 *   <li>{@code extract}: {@link ArticleExtractor#extract}, everything one article costs (title and body);
 *   <li>{@code annotate}: the Spark NLP layer on title and body ({@code SparkNlpAnnotator.annotate}, twice);
 *   <li>{@code annotateTitle}: the same on the title alone, a few words: what one call costs whatever its length;
 *   <li>{@code documentAssembler}, {@code sentenceDetector}, {@code tokenizer}, {@code gazetteer}: one Spark NLP
 *       stage on the body, given the input the job gives it (computed beforehand);
 *   <li>{@code numbers}: the number scanner on every body sentence.
 * </ul>
 * What the extractors (actors, strikes, meetings, time) cost is {@code extract} minus {@code annotate} minus
 * {@code numbers}, per article. Run with {@code jobs/bench jmh ArticleExtractor} from the project folder.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ArticleExtractorBenchmark {
  /** Articles per invocation: enough to mix strike, meeting, mixed and distractor stories as the corpus does. */
  static final int ARTICLES = 200;

  private Nlp nlp;
  private AnnotatorStages stages;
  private ArticleExtractor extractor;
  private List<Article> articles;
  private long sentencesPerInvocation;
  private final List<String> bodies = new ArrayList<>();
  private final List<Seq<Annotation>> documents = new ArrayList<>();
  private final List<Seq<Annotation>> documentsAndTokens = new ArrayList<>();
  private final List<String> sentenceTexts = new ArrayList<>();

  /** Sentences processed, reported by JMH as a rate next to the articles. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Sentences {
    public long sentences;

    @Setup(Level.Iteration)
    public void reset() {
      sentences = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    nlp = Nlp.create(Lexicons.load(LexiconSource.projectFolder()));
    stages = AnnotatorStages.of(nlp.annotator());
    extractor = new ArticleExtractor(nlp);
    articles = BenchArticles.generate(ARTICLES, 42);
    for (Article a : articles) {
      String body = a.getText();
      bodies.add(body);
      Seq<Annotation> document = stages.documents().assemble(body, new scala.collection.immutable.HashMap<>());
      // each stage gets the input the job gives it: the tokenizer and the gazetteer read the whole document
      Seq<Annotation> tokenSeq = stages.tokenizer().annotate(document);
      List<Annotation> both = new ArrayList<>(JavaConverters.seqAsJavaList(document));
      both.addAll(JavaConverters.seqAsJavaList(tokenSeq));
      documents.add(document);
      documentsAndTokens.add(JavaConverters.asScalaBuffer(both).toSeq());
      AnnotatedText annotated = nlp.annotator().annotate(body);
      for (int s = 0; s < annotated.sentenceCount(); s++) {
        sentenceTexts.add(annotated.sentenceText(s));
      }
    }
    sentencesPerInvocation = sentenceTexts.size();
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void extract(Blackhole hole, Sentences counter) {
    for (Article a : articles) {
      hole.consume(extractor.extract(a));
    }
    counter.sentences += sentencesPerInvocation;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void annotate(Blackhole hole, Sentences counter) {
    for (Article a : articles) {
      hole.consume(nlp.annotator().annotate(a.getText()));
      hole.consume(nlp.annotator().annotate(a.getTitle() == null ? "" : a.getTitle()));
    }
    counter.sentences += sentencesPerInvocation;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void annotateTitle(Blackhole hole) {
    for (Article a : articles) {
      hole.consume(nlp.annotator().annotate(a.getTitle() == null ? "" : a.getTitle()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void documentAssembler(Blackhole hole, Sentences counter) {
    for (String body : bodies) {
      hole.consume(stages.documents().assemble(body, new scala.collection.immutable.HashMap<>()));
    }
    counter.sentences += sentencesPerInvocation;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void sentenceDetector(Blackhole hole, Sentences counter) {
    for (Seq<Annotation> document : documents) {
      hole.consume(stages.sentences().annotate(document));
    }
    counter.sentences += sentencesPerInvocation;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void tokenizer(Blackhole hole, Sentences counter) {
    for (Seq<Annotation> document : documents) {
      hole.consume(stages.tokenizer().annotate(document));
    }
    counter.sentences += sentencesPerInvocation;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void gazetteer(Blackhole hole, Sentences counter) {
    for (Seq<Annotation> both : documentsAndTokens) {
      hole.consume(stages.gazetteer().annotate(both));
    }
    counter.sentences += sentencesPerInvocation;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void numbers(Blackhole hole, Sentences counter) {
    for (String sentence : sentenceTexts) {
      hole.consume(nlp.numbers().scan(sentence));
    }
    counter.sentences += sentencesPerInvocation;
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(ArticleExtractorBenchmark.class.getSimpleName()).build()).run();
  }
}
