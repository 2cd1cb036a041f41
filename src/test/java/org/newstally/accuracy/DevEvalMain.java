package org.newstally.accuracy;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.newstally.eval.EvaluationReport;
import org.newstally.eval.Evaluator;
import org.newstally.eval.Gold;
import org.newstally.eval.Predictions;

/** Prints the evaluation of the in-memory extraction on a corpus: {@code DevEvalMain [articles.jsonl gold.jsonl]}. */
public final class DevEvalMain {
  private DevEvalMain() {}

  public static void main(String[] args) throws Exception {
    Path articles = Paths.get(args.length > 0 ? args[0] : "../shared/corpus/dev/articles.jsonl");
    Path gold = Paths.get(args.length > 1 ? args[1] : "../shared/corpus/dev/gold.jsonl");
    long t0 = System.nanoTime();
    Predictions p = InMemoryExtraction.extract(InMemoryExtraction.read(articles));
    EvaluationReport report = Evaluator.evaluate(Gold.read(gold), p);
    System.out.println(report.render());
    System.err.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
