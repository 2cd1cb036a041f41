package org.newstally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.newstally.eval.EvaluationReport;
import org.newstally.eval.Evaluator;
import org.newstally.eval.Gold;
import org.newstally.eval.GoldFormatException;
import org.newstally.eval.Predictions;
import org.newstally.eval.ReferenceNights;
import org.newstally.eval.TablesLoader;
import org.newstally.eval.Thresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Scores the tables of an extract run against gold annotations and prints the report. Exit code 0 when every given
 * threshold is met, 1 when one is missed, 2 for bad options.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Scores the extract job's tables against gold annotations: strike figures, held meetings, "
        + "actors and per-night figures, with every miss and spurious row. Measures: docs/evaluate.md."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:report written, thresholds met", "1:a threshold was missed", "2:invalid options"})
public class EvaluateCommand implements Callable<Integer> {
  private static final Logger LOG = LogManager.getLogger(EvaluateCommand.class);

  @Spec
  private CommandSpec spec;

  @Option(names = "--tables", paramLabel = "DIR", defaultValue = "out",
      description = "output folder of the extract command, one folder per table (default: ${DEFAULT-VALUE})")
  private Path tables;

  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "gold annotations: one JSON object (seed gold.json), a JSON array, or JSON Lines (gold.jsonl)")
  private Path gold;

  @Option(names = "--nights", paramLabel = "CSV",
      description = "also score the per-night launch figures against this reference of the corpus (night_end, "
          + "drones_launched, missiles_launched, e.g. real-dev's nights.csv)")
  private Path nights;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON to this file")
  private Path json;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master when no session is running (default: ${DEFAULT-VALUE})")
  private String master;

  @Option(names = "--min-strike-f1", paramLabel = "F1",
      description = "fail (exit 1) when the strike figure F1 is below this, 0 to 1")
  private Double minStrikeF1;

  @Option(names = "--min-meeting-f1", paramLabel = "F1",
      description = "fail (exit 1) when the held meeting pair F1 is below this, 0 to 1")
  private Double minMeetingF1;

  @Option(names = "--min-actor-f1", paramLabel = "F1",
      description = "fail (exit 1) when the actor F1 is below this, 0 to 1")
  private Double minActorF1;

  @Option(names = "--min-night-end", paramLabel = "SHARE",
      description = "fail (exit 1) when the night_end accuracy on matched strike figures is below this, 0 to 1")
  private Double minNightEnd;

  @Override
  public Integer call() throws IOException {
    Thresholds thresholds = thresholds();
    Gold goldSet = readGold();
    ReferenceNights referenceNights = readNights();
    checkTables();
    if (json != null && Files.isDirectory(json)) {
      throw new ParameterException(spec.commandLine(), "--json " + json + " is a folder; give a file name");
    }
    LOG.info("evaluating {} against {} gold articles from {}", tables, goldSet.size(), gold);

    Predictions predicted = load();
    EvaluationReport report = Evaluator.evaluate(goldSet, predicted, referenceNights);

    PrintWriter out = spec.commandLine().getOut();
    out.print(report.render());
    out.flush();
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
      LOG.info("wrote the JSON report to {}", json);
    }
    List<String> missed = thresholds.missed(report);
    PrintWriter err = spec.commandLine().getErr();
    missed.forEach(err::println);
    err.flush();
    return missed.isEmpty() ? 0 : 1;
  }

  private Thresholds thresholds() {
    try {
      return new Thresholds(minStrikeF1, minMeetingF1, minActorF1, minNightEnd);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "threshold: " + e.getMessage());
    }
  }

  private Gold readGold() {
    if (!Files.isRegularFile(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + " is not a file (give a gold.jsonl or "
          + "gold.json in the gold schema, see the corpus README)");
    }
    try {
      return Gold.read(gold);
    } catch (GoldFormatException e) {
      throw new ParameterException(spec.commandLine(), "--gold: " + e.getMessage());
    }
  }

  private ReferenceNights readNights() {
    if (nights == null) {
      return null;
    }
    if (!Files.isRegularFile(nights)) {
      throw new ParameterException(spec.commandLine(), "--nights " + nights + " is not a file (give a CSV with "
          + "the columns night_end, drones_launched, missiles_launched)");
    }
    try {
      return ReferenceNights.read(nights);
    } catch (GoldFormatException e) {
      throw new ParameterException(spec.commandLine(), "--nights: " + e.getMessage());
    }
  }

  private void checkTables() {
    if (!Files.isDirectory(tables)) {
      throw new ParameterException(spec.commandLine(), "--tables " + tables
          + " is not a folder (give the output folder of the extract command)");
    }
    List<String> missing = TablesLoader.missingTables(tables);
    if (!missing.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--tables " + tables + " lacks the tables " + missing
          + " (run extract into this folder first)");
    }
  }

  /** Uses the running session when there is one (tests, or a caller that owns it), else starts and stops its own. */
  private Predictions load() {
    if (SparkSession.getDefaultSession().isDefined()) {
      return TablesLoader.load(SparkSession.getDefaultSession().get(), tables);
    }
    SparkSession spark = SparkSession.builder().appName("newstally-evaluate").master(master).getOrCreate();
    try {
      return TablesLoader.load(spark, tables);
    } finally {
      spark.stop();
    }
  }
}
