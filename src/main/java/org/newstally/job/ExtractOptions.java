package org.newstally.job;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.newstally.ingest.ReadOptions;

/** What one extract run reads, where it writes and how; checked by the command before Spark starts. */
public final class ExtractOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a run treats tables already in the output folder. */
  public enum Mode {
    /** replace them */
    OVERWRITE,
    /** add this corpus to them (articles already present by id are skipped) and recompute the aggregates */
    APPEND
  }

  private final ReadOptions read;
  private final String output;
  private final Mode mode;
  private final int partitions;
  private final double duplicateThreshold;
  private final String master;

  public ExtractOptions(ReadOptions read, String output, Mode mode, int partitions, double duplicateThreshold,
      String master) {
    this.read = read;
    this.output = output;
    this.mode = mode;
    this.partitions = partitions;
    this.duplicateThreshold = duplicateThreshold;
    this.master = master;
  }

  public ReadOptions read() { return read; }
  public List<String> inputs() { return read.inputs(); }
  public LocalDate defaultPublished() { return read.defaultPublished(); }
  public String output() { return output; }
  public Mode mode() { return mode; }
  /** Partitions for the NLP stage; 0 = sized from the input ({@code ArticleReader.nlpPartitions}). */
  public int partitions() { return partitions; }
  public double duplicateThreshold() { return duplicateThreshold; }
  public String master() { return master; }
}
