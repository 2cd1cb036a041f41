package org.newstally.aggregate;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The same meeting reported by several articles becomes one event ({@link MeetingClusterer}), and meetings_per_envoy
 * counts events, not reports. Held meetings of near-duplicate articles are left out. Reports are compared within a
 * calendar month of their date (or publication date), so one task sees every report that can be the same meeting
 * except across a month boundary.
 */
public final class MeetingEvents {
  private MeetingEvents() {}

  /** (meeting_id, event_id) for every held meeting of a non-duplicate article. */
  public static Dataset<Row> eventIds(Dataset<Row> meetings, Dataset<Row> articles) {
    Dataset<Row> originals = articles.filter(col("duplicate_of").isNull()).select(col("article_id"));
    Dataset<Row> held = meetings.filter(col("status").equalTo("held")).join(originals, "article_id")
        .select("meeting_id", "participants", "place", "meeting_date", "published");
    StructType out = new StructType().add("meeting_id", DataTypes.StringType).add("event_id", DataTypes.StringType);
    return held.groupByKey(new MonthKey(), Encoders.STRING()).flatMapGroups(new ClusterMonth(), Encoders.row(out));
  }

  /** meetings_per_envoy from meetings with their event_id. */
  public static Dataset<Row> perEnvoy(Dataset<Row> meetingsWithEvents, List<String> envoys) {
    Dataset<Row> events = meetingsWithEvents.filter(col("event_id").isNotNull())
        .groupBy("event_id")
        .agg(array_distinct(flatten(collect_list("participants"))).as("participants"),
            min("meeting_date").as("event_date"),
            min("place").as("place"),
            avg("duration_hours").as("hours"),
            collect_set("article_id").as("article_ids"));
    Dataset<Row> pairs = events
        .withColumn("envoy", explode(col("participants")))
        .filter(col("envoy").isin(envoys.toArray()))
        .withColumn("counterpart", explode(col("participants")))
        .filter(col("envoy").notEqual(col("counterpart")));
    return pairs.groupBy("envoy", "counterpart")
        .agg(countDistinct("event_id").as("meetings"),
            min("event_date").as("first_date"),
            max("event_date").as("last_date"),
            sum("hours").as("total_hours"),
            array_sort(collect_set("place")).as("places"),
            array_sort(array_distinct(flatten(collect_list("article_ids")))).as("article_ids"),
            array_sort(collect_set("event_id")).as("event_ids"))
        .orderBy(col("meetings").desc(), col("envoy"), col("counterpart"))
        .withColumn("meetings", col("meetings").cast("bigint"))
        .withColumn("total_hours", col("total_hours").plus(lit(0.0)));
  }

  static final class MonthKey implements MapFunction<Row, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(Row r) {
      LocalDate d = date(r.getAs("meeting_date"));
      if (d == null) {
        d = date(r.getAs("published"));
      }
      return d == null ? "unknown" : d.getYear() + "-" + d.getMonthValue();
    }
  }

  static final class ClusterMonth implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
      List<MeetingClusterer.Item> items = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        items.add(new MeetingClusterer.Item(r.getAs("meeting_id"), r.getList(r.fieldIndex("participants")),
            r.getAs("place"), date(r.getAs("meeting_date")), date(r.getAs("published"))));
      }
      List<Row> out = new ArrayList<>();
      for (List<String> cluster : MeetingClusterer.cluster(items)) {
        String eventId = "ev-" + sha1(cluster.get(0)).substring(0, 12);
        for (String meetingId : cluster) {
          out.add(RowFactory.create(meetingId, eventId));
        }
      }
      return out.iterator();
    }
  }

  static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof LocalDate ? (LocalDate) o : ((Date) o).toLocalDate();
  }

  static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
