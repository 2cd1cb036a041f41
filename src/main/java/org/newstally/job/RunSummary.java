package org.newstally.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a run did, for the closing summary and the runs table: records read, accepted and rejected (in total and per
 * input file, where read = accepted + rejected must hold), warnings, near-duplicates, rows per table, time.
 */
public final class RunSummary {

  /** One input file's reconciliation. */
  public static final class FileCount {
    private final String path;
    private final long read;
    private final long accepted;
    private final long rejected;

    public FileCount(String path, long read, long accepted, long rejected) {
      this.path = path;
      this.read = read;
      this.accepted = accepted;
      this.rejected = rejected;
    }

    public String path() { return path; }
    public long read() { return read; }
    public long accepted() { return accepted; }
    public long rejected() { return rejected; }

    public boolean reconciles() {
      return read == accepted + rejected;
    }
  }

  private final String runId;
  private final Instant started;
  private final String mode;
  private final List<String> inputs;
  private final List<FileCount> files;
  private final long warnings;
  private final long nearDuplicates;
  private final String lexiconHash;
  private final String version;
  private final int schemaVersion;
  private final String master;
  private final Map<String, Long> rows;
  private Duration wall;

  RunSummary(String runId, Instant started, String mode, List<String> inputs, List<FileCount> files, long warnings,
      long nearDuplicates, String lexiconHash, String version, int schemaVersion, String master,
      Map<String, Long> rows) {
    this.runId = runId;
    this.started = started;
    this.mode = mode;
    this.inputs = new ArrayList<>(inputs);
    this.files = files;
    this.warnings = warnings;
    this.nearDuplicates = nearDuplicates;
    this.lexiconHash = lexiconHash;
    this.version = version;
    this.schemaVersion = schemaVersion;
    this.master = master;
    this.rows = new LinkedHashMap<>(rows);
  }

  Dataset<Row> runRow(SparkSession spark) {
    return ExtractJob.runDataset(spark, ExtractJob.runRow(this, rows));
  }

  RunSummary finished(Map<String, Long> finalRows) {
    rows.clear();
    rows.putAll(finalRows);
    wall = Duration.between(started, Instant.now());
    return this;
  }

  public String runId() { return runId; }
  public Instant started() { return started; }
  public String mode() { return mode; }
  public List<String> inputs() { return Collections.unmodifiableList(inputs); }
  public List<FileCount> files() { return Collections.unmodifiableList(files); }
  public long warnings() { return warnings; }
  public long nearDuplicates() { return nearDuplicates; }
  public String lexiconHash() { return lexiconHash; }
  public String version() { return version; }
  public int schemaVersion() { return schemaVersion; }
  public String master() { return master; }
  public Map<String, Long> rows() { return Collections.unmodifiableMap(rows); }
  public Duration wall() { return wall; }

  public long read() {
    return files.stream().mapToLong(FileCount::read).sum();
  }

  public long accepted() {
    return files.stream().mapToLong(FileCount::accepted).sum();
  }

  public long rejected() {
    return files.stream().mapToLong(FileCount::rejected).sum();
  }

  /** read = accepted + rejected, in total and for every file. */
  public boolean reconciles() {
    return read() == accepted() + rejected() && files.stream().allMatch(FileCount::reconciles);
  }

  /** The closing summary, a few lines a person can read. */
  public String render(String output) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("newstally extract %s finished in %.1f s (run %s)%n", mode,
        wall == null ? 0.0 : wall.toMillis() / 1000.0, runId));
    sb.append(String.format("  input:    %d records read from %d files = %d accepted + %d rejected%s%n", read(),
        files.size(), accepted(), rejected(), reconciles() ? "" : "   (DOES NOT RECONCILE, see runs.input_files)"));
    sb.append(String.format("  warnings: %d (kept, see rejected_records severity=warning); near-duplicates: %d%n",
        warnings, nearDuplicates));
    sb.append("  tables in ").append(output).append(":\n");
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      sb.append(String.format("    %-20s %,10d rows%n", e.getKey(), e.getValue()));
    }
    return sb.toString();
  }
}
