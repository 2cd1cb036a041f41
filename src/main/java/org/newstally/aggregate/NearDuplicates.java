package org.newstally.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.posexplode;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Near-duplicate articles (wire copies republished by many sites): MinHash signatures with locality-sensitive
 * banding. Articles sharing a band are candidates; each candidate is compared only with the earliest article of its
 * band (by publication date, then id), and is its duplicate when the estimated Jaccard similarity of their word
 * 5-grams reaches the threshold. Duplicates stay in articles with duplicate_of set and are left out of aggregates.
 */
public final class NearDuplicates {
  /** Estimated Jaccard similarity of word 5-grams above which two articles are the same text. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private NearDuplicates() {}

  /** (article_id, duplicate_of) for every article that duplicates an earlier one. */
  public static Dataset<Row> find(Dataset<Row> articles, double threshold) {
    StructType sigSchema = new StructType()
        .add("article_id", DataTypes.StringType)
        .add("order_key", DataTypes.StringType)
        .add("signature", DataTypes.createArrayType(DataTypes.LongType))
        .add("bands", DataTypes.createArrayType(DataTypes.LongType));
    Dataset<Row> sigs = articles.select("article_id", "published", "text")
        .flatMap(new Signature(), Encoders.row(sigSchema));
    Dataset<Row> banded = sigs.select(col("article_id"), col("order_key"), posexplode(col("bands")).as(
        new String[] {"band", "band_key"}));
    WindowSpec byBand = Window.partitionBy("band", "band_key").orderBy("order_key", "article_id");
    Dataset<Row> candidates = banded
        .withColumn("rep", first("article_id").over(byBand))
        .withColumn("rep_order", first("order_key").over(byBand))
        .filter(col("rep").notEqual(col("article_id")))
        .select("article_id", "rep", "rep_order").distinct();
    Dataset<Row> a = sigs.select(col("article_id"), col("signature").as("sig_a"));
    Dataset<Row> b = sigs.select(col("article_id").as("rep"), col("signature").as("sig_b"));
    Dataset<Row> verified = candidates.join(a, "article_id").join(b, "rep")
        .withColumn("similarity", expr("size(filter(zip_with(sig_a, sig_b, (x, y) -> x = y), z -> z)) / "
            + MinHash.SIZE + ".0"))
        .filter(col("similarity").geq(threshold));
    return verified.groupBy("article_id")
        .agg(expr("min_by(rep, concat(rep_order, '|', rep))").as("duplicate_of"));
  }

  /** Signature and band keys of one article. */
  static final class Signature implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row r) {
      long[] sig = MinHash.signature(r.getAs("text"));
      if (sig == null) {
        return java.util.Collections.emptyIterator();
      }
      List<Long> signature = new ArrayList<>(MinHash.SIZE);
      for (long v : sig) {
        signature.add(v);
      }
      List<Long> bands = new ArrayList<>(MinHash.BANDS);
      for (int i = 0; i < MinHash.BANDS; i++) {
        bands.add(MinHash.bandKey(sig, i));
      }
      Object published = r.getAs("published");
      String day = published == null ? "9999-12-31"
          : published instanceof LocalDate ? published.toString() : ((Date) published).toLocalDate().toString();
      return java.util.Collections.singletonList(RowFactory.create(r.getAs("article_id"), day,
          JavaConverters.asScalaBuffer(signature).toSeq(), JavaConverters.asScalaBuffer(bands).toSeq()))
          .iterator();
    }
  }
}
