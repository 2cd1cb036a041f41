package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many NLP partitions an input gets when the user gives none: sized from its bytes, bounded by the cores. */
class NlpPartitionsTest {
  private static final long MB = 1L << 20;

  @ParameterizedTest(name = "{0} MB ({1}) on {2} cores -> {3}")
  @CsvSource({
      // a handful of articles: one task per core, not four
      "0, NONE, 2, 2",
      "1, NONE, 2, 2",
      "16, NONE, 2, 2",
      // in between: one partition per 8 MB
      "17, NONE, 2, 3",
      "41, NONE, 2, 6",
      // large inputs: four per core at most
      "64, NONE, 2, 8",
      "2200, NONE, 2, 8",
      "2200, NONE, 16, 64",
      // a compressed file holds about four times its size of text
      "10, GZIP, 2, 5",
      // one core still gets at least one partition
      "1, NONE, 0, 1",
  })
  void partitionsFollowTheInputSize(long megabytes, Compression compression, int cores, int expected) {
    List<ResolvedInput> inputs = List.of(
        new ResolvedInput("file:/in/a.jsonl", InputFormat.JSONL, compression, megabytes * MB / 2),
        new ResolvedInput("file:/in/b.jsonl", InputFormat.JSONL, compression, megabytes * MB - megabytes * MB / 2));
    assertThat(ArticleReader.nlpPartitions(inputs, cores)).isEqualTo(expected);
  }
}
