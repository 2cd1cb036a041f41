package org.newstally.bench;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import org.newstally.model.Article;
import org.newstally.nlp.Nlp;
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
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The sentence detector's hot spot: its sentence-boundary regex. Java tries a lookbehind at every position it
 * reaches, so a bound that opens with the abbreviation lookbehinds (45 alternatives, several lengths each) pays for
 * them at every character of the article; opening with the cheap {@code (?<=[.!?]…)} test rejects almost every
 * position at once. The two orders accept exactly the same boundaries (checked in setup on every article, or the
 * benchmark refuses to run).
 *
 * <p>{@code currentBound}/{@code reorderedBound}: the regex alone, every match in the body.
 * {@code currentDetector}/{@code reorderedDetector}: Spark NLP's SentenceDetector with either bound (custom bounds
 * only, as the job runs it). One operation = one article. Run with {@code jobs/bench jmh SentenceBound}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SentenceBoundBenchmark {
  static final int ARTICLES = 200;

  private final List<String> bodies = new ArrayList<>();
  private final List<Seq<Annotation>> documents = new ArrayList<>();
  private Pattern currentBound;
  private Pattern reorderedBound;
  private SentenceDetector currentDetector;
  private SentenceDetector reorderedDetector;

  @Setup(Level.Trial)
  public void setUp() {
    Nlp nlp = Nlp.create(Lexicons.load(LexiconSource.projectFolder()));
    AnnotatorStages stages = AnnotatorStages.of(nlp.annotator());
    currentDetector = stages.sentences();
    String[] bounds = currentDetector.getCustomBounds();
    String[] reordered = bounds.clone();
    reordered[0] = SentenceBounds.cheapTestFirst(bounds[0]);
    currentBound = Pattern.compile(bounds[0]);
    reorderedBound = Pattern.compile(reordered[0]);
    reorderedDetector = new SentenceDetector();
    reorderedDetector.setInputCols(currentDetector.getInputCols());
    reorderedDetector.setOutputCol(currentDetector.getOutputCol());
    reorderedDetector.setCustomBounds(reordered);
    reorderedDetector.setUseCustomBoundsOnly(true);

    for (Article a : BenchArticles.generate(ARTICLES, 42)) {
      Seq<Annotation> document = stages.documents().assemble(a.getText(), new scala.collection.immutable.HashMap<>());
      bodies.add(a.getText());
      documents.add(document);
      List<String> want = sentences(currentDetector, document);
      List<String> got = sentences(reorderedDetector, document);
      if (!want.equals(got)) {
        throw new IllegalStateException("the reordered bound splits article " + a.getArticleId()
            + " differently:\n  " + want + "\n  " + got);
      }
    }
  }

  private static List<String> sentences(SentenceDetector detector, Seq<Annotation> document) {
    List<String> out = new ArrayList<>();
    for (Annotation s : JavaConverters.seqAsJavaList(detector.annotate(document))) {
      out.add(s.begin() + ":" + s.end());
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void currentBound(Blackhole hole) {
    findAll(currentBound, hole);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void reorderedBound(Blackhole hole) {
    findAll(reorderedBound, hole);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void currentDetector(Blackhole hole) {
    for (Seq<Annotation> document : documents) {
      hole.consume(currentDetector.annotate(document));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void reorderedDetector(Blackhole hole) {
    for (Seq<Annotation> document : documents) {
      hole.consume(reorderedDetector.annotate(document));
    }
  }

  private void findAll(Pattern bound, Blackhole hole) {
    for (String body : bodies) {
      Matcher m = bound.matcher(body);
      while (m.find()) {
        hole.consume(m.start());
      }
    }
  }
}
