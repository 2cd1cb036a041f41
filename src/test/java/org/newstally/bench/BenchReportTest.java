package org.newstally.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final long MB = 1L << 20;

  private static BenchResult run(String variant, long articles, double seconds, long heapAfterGcMb, String note) {
    return new BenchResult(variant, "local[2]", articles, articles * 2000, seconds, 4, seconds + 6, seconds * 1.8, 0.5,
        4096 * MB, 900 * MB, heapAfterGcMb * MB, -1, 2, 0.4, 0.6, note);
  }

  @ParameterizedTest(name = "{0} articles in {1} s, then {2} in {3} s: slope {4}")
  @CsvSource({
      "10000, 10, 100000, 100, 1.0",     // linear
      "10000, 10, 100000, 10, 0.0",      // flat: fixed costs only
      "100000, 100, 1000000, 2000, 1.3", // worse than linear
      "10000, 20, 20000, 40, 1.0"})
  void slopeIsTheExponentOfTimeOverArticles(long n1, double t1, long n2, double t2, double slope) {
    assertThat(BenchReport.slope(run("extract", n1, t1, 400, ""), run("extract", n2, t2, 400, "")))
        .isCloseTo(slope, within(0.01));
  }

  @Test
  void everyRunIsComparedWithTheBareRunOfTheSameSize() {
    String table = BenchReport.render(List.of(
        run("bare", 20000, 10, 200, ""),
        run("extract", 20000, 40, 500, ""),
        run("naive", 20000, 200, 300, "")));

    // CPU is 1.8 × run seconds in these results: 0.9 ms per article for bare, 3.6 for extract, 18 for naive
    assertThat(table).contains("| bare | 20,000 | 2,000 | 4.00 | 10.0 | 0.90 | 1.80 | 16.0 | 0.5 | 900 | 200 | – |")
        .contains("| extract | 20,000 | 500 (0.25×) | 1.00 (0.25×) | 40.0 (4.00×) | 3.60 (4.00×) | 1.80 | 46.0 | 0.5 "
            + "| 900 (1.00×) | 500 (2.50×) | – |")
        .contains("| naive | 20,000 | 100 (0.05×) | 0.20 (0.05×) | 200.0 (20.00×) | 18.00 (20.00×) | 1.80 | 206.0 "
            + "| 0.5 | 900 (1.00×) | 300 (1.50×) | – |");
  }

  @Test
  void aRunWithoutABareRunOfItsSizeHasNoRatio() {
    String table = BenchReport.render(List.of(run("bare", 10000, 5, 200, ""), run("extract", 20000, 40, 500, "")));

    assertThat(table).contains("| extract | 20,000 | 500 | 1.00 | 40.0 | 3.60 | 1.80 | 46.0 | 0.5 | 900 | 500 | – "
        + "| 4,096 | 0.40 (0.60) |");
  }

  @Test
  void scalingTableOnlyForVariantsRunAtSeveralSizes() {
    String table = BenchReport.render(List.of(
        run("bare", 10000, 5, 200, ""),
        run("extract", 10000, 12, 450, ""),
        run("extract", 100000, 120, 460, ""),
        run("extract", 1000000, 1300, 470, "")));

    assertThat(table).contains("| extract | 100,000 | 120.0 | 833 | 1.00 | 2.16 | 460 |")
        .contains("| extract | 1,000,000 | 1300.0 | 769 | 1.03 | 2.34 | 470 |")
        .doesNotContain("| bare | 10,000 | 5.0 | 2,000 | –");
  }

  @Test
  void notesFollowTheTableAndUntimedRunsHaveNoRow() {
    String table = BenchReport.render(List.of(run("bare", 20000, 10, 200, ""),
        new BenchResult("check", "local[2]", 0, 40_000_000, 30, 4, 36, 50, 1, 4096 * MB, 900 * MB, 300 * MB, -1, 2,
            0.3, 0.3, "same annotations in 20,000 of 20,000 articles")));

    assertThat(table).doesNotContain("| check |").endsWith("check (0 articles): same annotations in 20,000 of 20,000 "
        + "articles\n");
  }
}
