package org.newstally.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.newstally.io.TableSchema;
import org.newstally.report.ReportData;
import org.newstally.report.ReportPage;
import org.newstally.report.ReportQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newstally report}: one self-contained HTML page of charts over the output tables. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Writes one self-contained HTML file (ECharts and the data inlined: no network when viewed) with "
        + "strikes per night, meetings per envoy, actors per week and input quality, aggregated by Spark first."})
public final class ReportCommand implements Callable<Integer> {
  private static final Logger LOG = LogManager.getLogger(ReportCommand.class);

  @Option(names = "--tables", paramLabel = "DIR", description = "Folder of tables (default: ${DEFAULT-VALUE})")
  String tables = "out";

  @Option(names = "--out", paramLabel = "FILE.html", description = "The page written (default: ${DEFAULT-VALUE})")
  Path out = Paths.get("report.html");

  @Option(names = "--from", paramLabel = "DATE", description = "First night / meeting / mention date shown "
      + "(default: none, from the first)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date shown (default: none, to the last)")
  String to;

  @Option(names = "--reference", paramLabel = "CSV", description = "Reference figures drawn beside ours: CSV with a "
      + "header night,drones_launched,missiles_launched (default: none)")
  Path reference;

  @Option(names = "--evidence-per-night", paramLabel = "N", description = "Evidence sentences kept per night and "
      + "direction, shown on hover (default: ${DEFAULT-VALUE})")
  int evidencePerNight = 3;

  @Option(names = "--top-actors", paramLabel = "N", description = "Actors in the weekly chart (default: "
      + "${DEFAULT-VALUE})")
  int topActors = 10;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master = "local[*]";

  @Override
  public Integer call() throws Exception {
    LocalDate fromDate;
    LocalDate toDate;
    try {
      fromDate = date("--from", from);
      toDate = date("--to", to);
      if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
        throw new IllegalArgumentException("--to " + to + " is before --from " + from);
      }
      if (reference != null && !Files.isReadable(reference)) {
        throw new IllegalArgumentException("cannot read --reference " + reference);
      }
      if (evidencePerNight < 0 || topActors < 1) {
        throw new IllegalArgumentException("--evidence-per-night must be >= 0 and --top-actors >= 1");
      }
      Path dir = Paths.get(tables);
      if (!Files.isDirectory(dir) || TableSchema.TABLES.stream().noneMatch(t -> Files.isDirectory(dir.resolve(t)))) {
        throw new IllegalArgumentException("--tables " + tables + " holds no newstally tables; run newstally extract "
            + "first (or give the folder it wrote)");
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new IllegalArgumentException("the folder of --out " + out + " does not exist");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("newstally report: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSessions.create("newstally report", master);
    try {
      String html = render(spark, tables, fromDate, toDate, reference, evidencePerNight, topActors);
      Files.writeString(out, html, StandardCharsets.UTF_8);
      LOG.info("report: {} ({} KB)", out, html.length() / 1024);
      System.out.println("newstally report: wrote " + out);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The page for the tables in {@code dir}; tests call it with their own session. */
  static String render(SparkSession spark, String dir, LocalDate from, LocalDate to, Path reference,
      int evidencePerNight, int topActors) {
    List<String> views = SqlCommand.registerViews(spark, dir);
    String referenceView = null;
    if (reference != null) {
      spark.read().option("header", "true").schema("night DATE, drones_launched BIGINT, missiles_launched BIGINT")
          .csv(reference.toString()).createOrReplaceTempView("report_reference");
      referenceView = "report_reference";
    }
    ReportData data = ReportQueries.collect(spark, views, from, to, evidencePerNight, topActors, referenceView);
    return ReportPage.render(data);
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }
}
