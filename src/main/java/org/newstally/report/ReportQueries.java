package org.newstally.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The report's aggregates, computed by Spark SQL over the views of the output tables: the driver only collects what
 * the page draws (a row per night, per meeting event, per actor-week, per file) and a bounded sample of evidence, so
 * tables of a million articles give a page of the same order of size as the sample's.
 */
public final class ReportQueries {
  private ReportQueries() {}

  /**
   * @param from first night or meeting date shown (null: no bound)
   * @param to last one (null: no bound)
   * @param evidencePerNight most evidence sentences kept per night and direction
   * @param topActors actors shown in the weekly chart
   */
  public static ReportData collect(SparkSession spark, List<String> views, LocalDate from, LocalDate to,
      int evidencePerNight, int topActors, String referenceView) {
    String nightRange = range("night_end", from, to);
    Map<String, String> series = new LinkedHashMap<>();
    List<List<String>> nightTable = new ArrayList<>();
    nightTable.add(List.of("night_end", "attacker", "target", "drones_launched", "missiles_launched",
        "drones_downed", "missiles_downed", "n_articles", "n_sources", "conflicting"));
    if (views.contains("strikes_per_night")) {
      Dataset<Row> nights = spark.sql("SELECT CAST(night_end AS STRING) AS night_end, attacker, target, "
          + "drones_launched, missiles_launched, drones_downed, missiles_downed, drones_lost, n_articles, n_sources, "
          + "conflicting FROM strikes_per_night WHERE " + nightRange + " ORDER BY night_end, attacker, target");
      series.put("nights", json(nights));
      for (Row r : nights.collectAsList()) {
        List<String> cells = new ArrayList<>();
        for (String c : nightTable.get(0)) {
          Object v = r.getAs(c);
          cells.add(v == null ? "" : v.toString());
        }
        nightTable.add(cells);
      }
    }
    if (views.contains("strike_reports")) {
      // a bounded sample per night: the first sentences by outlet, each with the figures it gave
      series.put("evidence", json(spark.sql("SELECT night_end, attacker, target, source, evidence FROM ("
          + "SELECT *, row_number() OVER (PARTITION BY night_end, attacker, target ORDER BY source, evidence) AS k "
          + "FROM (SELECT DISTINCT CAST(night_end AS STRING) AS night_end, attacker, target, source, evidence "
          + "FROM strike_reports WHERE night_end IS NOT NULL AND NOT back_reference AND " + nightRange + ")) "
          + "WHERE k <= " + evidencePerNight + " ORDER BY night_end, attacker, target, k")));
    }
    List<String> differing = new ArrayList<>();
    if (referenceView != null && views.contains("strikes_per_night")) {
      Dataset<Row> ref = spark.sql("SELECT CAST(r.night AS STRING) AS night_end, r.drones_launched, "
          + "r.missiles_launched, s.drones_launched AS ours_drones, s.missiles_launched AS ours_missiles "
          + "FROM " + referenceView + " r LEFT JOIN (SELECT night_end, max(drones_launched) AS drones_launched, "
          + "max(missiles_launched) AS missiles_launched FROM strikes_per_night WHERE target = 'Ukraine' "
          + "GROUP BY night_end) s ON s.night_end = r.night WHERE " + range("r.night", from, to)
          + " ORDER BY night_end");
      series.put("reference", json(ref));
      for (Row r : ref.collectAsList()) {
        if (!same(r.get(1), r.get(3)) || !same(r.get(2), r.get(4))) {
          differing.add(r.getString(0));
        }
      }
    }
    if (views.contains("meetings")) {
      // one point per distinct event (or per report when the clusterer gave none), held apart from planned/cancelled
      series.put("meetings", json(spark.sql("SELECT CAST(meeting_date AS STRING) AS date, status, "
          + "array_join(sort_array(participants), ' – ') AS who, first(place, true) AS place, "
          + "max(duration_hours) AS hours, count(*) AS reports FROM meetings "
          + "WHERE meeting_date IS NOT NULL AND " + range("meeting_date", from, to) + " "
          + "GROUP BY coalesce(event_id, meeting_id), meeting_date, status, sort_array(participants) "
          + "ORDER BY date")));
    }
    if (views.contains("meetings_per_envoy")) {
      series.put("envoys", json(spark.sql("SELECT envoy, counterpart, meetings, total_hours, "
          + "CAST(first_date AS STRING) AS first_date, CAST(last_date AS STRING) AS last_date, "
          + "array_join(places, '; ') AS places FROM meetings_per_envoy ORDER BY meetings DESC, envoy, counterpart "
          + "LIMIT 40")));
    }
    if (views.contains("actor_mentions")) {
      series.put("actors", json(spark.sql("WITH m AS (SELECT actor, CAST(date_trunc('week', published) AS DATE) AS "
          + "week FROM actor_mentions WHERE published IS NOT NULL AND " + range("published", from, to) + "), "
          + "top AS (SELECT actor FROM m GROUP BY actor ORDER BY count(*) DESC, actor LIMIT " + topActors + ") "
          + "SELECT CAST(week AS STRING) AS week, actor, count(*) AS mentions FROM m JOIN top USING (actor) "
          + "GROUP BY week, actor ORDER BY week, actor")));
    }
    List<List<String>> runTable = new ArrayList<>();
    runTable.add(List.of("run_id", "mode", "started_at", "version", "lexicon_hash", "read", "accepted", "rejected",
        "warnings", "near_duplicates", "wall_seconds"));
    if (views.contains("runs")) {
      Dataset<Row> runs = spark.sql("SELECT run_id, mode, CAST(started_at AS STRING) AS started_at, version, "
          + "substr(lexicon_hash, 1, 12) AS lexicon_hash, articles_read AS read, accepted, rejected, warnings, "
          + "near_duplicates, round(wall_seconds, 1) AS wall_seconds FROM runs ORDER BY started_at");
      for (Row r : runs.collectAsList()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          cells.add(r.isNullAt(i) ? "" : r.get(i).toString());
        }
        runTable.add(cells);
      }
      // the latest run's files: what the tables now hold came from it (an append adds its own row)
      series.put("files", json(spark.sql("SELECT f.input_path AS file, f.read, f.accepted, f.rejected FROM ("
          + "SELECT explode(input_files) AS f FROM (SELECT input_files FROM runs ORDER BY started_at DESC LIMIT 1)) "
          + "ORDER BY file")));
    }
    if (views.contains("rejected_records")) {
      series.put("reasons", json(spark.sql("SELECT reason, severity, count(*) AS n FROM rejected_records "
          + "GROUP BY reason, severity ORDER BY n DESC, reason")));
    }
    return new ReportData("newstally report", series, nightTable, runTable, differing);
  }

  private static boolean same(Object a, Object b) {
    return a == null ? b == null : b != null && ((Number) a).longValue() == ((Number) b).longValue();
  }

  private static String range(String column, LocalDate from, LocalDate to) {
    String s = "TRUE";
    if (from != null) {
      s += " AND " + column + " >= DATE'" + from + "'";
    }
    if (to != null) {
      s += " AND " + column + " <= DATE'" + to + "'";
    }
    return s;
  }

  private static String json(Dataset<Row> rows) {
    return "[" + String.join(",\n", rows.toJSON().collectAsList()) + "]";
  }
}
