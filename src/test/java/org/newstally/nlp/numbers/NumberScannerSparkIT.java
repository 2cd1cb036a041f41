package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstally.SparkTestSession;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.NumberLexicon;
import scala.reflect.ClassTag$;

/** The scanner as Spark uses it: broadcast to executors, or shipped with Kryo, which skips readObject. */
class NumberScannerSparkIT {
  private static final List<String> SENTENCES = List.of(
      "Some 40 drones flew over 11 regions.",
      "The talks lasted two hours and 45 minutes.",
      "Crews downed 31 Kh-101s and nearly 580 drones.");

  private static NumberScanner scanner;

  @BeforeAll
  static void load() {
    scanner = new NumberScanner(NumberLexicon.load(LexiconSource.projectFolder()));
  }

  /** Surfaces found per sentence, joined; one worker per partition, as in the job. */
  static final class SurfacesFn implements MapPartitionsFunction<String, String> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<NumberScanner> scanner;

    SurfacesFn(Broadcast<NumberScanner> scanner) {
      this.scanner = scanner;
    }

    @Override
    public Iterator<String> call(Iterator<String> sentences) {
      NumberScanner s = scanner.value();
      List<String> out = new ArrayList<>();
      while (sentences.hasNext()) {
        out.add(surfaces(s, sentences.next()));
      }
      return out.iterator();
    }
  }

  static String surfaces(NumberScanner s, String sentence) {
    StringBuilder b = new StringBuilder();
    for (NumberMention m : s.scan(sentence)) {
      b.append(m.surface()).append('=').append(m.value()).append(' ').append(m.object()).append(';');
    }
    return b.toString();
  }

  @Test
  void aBroadcastScannerFindsWhatTheLocalOneFinds() {
    SparkSession spark = SparkTestSession.get();
    Broadcast<NumberScanner> broadcast = spark.sparkContext()
        .broadcast(scanner, ClassTag$.MODULE$.apply(NumberScanner.class));
    List<String> remote = spark.createDataset(SENTENCES, Encoders.STRING())
        .repartition(2)
        .mapPartitions(new SurfacesFn(broadcast), Encoders.STRING())
        .collectAsList();
    List<String> local = new ArrayList<>();
    for (String s : SENTENCES) {
      local.add(surfaces(scanner, s));
    }
    assertThat(remote).containsExactlyInAnyOrderElementsOf(local);
    assertThat(local).allSatisfy(s -> assertThat(s).isNotEmpty());
  }

  @Test
  void aScannerShippedWithKryoStillScans() {
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    ByteBuffer bytes = kryo.serialize(scanner, ClassTag$.MODULE$.apply(NumberScanner.class));
    NumberScanner copy = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(NumberScanner.class));
    for (String s : SENTENCES) {
      assertThat(surfaces(copy, s)).isEqualTo(surfaces(scanner, s));
    }
  }
}
