package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * Writing streams: 200,000 articles (~430 MB of JSON) go through a Writer that only counts, and the heap in use,
 * measured after forced collections before, during and after the run, grows by a small fraction of what keeping
 * the articles would take.
 */
class StreamingTest {
  private static final Logger LOG = LogManager.getLogger(StreamingTest.class);
  private static final long ARTICLES = 200_000;
  private static final long MB = 1024 * 1024;

  @Test
  void twoHundredThousandArticlesNeedBoundedMemory() throws Exception {
    CorpusGenerator generator = new CorpusGenerator(GeneratorConfig.synthetic(ARTICLES, 5));
    long before = usedAfterGc();
    CountingWriter articles = new CountingWriter(50_000);
    CountingWriter gold = new CountingWriter(Long.MAX_VALUE);
    GenerationSummary summary = generator.write(articles, gold);
    long after = usedAfterGc();
    LOG.info("streaming: {}; heap before {} MB, peak during {} MB, after {} MB", summary, before / MB,
        articles.peakUsed / MB, after / MB);
    assertThat(articles.lines).isEqualTo(ARTICLES);
    assertThat(gold.lines).isEqualTo(ARTICLES);
    assertThat(articles.chars).as("what the corpus would take to hold").isGreaterThan(350 * MB);
    assertThat(articles.peakUsed - before).as("heap growth while writing").isLessThan(64 * MB);
    assertThat(after - before).as("heap growth after writing").isLessThan(32 * MB);
  }

  static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Counts characters and lines, keeps nothing, and samples the heap every {@code sampleEvery} lines. */
  static final class CountingWriter extends Writer {
    private final long sampleEvery;
    long chars;
    long lines;
    long peakUsed;

    CountingWriter(long sampleEvery) {
      this.sampleEvery = sampleEvery;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s) {
      chars += s.length();
    }

    @Override
    public void write(int c) {
      chars++;
      if (c == '\n' && ++lines % sampleEvery == 0) {
        try {
          peakUsed = Math.max(peakUsed, usedAfterGc());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
