package org.newstally.cli;

import org.apache.spark.sql.SparkSession;

/** The one place the commands create their Spark session. */
final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session for {@code app}. Under spark-submit the master and the rest come from spark-submit (its settings are
   * system properties by then) and {@code master} is ignored; otherwise {@code master} is used (local[*] embeds Spark).
   */
  static SparkSession create(String app, String master) {
    SparkSession.Builder builder = SparkSession.builder().appName(app);
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted) {
      builder.master(master);
      if (master.startsWith("local")) {
        // a laptop run: no web UI port, loopback only, and few shuffle partitions for small tables
        builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", String.valueOf(
                Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
      }
    }
    builder.config("spark.ui.showConsoleProgress", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.adaptive.enabled", "true");
    SparkSession spark = builder.getOrCreate();
    return spark;
  }
}
