package org.newstally.cluster;

import java.util.List;

/**
 * Every class Kryo serializes in an extract run besides the NLP layer (which {@link JavaSerializedNlp} hands to
 * Java serialization), for {@code spark.kryo.registrationRequired=true}: Kryo then fails on any class not named here
 * instead of writing its name into every record, so this list is also the inventory of what the job ships to
 * executors through Kryo. Found by running the job with registration required and adding each class the failure
 * named, until it ran through.
 *
 * <p>Kryo, when chosen, serializes broadcast values, the elements of {@code parallelize} and task results; closures
 * always go through Java serialization. Spark registers the common classes of its own (primitive arrays, map
 * statuses, its Hadoop configuration wrapper and the like).
 */
final class KryoClasses {
  static final List<String> NAMES = List.of(
      // the reader's file batches, shipped to the read tasks by parallelize
      "org.newstally.ingest.ReadFilesFn$FileBatch",
      "org.newstally.ingest.ResolvedInput",
      "org.newstally.ingest.Compression",
      "org.newstally.ingest.InputFormat",
      "java.util.ArrayList",
      // the tokenizer's rules and the gazetteer's trie: Spark NLP writes its model features with Spark's
      // serializer, even inside Java serialization
      "com.johnsnowlabs.nlp.util.regex.RuleFactory",
      "com.johnsnowlabs.nlp.util.regex.RegexRule",
      "com.johnsnowlabs.nlp.util.io.MatchStrategy$",
      "com.johnsnowlabs.nlp.util.regex.TransformStrategy$",
      "com.johnsnowlabs.collections.SearchTrie",
      "scala.Enumeration$Val",
      "scala.util.matching.Regex",
      // Spark SQL data types Kryo meets in the job's own data
      "org.apache.spark.sql.types.ArrayType",
      "org.apache.spark.sql.types.BooleanType$",
      "org.apache.spark.sql.types.TimestampType$",
      "org.apache.spark.sql.types.MapType");

  private KryoClasses() {}
}
