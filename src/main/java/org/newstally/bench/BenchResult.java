package org.newstally.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What one bench run measured, written by the run's own JVM as a properties file and read back by
 * {@link BenchReport}. Times in seconds, memory in bytes; -1 where a figure does not apply.
 */
public final class BenchResult {
  public final String variant;
  public final String master;
  public final long articles;
  public final long inputBytes;
  /** Seconds of the measured part: from reading the input to the last table written (session start excluded). */
  public final double runSeconds;
  /** Seconds from JVM start to the session being ready. */
  public final double startupSeconds;
  /** Seconds from JVM start to the end of the run. */
  public final double wallSeconds;
  /**
   * CPU seconds of the measured part: this JVM's (all threads); on a cluster plus the executors' task CPU time as
   * Spark's task metrics give it.
   */
  public final double cpuSeconds;
  public final double gcSeconds;
  public final long heapMax;
  public final long heapPeakUsed;
  public final long heapPeakAfterGc;
  /** Largest executor heap peak reported by Spark's executor metrics (the driver JVM in local mode). */
  public final long executorHeapPeak;
  public final int cores;
  /** The machine's 1-minute load average during the measured part, mean and maximum of samples every second. */
  public final double loadMean;
  public final double loadMax;
  /** Free text: what else the run found (e.g. the annotation check's share). */
  public final String note;

  public BenchResult(String variant, String master, long articles, long inputBytes, double runSeconds,
      double startupSeconds, double wallSeconds, double cpuSeconds, double gcSeconds, long heapMax, long heapPeakUsed,
      long heapPeakAfterGc, long executorHeapPeak, int cores, double loadMean, double loadMax, String note) {
    this.variant = variant;
    this.master = master;
    this.articles = articles;
    this.inputBytes = inputBytes;
    this.runSeconds = runSeconds;
    this.startupSeconds = startupSeconds;
    this.wallSeconds = wallSeconds;
    this.cpuSeconds = cpuSeconds;
    this.gcSeconds = gcSeconds;
    this.heapMax = heapMax;
    this.heapPeakUsed = heapPeakUsed;
    this.heapPeakAfterGc = heapPeakAfterGc;
    this.executorHeapPeak = executorHeapPeak;
    this.cores = cores;
    this.loadMean = loadMean;
    this.loadMax = loadMax;
    this.note = note == null ? "" : note;
  }

  public double articlesPerSecond() {
    return runSeconds > 0 ? articles / runSeconds : 0;
  }

  public double megabytesPerSecond() {
    return runSeconds > 0 ? inputBytes / 1e6 / runSeconds : 0;
  }

  /**
   * CPU time per article (ms): unlike articles/s it hardly changes when other processes take cores away, so
   * {@code cores × 1000 / cpuMillisPerArticle} estimates the throughput of the same run on a machine of its own.
   */
  public double cpuMillisPerArticle() {
    return articles > 0 ? cpuSeconds * 1000 / articles : 0;
  }

  /** Average number of cores busy during the measured part. */
  public double coresBusy() {
    return runSeconds > 0 ? cpuSeconds / runSeconds : 0;
  }

  public void write(Path file) {
    Properties p = new Properties();
    p.setProperty("variant", variant);
    p.setProperty("master", master);
    p.setProperty("articles", Long.toString(articles));
    p.setProperty("input_bytes", Long.toString(inputBytes));
    p.setProperty("run_seconds", format(runSeconds));
    p.setProperty("startup_seconds", format(startupSeconds));
    p.setProperty("wall_seconds", format(wallSeconds));
    p.setProperty("cpu_seconds", format(cpuSeconds));
    p.setProperty("gc_seconds", format(gcSeconds));
    p.setProperty("heap_max", Long.toString(heapMax));
    p.setProperty("heap_peak_used", Long.toString(heapPeakUsed));
    p.setProperty("heap_peak_after_gc", Long.toString(heapPeakAfterGc));
    p.setProperty("executor_heap_peak", Long.toString(executorHeapPeak));
    p.setProperty("cores", Integer.toString(cores));
    p.setProperty("load_mean", format(loadMean));
    p.setProperty("load_max", format(loadMax));
    p.setProperty("note", note);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        p.store(out, "newstally bench result");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write bench result " + file, e);
    }
  }

  public static BenchResult read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bench result " + file, e);
    }
    try {
      return new BenchResult(required(p, "variant", file), required(p, "master", file),
          Long.parseLong(required(p, "articles", file)), Long.parseLong(required(p, "input_bytes", file)),
          Double.parseDouble(required(p, "run_seconds", file)),
          Double.parseDouble(required(p, "startup_seconds", file)),
          Double.parseDouble(required(p, "wall_seconds", file)), Double.parseDouble(required(p, "cpu_seconds", file)),
          Double.parseDouble(required(p, "gc_seconds", file)), Long.parseLong(required(p, "heap_max", file)),
          Long.parseLong(required(p, "heap_peak_used", file)), Long.parseLong(required(p, "heap_peak_after_gc", file)),
          Long.parseLong(required(p, "executor_heap_peak", file)), Integer.parseInt(required(p, "cores", file)),
          Double.parseDouble(required(p, "load_mean", file)), Double.parseDouble(required(p, "load_max", file)),
          p.getProperty("note", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bench result " + file + " has a malformed number: " + e.getMessage(), e);
    }
  }

  private static String required(Properties p, String key, Path file) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("bench result " + file + " has no '" + key + "'");
    }
    return value;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
