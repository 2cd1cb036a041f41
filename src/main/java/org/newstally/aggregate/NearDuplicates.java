package org.newstally.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Near-duplicate articles (wire copies republished by many sites): MinHash signatures with locality-sensitive
 * banding. The signature of each article is computed once, in the extraction pass. Articles sharing a band are
 * candidates; each candidate is compared only with the earliest article of its band (by publication date, then id):
 * pairs whose estimated similarity comes near the threshold are checked on their texts, and the article is a
 * duplicate when the exact Jaccard similarity of their word 5-grams reaches the threshold. (64 samples estimate
 * with a standard error of about 0.06, too coarse alone for template-like news.)
 * Duplicates stay in articles with duplicate_of set and are left out of aggregates.
 */
public final class NearDuplicates {
  /** Estimated Jaccard similarity of word 5-grams above which two articles are the same text. */
  public static final double DEFAULT_THRESHOLD = 0.8;
  /** Pairs estimated this far below the threshold are still checked on their texts (about 3 standard errors). */
  static final double ESTIMATE_MARGIN = 0.18;

  private NearDuplicates() {}

  /**
   * (article_id, duplicate_of) for every article that duplicates an earlier one.
   *
   * @param signatures article_id, published, minhash (array of {@link MinHash#SIZE} longs, null for short texts)
   * @param texts article_id, text
   */
  public static Dataset<Row> find(Dataset<Row> signatures, Dataset<Row> texts, double threshold) {
    Dataset<Row> sigs = signatures.filter(col("minhash").isNotNull())
        .select(col("article_id"),
            expr("coalesce(cast(published as string), '9999-12-31')").as("order_key"),
            col("minhash"));
    // one row per article and band; the band key hashes the band's rows of the signature
    Dataset<Row> banded = sigs.select(col("article_id"), col("order_key"),
        posexplode(expr("transform(sequence(0, " + (MinHash.BANDS - 1) + "), b -> xxhash64(slice(minhash, b * "
            + MinHash.ROWS + " + 1, " + MinHash.ROWS + ")))")).as(new String[] {"band", "band_key"}));
    // the earliest article of every band shared by two or more (a hash aggregation, no sort of all bands)
    Dataset<Row> firsts = banded.groupBy("band", "band_key")
        .agg(min(struct(col("order_key"), col("article_id"))).as("rep"), count(lit(1)).as("n"))
        .filter(col("n").gt(1));
    Dataset<Row> candidates = banded.join(firsts,
            JavaConverters.asScalaBuffer(List.of("band", "band_key")).toSeq())
        .filter(col("article_id").notEqual(col("rep.article_id")))
        .select(col("article_id"), col("rep.article_id").as("rep"), col("rep.order_key").as("rep_order"))
        .distinct();
    Dataset<Row> a = sigs.select(col("article_id"), col("minhash").as("sig_a"));
    Dataset<Row> b = sigs.select(col("article_id").as("rep"), col("minhash").as("sig_b"));
    Dataset<Row> likely = candidates.join(a, "article_id").join(b, "rep")
        .withColumn("estimate", expr("size(filter(zip_with(sig_a, sig_b, (x, y) -> x = y), z -> z)) / "
            + MinHash.SIZE + ".0"))
        .filter(col("estimate").geq(threshold - ESTIMATE_MARGIN))
        .select("article_id", "rep", "rep_order");
    StructType pair = new StructType().add("article_id", DataTypes.StringType).add("rep", DataTypes.StringType)
        .add("rep_order", DataTypes.StringType).add("similarity", DataTypes.DoubleType);
    Dataset<Row> verified = likely
        .join(texts.select(col("article_id"), col("text").as("text_a")), "article_id")
        .join(texts.select(col("article_id").as("rep"), col("text").as("text_b")), "rep")
        .flatMap(new ExactSimilarity(threshold), Encoders.row(pair));
    return verified.groupBy("article_id")
        .agg(expr("min_by(rep, concat(rep_order, '|', rep))").as("duplicate_of"));
  }

  /** article_id, published, minhash computed from the text (for articles of earlier runs, which keep no signature). */
  public static Dataset<Row> signatures(Dataset<Row> articles) {
    StructType schema = new StructType()
        .add("article_id", DataTypes.StringType)
        .add("published", DataTypes.DateType)
        .add("minhash", DataTypes.createArrayType(DataTypes.LongType));
    return articles.select("article_id", "published", "text").flatMap(new Signature(), Encoders.row(schema));
  }

  /** Keeps a candidate pair when the exact similarity of the texts reaches the threshold. */
  static final class ExactSimilarity implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double threshold;

    ExactSimilarity(double threshold) {
      this.threshold = threshold;
    }

    @Override
    public Iterator<Row> call(Row r) {
      double j = MinHash.jaccard(r.getAs("text_a"), r.getAs("text_b"));
      if (j < threshold) {
        return java.util.Collections.emptyIterator();
      }
      return java.util.Collections.singletonList(RowFactory.create(r.getAs("article_id"), r.getAs("rep"),
          r.getAs("rep_order"), j)).iterator();
    }
  }

  static final class Signature implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row r) {
      List<Long> sig = MinHash.signatureList(r.getAs("text"));
      return java.util.Collections.singletonList(RowFactory.create(r.getAs("article_id"), r.getAs("published"),
          sig == null ? null : JavaConverters.asScalaBuffer(sig).toSeq())).iterator();
    }
  }
}
