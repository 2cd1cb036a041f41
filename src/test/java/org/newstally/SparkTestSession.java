package org.newstally;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for the whole test JVM, never stopped between tests (starting one costs ~4 s).
 * local[2] with loopback host and no UI, as in production-grade Spark test suites.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("newstally-test")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return session;
  }
}
