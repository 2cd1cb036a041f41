package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.ingest.TestInputs.concat;
import static org.newstally.ingest.TestInputs.gzip;
import static org.newstally.ingest.TestInputs.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.SparkTestSession;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

/**
 * Every kind of bad input in one read: nothing stops the job, nothing disappears, and each file's counts add up.
 */
class BadInputIT {
  private static final int MAX_CHARS = 120;

  @TempDir
  static Path dir;

  private static IngestResult result;
  private static List<Article> articles;
  private static List<RejectedRecord> issues;
  private static Map<String, long[]> counts;

  @BeforeAll
  static void readBadInput() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Files.write(dir.resolve("a-bad.jsonl"), concat(
        utf8("{\"id\": \"j1\", \"text\": \"The first good article.\", \"published\": \"2025-06-01\"}\n"),
        utf8("{\"id\": \"j-broken\", \"text\": \"no closing brace\"\n"),
        utf8("[\"an\", \"array\"]\n"),
        utf8("{\"id\": \"j-notext\", \"title\": \"A title alone\"}\n"),
        utf8("{\"id\": \"j-empty\", \"text\": \"   \"}\n"),
        utf8("{\"id\": \"j-markup\", \"text\": \"<div><br/><img src='x.png'></div>\"}\n"),
        utf8("{\"id\": \"j2\", \"text\": \"Na"), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("ve bytes.\"}\n"),
        utf8("{\"id\": \"j3\", \"text\": \"Dated oddly.\", \"published\": \"the other day\"}\n"),
        utf8("{\"id\": \"j4\", \"text\": \"" + "Long text. ".repeat(20) + "\"}\n"),
        utf8("\n   \n"),
        utf8("{\"id\": \"j1\", \"text\": \"A second j1, dated oddly too.\", \"published\": \"someday\"}\n"),
        utf8("{\"id\": \"j5\", \"maintext\": null, \"description\": \"Only a summary survives.\"}\n")));
    Files.writeString(dir.resolve("b-rows.csv"), "id,title,text\n"
        + "j1,Repeat,\"The same id as the first JSONL line, in a later file.\"\n"
        + "c-wide,Wide,text,one field too many\n"
        + "c2,Fine,\"A good row\nover two lines.\"\n");
    Files.write(dir.resolve("c-crawl.warc.gz"), TestInputs.warc(true, TestInputs.warcinfo(),
        TestInputs.htmlResponse("https://paper.example/story", "<html><body><article><p>A page with a story.</p>"
            + "</article></body></html>"),
        TestInputs.response("https://paper.example/chart.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N'})));
    StringBuilder fifty = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      fifty.append("{\"id\": \"g").append(i).append("\", \"text\": \"Record ").append(i).append(".\"}\n");
    }
    // A complete gzip member, then a member whose data is garbage: the 50 lines before it are intact.
    byte[] secondMember = gzip(utf8("{\"id\": \"lost\", \"text\": \"never seen\"}\n".repeat(20)));
    for (int i = 20; i < secondMember.length - 8; i++) {
      secondMember[i] = (byte) (secondMember[i] ^ 0xA5);
    }
    Files.write(dir.resolve("d-cut.jsonl.gz"), concat(gzip(utf8(fifty.toString())), secondMember));
    Files.write(dir.resolve("e-empty.jsonl"), new byte[0]);
    Files.writeString(dir.resolve("f-fake.parquet"), "this is not a Parquet file at all");
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    spark.createDataFrame(List.<Row>of(), schema).coalesce(1).write().parquet(dir.resolve("g-no-rows").toString());
    Path vanishing = Files.writeString(dir.resolve("h-vanishing.txt"), "Here when resolved, gone when read.");

    result = ArticleReader.read(spark, new ReadOptions().inputs(dir.toString()).maxChars(MAX_CHARS));
    // The Datasets are lazy: a file that disappears between the check and the read is unreadable, not fatal.
    Files.delete(vanishing);
    articles = result.articles().collectAsList();
    issues = result.issues().collectAsList();
    counts = new TreeMap<>();
    for (Row r : result.fileCounts().collectAsList()) {
      String name = r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1);
      counts.put(name.startsWith("part-") ? "g-no-rows/part" : name,
          new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
    }
  }

  @Test
  void everyReasonIsCountedExactlyWithItsSeverity() {
    Map<String, Long> byReason = issues.stream().collect(Collectors.groupingBy(
        i -> i.getReason() + "/" + i.getSeverity(), TreeMap::new, Collectors.counting()));
    assertThat(byReason).isEqualTo(new TreeMap<>(Map.ofEntries(
        Map.entry("malformed_json/rejected", 1L),
        Map.entry("not_an_object/rejected", 1L),
        Map.entry("missing_text/rejected", 1L),
        Map.entry("empty_text/rejected", 1L),
        Map.entry("markup_only/rejected", 1L),
        Map.entry("invalid_utf8/warning", 1L),
        Map.entry("unparseable_date/warning", 1L),
        Map.entry("truncated/warning", 1L),
        Map.entry("description_only/warning", 1L),
        Map.entry("duplicate_id/rejected", 2L),
        Map.entry("csv_field_count/rejected", 1L),
        Map.entry("warc_not_html/rejected", 1L),
        Map.entry("corrupt_compressed/rejected", 1L),
        Map.entry("empty_file/rejected", 2L),
        Map.entry("unreadable_file/rejected", 2L))));
  }

  @Test
  void eachFileReadsAcceptedPlusRejected() {
    assertThat(counts).containsOnlyKeys("a-bad.jsonl", "b-rows.csv", "c-crawl.warc.gz", "d-cut.jsonl.gz",
        "e-empty.jsonl", "f-fake.parquet", "g-no-rows/part", "h-vanishing.txt");
    assertThat(counts.get("a-bad.jsonl")).containsExactly(11, 5, 6);
    assertThat(counts.get("b-rows.csv")).containsExactly(3, 1, 2);
    assertThat(counts.get("c-crawl.warc.gz")).containsExactly(2, 1, 1);
    assertThat(counts.get("d-cut.jsonl.gz")).containsExactly(51, 50, 1);
    assertThat(counts.get("e-empty.jsonl")).containsExactly(1, 0, 1);
    assertThat(counts.get("f-fake.parquet")).containsExactly(1, 0, 1);
    assertThat(counts.get("g-no-rows/part")).containsExactly(1, 0, 1);
    assertThat(counts.get("h-vanishing.txt")).containsExactly(1, 0, 1);
    assertThat(counts.values()).allMatch(c -> c[0] == c[1] + c[2]);
    assertThat(articles).hasSize((int) counts.values().stream().mapToLong(c -> c[1]).sum());
  }

  @Test
  void keptArticlesAreTheGoodOnesWithTheirWarningsApplied() {
    Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::getArticleId, a -> a));
    assertThat(byId.get("j1").getText()).isEqualTo("The first good article.");
    assertThat(byId.get("j1").getRecordRef()).isEqualTo("line:1");
    assertThat(byId.get("j2").getText()).isEqualTo("Na\uFFFD(ve bytes.");
    assertThat(byId.get("j3").getPublished()).isNull();
    assertThat(byId.get("j4").getText()).hasSizeLessThanOrEqualTo(MAX_CHARS).startsWith("Long text. Long text.");
    assertThat(byId.get("j5").getText()).isEqualTo("Only a summary survives.");
    assertThat(byId.get("c2").getText()).isEqualTo("A good row\nover two lines.");
    assertThat(byId).containsKeys("g1", "g50").doesNotContainKey("lost");
  }

  @Test
  void issuesPointAtTheirRecords() {
    assertThat(issue("malformed_json").getRecordRef()).isEqualTo("line:2");
    assertThat(issue("malformed_json").getExcerpt()).startsWith("{\"id\": \"j-broken\"");
    assertThat(issue("not_an_object").getRecordRef()).isEqualTo("line:3");
    assertThat(issue("truncated").getRecordRef()).isEqualTo("line:9");
    assertThat(issue("description_only").getRecordRef()).isEqualTo("line:13");
    assertThat(issue("csv_field_count").getRecordRef()).isEqualTo("line:3");
    assertThat(issue("warc_not_html").getExcerpt()).isEqualTo("https://paper.example/chart.png");
    assertThat(issue("corrupt_compressed").getRecordRef()).isEqualTo("line:51");
    assertThat(issues).filteredOn(i -> i.getReason().equals("duplicate_id"))
        .extracting(RejectedRecord::getRecordRef).containsExactlyInAnyOrder("line:12", "line:2");
    assertThat(issues).filteredOn(i -> i.getReason().equals("duplicate_id"))
        .allMatch(i -> i.getDetail().contains("a-bad.jsonl line:1; the first is kept"));
    assertThat(issues).filteredOn(i -> i.getReason().equals("unreadable_file"))
        .extracting(RejectedRecord::getInputPath).anyMatch(p -> p.endsWith("h-vanishing.txt"))
        .anyMatch(p -> p.endsWith("f-fake.parquet"));
    assertThat(issues).allMatch(i -> i.getExcerpt() == null || i.getExcerpt().length() <= 200);
  }

  @Test
  void theWarningOfARecordLostToADuplicateIsNotReported() {
    assertThat(issues).filteredOn(i -> i.getReason().equals("unparseable_date"))
        .extracting(RejectedRecord::getRecordRef).containsExactly("line:8");
  }

  private static RejectedRecord issue(String reason) {
    return issues.stream().filter(i -> i.getReason().equals(reason)).findFirst().orElseThrow();
  }
}
