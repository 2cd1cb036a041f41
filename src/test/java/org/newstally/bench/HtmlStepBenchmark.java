package org.newstally.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole HTML step (jsoup parse of the page's bytes with charset detection, main text, title, canonical URL and
 * date) on the article-extraction benchmark's 181 pages, single-threaded. One operation is one page, taken in
 * turn, so the score is the mean milliseconds per page; {@code jobs/bench html} prints the median beside the F1.
 * Run with {@code jobs/bench jmh HtmlStep}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class HtmlStepBenchmark {
  private List<HtmlBenchmark.Page> pages;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    if (HtmlBenchmark.defaultDir() == null) {
      throw new IllegalStateException("no benchmarks/article-extraction under -Dnewstally.shared, ../shared or "
          + "/work/shared");
    }
    pages = HtmlBenchmark.load(HtmlBenchmark.defaultDir());
  }

  @Benchmark
  public void page(Blackhole bh) {
    HtmlBenchmark.Page page = pages.get(next);
    next = (next + 1) % pages.size();
    bh.consume(HtmlBenchmark.extract(page));
  }
}
