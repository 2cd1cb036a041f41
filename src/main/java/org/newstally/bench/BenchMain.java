package org.newstally.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newstally.cli.Main;
import org.newstally.ingest.ArticleReader;
import org.newstally.ingest.IngestResult;
import org.newstally.ingest.ReadOptions;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import org.newstally.nlp.Nlp;
import org.newstally.nlp.SparkNlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The bench harness behind {@code jobs/bench}: {@code run} measures one variant in this JVM (the script starts a
 * fresh JVM per variant) and writes a {@link BenchResult}; {@code report} prints the table of a results folder.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchMain.Run.class, BenchMain.Report.class},
    description = "Measures newstally against bare Spark and a naive Spark NLP pipeline (see docs/performance.md).")
public final class BenchMain implements Runnable {
  private static final Logger LOG = LogManager.getLogger(BenchMain.class);

  /** What one run measures. */
  enum Variant {
    /** (a) the job's reader, articles written to Parquet: the engine's ceiling for this input */
    BARE,
    /** (b) the full extract command, every table */
    EXTRACT,
    /** (c) the same NLP as a fitted Spark NLP Pipeline applied with transform, annotations written to Parquet */
    NAIVE,
    /** (c') the naive run's annotations through the job's route: the annotator broadcast, one call per article */
    ANNOTATE,
    /** not timed for the table: compares the naive output with the job's annotator, article by article */
    CHECK
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "Runs one variant and writes its result.")
  static final class Run implements Callable<Integer> {
    @Option(names = "--variant", required = true, description = "bare, extract, naive, annotate or check")
    Variant variant;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "the corpus (articles.jsonl)")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR",
        description = "output folder of this variant (replaced); for check, the naive variant's output to compare")
    String output;

    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})")
    String master = "local[2]";

    @Option(names = "--result", required = true, paramLabel = "FILE", description = "result properties to write")
    Path result;

    @Override
    public Integer call() {
      long inputBytes = inputBytes(input);
      SparkSession spark = BenchSession.create("newstally bench " + variant.name().toLowerCase(Locale.ROOT), master);
      StageLog stages = new StageLog();
      spark.sparkContext().addSparkListener(stages);
      double startup = secondsSinceJvmStart();
      String note = "";
      long cpuStart = processCpuNanos();
      long started = System.nanoTime();
      double runSeconds;
      double cpuSeconds;
      long articles;
      try (HeapMonitor heap = HeapMonitor.start(); LoadMonitor load = LoadMonitor.start()) {
        switch (variant) {
          case BARE:
            bare(spark);
            break;
          case EXTRACT:
            int exit = Main.execute("extract", "--master", master, "--input", input, "--output", output);
            if (exit != 0) {
              LOG.error("extract exited with {}", exit);
              return exit;
            }
            break;
          case NAIVE:
            naive(spark);
            break;
          case ANNOTATE:
            annotate(spark);
            break;
          case CHECK:
            note = check(spark).describe();
            LOG.info("{}", note);
            break;
          default:
            throw new IllegalStateException("no run for " + variant);
        }
        runSeconds = (System.nanoTime() - started) / 1e9;
        cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        load.close();
        spark.stop();
        if (!master.startsWith("local")) {
          // executors run in other JVMs: add the CPU time of their tasks (stopping the session delivered every event)
          cpuSeconds += stages.stages().stream().mapToLong(s -> s.taskCpuMillis).sum() / 1e3;
        }
        articles = variant == Variant.CHECK ? 0 : ParquetRows.count(
            variant == Variant.EXTRACT ? output + "/articles" : output);
        long executorPeak = stages.peakHeapByExecutor().values().stream().mapToLong(Long::longValue).max().orElse(-1);
        BenchResult r = new BenchResult(variant.name().toLowerCase(Locale.ROOT), master, articles, inputBytes,
            runSeconds, startup, secondsSinceJvmStart(), cpuSeconds, heap.gcMillisSinceStart() / 1e3,
            HeapMonitor.maxHeap(), heap.peakUsed(), heap.peakAfterGc(), executorPeak,
            Runtime.getRuntime().availableProcessors(), load.mean(), load.max(), note);
        r.write(result);
        writeStages(stages, stagesFile(result));
        LOG.info("{} {}: {} articles in {} s ({} articles/s), heap peak {} MB, after GC {} MB", r.variant, input,
            r.articles, String.format(Locale.ROOT, "%.1f", r.runSeconds),
            String.format(Locale.ROOT, "%.0f", r.articlesPerSecond()), r.heapPeakUsed >> 20, r.heapPeakAfterGc >> 20);
      }
      return 0;
    }

    private void bare(SparkSession spark) {
      IngestResult in = ArticleReader.read(spark, new ReadOptions().inputs(input));
      try {
        in.articles().write().mode(SaveMode.Overwrite).parquet(output);
      } finally {
        in.unpersist();
      }
    }

    private void naive(SparkSession spark) {
      Lexicons lexicons = Lexicons.load(LexiconSource.packaged());
      SparkNlpAnnotator annotator = Nlp.create(lexicons).annotator();
      IngestResult in = ArticleReader.read(spark, new ReadOptions().inputs(input));
      try {
        NaivePipeline.annotate(NaivePipeline.build(lexicons, annotator, Paths.get(output + "-work")), in.articles())
            .write().mode(SaveMode.Overwrite).parquet(output);
      } finally {
        in.unpersist();
      }
    }

    private void annotate(SparkSession spark) {
      SparkNlpAnnotator annotator = Nlp.create(Lexicons.load(LexiconSource.packaged())).annotator();
      IngestResult in = ArticleReader.read(spark, new ReadOptions().inputs(input));
      try {
        JobRouteAnnotations.annotate(in.articles(),
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(annotator))
            .write().mode(SaveMode.Overwrite).parquet(output);
      } finally {
        in.unpersist();
      }
    }

    private AnnotationCheck.Result check(SparkSession spark) {
      SparkNlpAnnotator annotator = Nlp.create(Lexicons.load(LexiconSource.packaged())).annotator();
      IngestResult in = ArticleReader.read(spark, new ReadOptions().inputs(input));
      try {
        return AnnotationCheck.compare(spark.read().parquet(output), in.articles(),
            JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(annotator));
      } finally {
        in.unpersist();
      }
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true, description = "Prints the table of a results folder.")
  static final class Report implements Callable<Integer> {
    @Option(names = "--results", required = true, paramLabel = "DIR", description = "folder of result files")
    Path results;

    @Override
    public Integer call() {
      System.out.print(BenchReport.render(BenchReport.readAll(results)));
      return 0;
    }
  }

  /** Stage log next to the result: result.properties → result.stages.tsv. */
  static Path stagesFile(Path result) {
    String name = result.getFileName().toString().replaceFirst("\\.properties$", "");
    return result.resolveSibling(name + ".stages.tsv");
  }

  private static void writeStages(StageLog log, Path file) {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("stage\tjob\tname\ttasks\twall_ms\ttask_ms\ttask_cpu_ms\tgc_ms\tinput_bytes\tshuffle_read_bytes"
          + "\tshuffle_write_bytes\toutput_bytes\tfailed");
      for (StageLog.Stage s : log.stages()) {
        out.printf(Locale.ROOT, "%d\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n", s.stageId, s.job, s.name,
            s.tasks, s.wallMillis, s.taskMillis, s.taskCpuMillis, s.gcMillis, s.inputBytes, s.shuffleReadBytes,
            s.shuffleWriteBytes, s.outputBytes, s.failed);
      }
      for (Map.Entry<String, Long> e : log.peakHeapByExecutor().entrySet()) {
        out.printf(Locale.ROOT, "# executor %s heap peak %d MB%n", e.getKey(), e.getValue() >> 20);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write stage log " + file, e);
    }
  }

  private static long inputBytes(String input) {
    try {
      return Files.size(Paths.get(input));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of the corpus " + input, e);
    }
  }

  private static double secondsSinceJvmStart() {
    return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
