package org.newstally.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.ingest.TestInputs;
import org.newstally.job.ExtractOptions;
import org.newstally.job.SampleRun;
import org.newstally.job.TableRows;

/**
 * No date stops a run. A crawl page whose date meta tag is a placeholder ({@code 0001-01-01}) keeps the date its
 * URL carries; a record from another format whose own date field is ancient still reaches the articles table
 * as written (the Parquet writer is set to CORRECTED rebasing), instead of Spark refusing the whole run.
 */
class AncientDateIT {
  @TempDir
  static Path dir;

  private static Map<String, Row> byUrl;
  private static List<Row> articles;

  @BeforeAll
  static void run() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String page = "<html><head><title>Council votes</title>"
        + "<meta itemprop='datePublished' content='0001-01-01T00:00:00Z'>"
        + "<meta name='date' content='0001-01-01'></head><body><article>"
        + "<p>The town council voted on Tuesday to rebuild the old bridge, after a debate of four hours.</p>"
        + "<p>Work starts in the spring and should take two years, the mayor said.</p></article></body></html>";
    String future = "<html><head><meta property='article:published_time' content='2091-05-05'></head><body>"
        + "<article><p>A page that claims a date seventy years after it was crawled, which no page can have.</p>"
        + "</article></body></html>";
    Files.write(in.resolve("crawl.warc.gz"), TestInputs.warc(true, TestInputs.warcinfo(),
        TestInputs.htmlResponse("https://paper.example/story/2019/11/19/council-votes/", page),
        TestInputs.htmlResponse("https://paper.example/undated-future", future)));
    Files.writeString(in.resolve("old.jsonl"),
        "{\"id\": \"ancient\", \"text\": \"A record dated in year one.\", \"published\": \"0001-01-01\"}\n");
    Path out = dir.resolve("out");
    SampleRun.extract(out, ExtractOptions.Mode.OVERWRITE, List.of(in.toString()));
    // dates as Spark SQL prints them: java.sql.Date would show year one in the Julian calendar
    articles = TableRows.read(out, "articles")
        .selectExpr("article_id", "url", "cast(published as string) as published", "published_basis")
        .collectAsList();
    byUrl = articles.stream().filter(r -> r.getAs("url") != null)
        .collect(Collectors.toMap(r -> r.<String>getAs("url"), r -> r));
  }

  @Test
  void aPlaceholderDateGivesWayToTheDateInTheUrl() {
    Row row = byUrl.get("https://paper.example/story/2019/11/19/council-votes/");
    assertThat(row.<String>getAs("published")).isEqualTo("2019-11-19");
    assertThat(row.<String>getAs("published_basis")).isEqualTo("url");
  }

  @Test
  void aDateAfterTheCrawlIsNotTakenAndTheCrawlDateIsFlaggedInstead() {
    Row row = byUrl.get("https://paper.example/undated-future");
    // TestInputs writes every record with WARC-Date 2025-12-31
    assertThat(row.<String>getAs("published")).isEqualTo("2025-12-31");
    assertThat(row.<String>getAs("published_basis")).isEqualTo("crawl_date");
  }

  @Test
  void anAncientDateFromAnotherFormatIsWrittenAsItIs() {
    Row row = articles.stream().filter(r -> "ancient".equals(r.getAs("article_id"))).findFirst().orElseThrow();
    assertThat(row.<String>getAs("published")).isEqualTo("0001-01-01");
    assertThat(row.<String>getAs("published_basis")).isEqualTo("input");
  }
}
