package org.newstally.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;

/**
 * The session of a bench run, configured as the extract command configures its own (loopback, no UI, shuffle
 * partitions from the cores, UTC, adaptive execution), so that {@code extract} run inside the bench reuses it
 * unchanged and every variant runs on the same settings. Executor metrics are polled often enough to catch heap
 * peaks between heartbeats.
 */
final class BenchSession {
  private BenchSession() {}

  static SparkSession create(String app, String master) {
    SparkSession.Builder builder = SparkSession.builder().appName(app).master(master)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.executor.metrics.pollingInterval", "200ms");
    if (master.startsWith("local")) {
      builder.config("spark.sql.shuffle.partitions", String.valueOf(
          Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    } else {
      // executors of a cluster load the job's classes from the jar this class came from
      Path jar = ownJar();
      if (jar != null) {
        builder.config("spark.jars", jar.toString());
      }
    }
    return builder.getOrCreate();
  }

  private static Path ownJar() {
    try {
      Path location = Paths.get(BenchSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location : null;
    } catch (URISyntaxException | SecurityException e) {
      return null;
    }
  }
}
