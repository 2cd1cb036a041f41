package org.newstally.cluster;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;
import org.newstally.nlp.Nlp;

/**
 * Kryo registrator for the Kryo cluster test: the broadcast NLP layer goes through Java serialization inside Kryo.
 *
 * <p>Kryo (through Twitter chill) builds an object by calling its no-argument constructor when it has one. Spark
 * NLP's models have one, and it creates their features, which look up the active SparkSession: on an executor that
 * throws "SparkSession should only be created and accessed on the driver", so a broadcast holding a TextMatcherModel
 * or TokenizerModel cannot be read back by Kryo at all, registered or not. Java serialization calls no constructor
 * of a Serializable class, which is why the job works with Spark's default serializer.
 */
public final class JavaSerializedNlp implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(Nlp.class, new JavaSerializer());
  }
}
