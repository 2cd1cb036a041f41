package org.newstally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.newstally.ingest.ArticleReader;
import org.newstally.ingest.InputFormat;
import org.newstally.ingest.ReadOptions;
import org.newstally.io.TableSchema;
import org.newstally.io.TableWriter;
import org.newstally.job.ExtractJob;
import org.newstally.job.ExtractOptions;
import org.newstally.job.RunSummary;
import org.newstally.lexicon.LexiconException;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newstally extract}: articles in, Parquet tables out. Checks everything it can before Spark starts. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Reads articles, extracts actors, numbers, strike reports and meetings, writes Parquet tables.")
public final class ExtractCommand implements Callable<Integer> {
  private static final Logger LOG = LogManager.getLogger(ExtractCommand.class);

  @Spec
  CommandSpec spec;

  @Option(names = {"-i", "--input"}, paramLabel = "PATH",
      description = "File, folder (recursive) or glob; local or any Hadoop FS URI; repeatable "
          + "(default: ${DEFAULT-VALUE}, the bundled sample corpus)")
  List<String> inputs = new ArrayList<>(List.of("data/sample"));

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output folder, one subfolder per table (default: ${DEFAULT-VALUE})")
  String output = "out";

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (default: none: such articles get published = null)")
  String published;

  @Option(names = "--master", description = "Spark master, ignored under spark-submit (default: ${DEFAULT-VALUE})")
  String master = "local[*]";

  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Lexicon folder (default: the copy of data/lexicons packaged in the jar)")
  Path lexicons;

  @Option(names = "--format", description = "Input format for every input: ${COMPLETION-CANDIDATES} "
      + "(default: detected per file from its name)")
  InputFormat format;

  @Option(names = "--columns", paramLabel = "FIELD=COLUMN,...",
      description = "Map article fields to input columns for csv/jsonl/parquet, e.g. text=body,published=date")
  String columns;

  @Option(names = "--max-chars", description = "Longer texts are truncated, with a warning (default: ${DEFAULT-VALUE})")
  int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

  @Option(names = "--mode", description = "overwrite or append: append adds new articles (by id) to the existing "
      + "tables and recomputes the aggregates (default: ${DEFAULT-VALUE})")
  String mode = "overwrite";

  @Option(names = "--partitions", description = "Partitions for the NLP stage (default: one per 8 MB of input, at least one and at most four "
          + "per core)")
  int partitions = 0;

  @Option(names = "--duplicate-threshold",
      description = "Estimated Jaccard similarity of word 5-grams from which an article is a near-duplicate "
          + "(default: ${DEFAULT-VALUE})")
  double duplicateThreshold = 0.8;

  @Override
  public Integer call() {
    ExtractOptions options;
    Lexicons lex;
    try {
      lex = Lexicons.load(lexicons == null ? LexiconSource.packaged() : LexiconSource.folder(lexicons));
      options = options();
    } catch (IllegalArgumentException | LexiconException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("newstally extract: " + e.getMessage());
      err.flush();
      return 2;
    }
    SparkSession spark = SparkSessions.create("newstally extract", options.master());
    try {
      RunSummary summary = ExtractJob.run(spark, options, lex);
      PrintWriter out = spec.commandLine().getOut();
      out.print(summary.render(output));
      out.flush();
      LOG.info("run {}: {} read = {} accepted + {} rejected; {} warnings", summary.runId(), summary.read(),
          summary.accepted(), summary.rejected(), summary.warnings());
      return summary.reconciles() ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  /** Builds and checks the options; every problem is an IllegalArgumentException saying what to do. */
  ExtractOptions options() {
    LocalDate defaultPublished = null;
    if (published != null) {
      try {
        defaultPublished = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--published must be a date like 2025-12-06, not '" + published + "'");
      }
    }
    ExtractOptions.Mode runMode;
    try {
      runMode = ExtractOptions.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--mode must be overwrite or append, not '" + mode + "'");
    }
    if (maxChars < 1000) {
      throw new IllegalArgumentException("--max-chars must be at least 1000, not " + maxChars);
    }
    if (duplicateThreshold <= 0 || duplicateThreshold > 1) {
      throw new IllegalArgumentException("--duplicate-threshold must be in (0, 1], not " + duplicateThreshold);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more");
    }
    ReadOptions read = new ReadOptions().inputs(inputs).format(format).defaultPublished(defaultPublished)
        .maxChars(maxChars);
    if (columns != null) {
      read.columns(ReadOptions.parseColumns(columns));
    }
    ArticleReader.resolve(new Configuration(), read);
    checkOutput(runMode);
    return new ExtractOptions(read, output, runMode, partitions, duplicateThreshold, master);
  }

  private void checkOutput(ExtractOptions.Mode runMode) {
    if (output.contains("://") && !output.startsWith("file:")) {
      return; // remote file systems are checked when the writer opens them
    }
    Path out = Paths.get(output.replaceFirst("^file:(//)?", "")).toAbsolutePath().normalize();
    for (String input : inputs) {
      if (input.contains("://") && !input.startsWith("file:")) {
        continue;
      }
      Path in = Paths.get(input.replaceFirst("^file:(//)?", "").replaceAll("[*?\\[{].*$", ""))
          .toAbsolutePath().normalize();
      if (out.startsWith(in) || in.startsWith(out)) {
        throw new IllegalArgumentException("--output " + output + " overlaps --input " + input
            + ": tables would be read back as input on the next run; choose an output folder outside the inputs");
      }
    }
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new IllegalArgumentException("--output " + output + " is a file; give a folder");
      }
      if (!Files.isWritable(out)) {
        throw new IllegalArgumentException("--output " + output + " is not writable");
      }
      Path metadata = out.resolve(ExtractJob.METADATA);
      if (Files.exists(metadata)) {
        int version = schemaVersion(metadata);
        if (version != TableSchema.VERSION) {
          throw new IllegalArgumentException("--output " + output + " holds tables of schema version " + version
              + " but this newstally writes version " + TableSchema.VERSION
              + "; write to another folder or delete this one");
        }
      } else if (!holdsOnlyStaging(out)) {
        throw new IllegalArgumentException("--output " + output + " exists and is not a newstally output folder (no "
            + ExtractJob.METADATA + "); choose an empty or new folder");
      }
    } else {
      Path parent = out.getParent();
      while (parent != null && !Files.exists(parent)) {
        parent = parent.getParent();
      }
      if (parent != null && !Files.isWritable(parent)) {
        throw new IllegalArgumentException("cannot create --output " + output + ": " + parent + " is not writable");
      }
    }
    if (runMode == ExtractOptions.Mode.APPEND && !Files.exists(out.resolve(ExtractJob.METADATA))) {
      LOG.info("--mode append: {} has no tables yet, this run creates them", output);
    }
  }

  /**
   * Empty, or holding only staging folders: a first run that was killed leaves its staging folder before it ever
   * wrote _newstally.json, and the next run's writer removes it.
   */
  private static boolean holdsOnlyStaging(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.allMatch(p -> Files.isDirectory(p)
          && p.getFileName().toString().startsWith(TableWriter.STAGING_PREFIX));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list --output " + dir + ": " + e.getMessage());
    }
  }

  private static int schemaVersion(Path metadata) {
    try {
      Matcher m = Pattern.compile("\"schema_version\"\\s*:\\s*(\\d+)")
          .matcher(Files.readString(metadata, StandardCharsets.UTF_8));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      throw new IllegalArgumentException(metadata + " has no schema_version; is it a newstally output?");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + metadata + ": " + e.getMessage());
    }
  }
}
