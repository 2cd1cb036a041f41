package org.newstally.aggregate;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newstally.io.TableSchema;
import scala.collection.JavaConverters;

/**
 * strikes_per_night: one row per night × attacker × target, reconciled over the strike reports of all articles that
 * are not near-duplicates of another, with {@link NightReconciler}'s rule. Reports without a night are left out
 * (they stay in strike_reports).
 */
public final class StrikesPerNight {
  private StrikesPerNight() {}

  /**
   * @param reports strike_reports rows
   * @param articles articles rows (article_id, duplicate_of)
   */
  public static Dataset<Row> reconcile(Dataset<Row> reports, Dataset<Row> articles) {
    Dataset<Row> originals = articles.filter(col("duplicate_of").isNull()).select(col("article_id"));
    Dataset<Row> usable = reports.filter(col("night_end").isNotNull())
        .join(originals, "article_id")
        .select("night_end", "attacker", "target", "weapon", "measure", "value", "qualifier", "source",
            "attribution", "article_id");
    StructType schema = TableSchema.of("strikes_per_night").sparkType();
    return usable
        .groupByKey(new NightKey(), Encoders.STRING())
        .mapGroups(new ReconcileNight(), Encoders.row(schema));
  }

  /** night_end|attacker|target. */
  static final class NightKey implements MapFunction<Row, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(Row r) {
      return r.getAs("night_end").toString() + "|" + r.getAs("attacker") + "|" + r.getAs("target");
    }
  }

  static final class ReconcileNight implements MapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(String key, Iterator<Row> rows) {
      List<NightReconciler.Report> reports = new ArrayList<>();
      Object night = null;
      String attacker = null;
      String target = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        night = r.getAs("night_end");
        attacker = r.getAs("attacker");
        target = r.getAs("target");
        reports.add(new NightReconciler.Report(r.getAs("weapon"), r.getAs("measure"), r.<Long>getAs("value"),
            r.getAs("qualifier"), r.getAs("source"), r.getAs("attribution"), r.getAs("article_id")));
      }
      NightReconciler.Night n = NightReconciler.reconcile(reports);
      List<Row> figures = new ArrayList<>();
      for (NightReconciler.Chosen c : n.figures.values()) {
        figures.add(RowFactory.create(c.weapon, c.measure, c.value, c.qualifier, c.minSeen, c.maxSeen, c.reports,
            seq(c.valuesSeen), c.conflicting));
      }
      Date date = night instanceof LocalDate ? Date.valueOf((LocalDate) night) : (Date) night;
      return RowFactory.create(date, attacker, target,
          n.value("drone", "launched"), n.value("missile", "launched"), n.totalLaunched(),
          n.value("drone", "downed"), n.value("missile", "downed"), n.value("drone", "lost"),
          (long) n.articleIds.size(), (long) n.sources.size(), seq(n.articleIds), seq(n.sources),
          n.conflicting(), seq(figures));
    }
  }

  static <T> scala.collection.Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
