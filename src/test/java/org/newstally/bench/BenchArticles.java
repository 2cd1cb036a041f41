package org.newstally.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newstally.ingest.Compression;
import org.newstally.ingest.InputFormat;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RecordIterator;
import org.newstally.ingest.RecordReaders;
import org.newstally.model.Article;
import org.newstally.synth.CorpusGenerator;
import org.newstally.synth.GeneratorConfig;

/** Generated articles for the JMH benchmarks, read with the job's own JSON Lines reader (as the job sees them). */
final class BenchArticles {
  private BenchArticles() {}

  static List<Article> generate(int count, long seed) {
    CorpusGenerator generator = new CorpusGenerator(GeneratorConfig.synthetic(count, seed));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < count; i++) {
      jsonl.append(generator.article(i).articleJson()).append('\n');
    }
    List<Article> out = new ArrayList<>(count);
    byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
    try (RecordIterator records = RecordReaders.open(new ByteArrayInputStream(bytes), "generated.jsonl",
        InputFormat.JSONL, Compression.NONE, ParseSettings.defaults())) {
      while (records.hasNext()) {
        ParseOutcome outcome = records.next();
        if (outcome.isAccepted()) {
          out.add(outcome.article());
        }
      }
    }
    if (out.size() != count) {
      throw new IllegalStateException("generated " + count + " articles but the reader accepted " + out.size());
    }
    return out;
  }
}
