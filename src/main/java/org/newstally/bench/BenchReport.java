package org.newstally.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The bench table: one row per run with throughput, time, CPU and heap, each with its ratio to the bare Spark run of
 * the same size in brackets (variant {@code bare}, the engine's ceiling for this input); then, for a variant run at
 * several sizes, how its time grows (a slope of 1 is linear); then the notes runs left (the annotation check).
 */
public final class BenchReport {
  /** The variant every other is compared with. */
  public static final String BASELINE = "bare";
  private static final double MB = 1024.0 * 1024.0;

  private BenchReport() {}

  /** Every {@code *.properties} result in {@code dir}, in file-name order (the bench numbers them as it runs). */
  public static List<BenchResult> readAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<BenchResult> out = new ArrayList<>();
      files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted()
          .forEach(f -> out.add(BenchResult.read(f)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list bench results in " + dir, e);
    }
  }

  public static String render(List<BenchResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("| variant | articles | articles/s | MB/s | run s | CPU ms/article | cores busy | wall s | GC s "
        + "| heap peak MB | heap after GC MB | executor heap MB | heap max MB | load 1m mean (max) |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
    for (BenchResult r : results) {
      if (r.articles <= 0 || r.runSeconds <= 0) {
        continue;
      }
      BenchResult base = baseline(results, r);
      out.append(String.format(Locale.ROOT,
          "| %s | %,d | %,.0f%s | %.2f%s | %.1f%s | %.2f%s | %.2f | %.1f | %.1f | %,.0f%s | %,.0f%s | %s | %,.0f "
              + "| %.2f (%.2f) |%n",
          r.variant, r.articles,
          r.articlesPerSecond(), ratio(r, base, BenchResult::articlesPerSecond),
          r.megabytesPerSecond(), ratio(r, base, BenchResult::megabytesPerSecond),
          r.runSeconds, ratio(r, base, x -> x.runSeconds),
          r.cpuMillisPerArticle(), ratio(r, base, BenchResult::cpuMillisPerArticle),
          r.coresBusy(), r.wallSeconds, r.gcSeconds,
          r.heapPeakUsed / MB, ratio(r, base, x -> x.heapPeakUsed),
          r.heapPeakAfterGc / MB, ratio(r, base, x -> x.heapPeakAfterGc),
          r.executorHeapPeak < 0 ? "–" : String.format(Locale.ROOT, "%,.0f", r.executorHeapPeak / MB),
          r.heapMax / MB, r.loadMean, r.loadMax));
    }
    String scaling = scaling(results);
    if (!scaling.isEmpty()) {
      out.append('\n').append(scaling);
    }
    for (BenchResult r : results) {
      if (!r.note.isEmpty()) {
        out.append('\n').append(r.variant).append(" (").append(String.format(Locale.ROOT, "%,d", r.articles))
            .append(" articles): ").append(r.note).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * For each variant run at more than one size: time per size and the slope of log(time) over log(articles)
   * between consecutive sizes; 1 means time grows linearly with the input, more means worse than linear.
   */
  static String scaling(List<BenchResult> results) {
    Map<String, List<BenchResult>> byVariant = new LinkedHashMap<>();
    for (BenchResult r : results) {
      if (r.articles > 0 && r.runSeconds > 0) {
        byVariant.computeIfAbsent(r.variant, v -> new ArrayList<>()).add(r);
      }
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<BenchResult>> e : byVariant.entrySet()) {
      List<BenchResult> runs = new ArrayList<>(e.getValue());
      runs.sort((a, b) -> Long.compare(a.articles, b.articles));
      if (runs.stream().mapToLong(r -> r.articles).distinct().count() < 2) {
        continue;
      }
      if (out.length() == 0) {
        out.append("| variant | articles | run s | articles/s | time slope | CPU ms/article | heap after GC MB "
            + "| heap max MB | load 1m mean (max) |\n|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
      }
      BenchResult previous = null;
      for (BenchResult r : runs) {
        String slope = previous == null || previous.articles == r.articles ? "–"
            : String.format(Locale.ROOT, "%.2f", slope(previous, r));
        out.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %s | %.2f | %,.0f | %,.0f | %.2f (%.2f) |%n",
            r.variant, r.articles, r.runSeconds, r.articlesPerSecond(), slope, r.cpuMillisPerArticle(),
            r.heapPeakAfterGc / MB, r.heapMax / MB, r.loadMean, r.loadMax));
        previous = r;
      }
    }
    return out.toString();
  }

  /** d log(time) / d log(articles) between two runs of one variant. */
  static double slope(BenchResult smaller, BenchResult larger) {
    return Math.log(larger.runSeconds / smaller.runSeconds) / Math.log((double) larger.articles / smaller.articles);
  }

  /** The latest baseline run of the same size before or after {@code r}; null when there is none. */
  private static BenchResult baseline(List<BenchResult> results, BenchResult r) {
    BenchResult found = null;
    for (BenchResult candidate : results) {
      if (BASELINE.equals(candidate.variant) && candidate.articles == r.articles && candidate.runSeconds > 0) {
        found = candidate;
      }
    }
    return found;
  }

  /** " (0.25×)": the figure of {@code r} over the baseline's; nothing for the baseline itself or without one. */
  private static String ratio(BenchResult r, BenchResult base, ToDoubleFunction<BenchResult> figure) {
    if (base == null || base == r || figure.applyAsDouble(base) <= 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (%.2f×)", figure.applyAsDouble(r) / figure.applyAsDouble(base));
  }
}
