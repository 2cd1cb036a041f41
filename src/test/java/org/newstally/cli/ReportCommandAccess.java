package org.newstally.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/** Lets tests in other packages render a report on the shared session (the command itself stops its session). */
public final class ReportCommandAccess {
  private ReportCommandAccess() {}

  public static String render(SparkSession spark, String dir, LocalDate from, LocalDate to, Path reference) {
    return ReportCommand.render(spark, dir, from, to, reference, 3, 10);
  }
}
