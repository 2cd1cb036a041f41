package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputFormatTest {

  @ParameterizedTest
  @CsvSource({
      "a.txt, TEXT, NONE",
      "/x/y/b.TXT.gz, TEXT, GZIP",
      "c.txt.bz2, TEXT, BZIP2",
      "d.jsonl, JSONL, NONE",
      "e.json.gz, JSONL, GZIP",
      "hdfs://nn:8020/in/f.ndjson.bz2, JSONL, BZIP2",
      "g.csv, CSV, NONE",
      "s3a://bucket/h.csv.gz, CSV, GZIP",
      "part-0001.snappy.parquet, PARQUET, NONE",
      "CC-NEWS-20251206.warc.gz, WARC, GZIP",
      "plain.warc, WARC, NONE",
      "saved/page.html, HTML, NONE",
      "mirror/index.HTM, HTML, NONE",
      "s3a://bucket/dump/story.html.gz, HTML, GZIP",
  })
  void detectsFormatAndCompressionFromTheName(String path, InputFormat format, Compression compression) {
    assertThat(InputFormat.detect(path)).isEqualTo(format);
    assertThat(Compression.of(path)).isEqualTo(compression);
  }

  @ParameterizedTest
  @ValueSource(strings = {"notes.md", "data.xml", "archive.tar.gz", "noextension", "a.txt.zst"})
  void unknownEndingsAreRefusedWithTheKnownOnes(String path) {
    assertThatThrownBy(() -> InputFormat.detect(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(path)
        .hasMessageContaining(".jsonl")
        .hasMessageContaining("give the format explicitly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x.parquet.gz", "x.parquet.bz2"})
  void compressedParquetIsRefused(String path) {
    assertThatThrownBy(() -> InputFormat.detect(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decompress");
  }

  @ParameterizedTest
  @CsvSource({"txt, TEXT", "Text, TEXT", "json, JSONL", "NDJSON, JSONL", "csv, CSV", "parquet, PARQUET", "warc, WARC",
      "html, HTML", "HTM, HTML"})
  void formatNamesAsUsersTypeThem(String name, InputFormat format) {
    assertThat(InputFormat.fromName(name)).isEqualTo(format);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "tsv", ""})
  void unknownFormatNamesListTheChoices(String name) {
    assertThatThrownBy(() -> InputFormat.fromName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text, jsonl, csv, parquet, warc or html");
  }
}
