package org.newstally.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trust order of date sources, and the plausibility check that skips placeholders and future dates. */
class PublishedDateTest {
  private static final LocalDate CRAWLED = LocalDate.of(2024, 3, 10);

  private static String found(String head, String body, String url, LocalDate lastModified) {
    PublishedDate.Found f = PublishedDate.find(Jsoup.parse("<html><head>" + head + "</head><body>" + body
        + "</body></html>"), url, CRAWLED, lastModified);
    return f == null ? "none" : f.date() + " " + f.basis();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "json-ld article beats meta|<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
          + "\"datePublished\":\"2024-03-01T08:00:00-05:00\"}</script><meta name=date content='2024-02-02'>|"
          + "|https://a.example/x|2024-03-01 json_ld",
      "json-ld inside a graph|<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\"},"
          + "{\"@type\":[\"Article\"],\"datePublished\":\"2024-01-05\"}]}</script>||https://a.example/x"
          + "|2024-01-05 json_ld",
      "dateModified never stands in|<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
          + "\"dateModified\":\"2024-03-09\"}</script>||https://a.example/2024/02/20/story|2024-02-20 url",
      "meta in its own order|<meta name=date content='2024-02-02'><meta property='article:published_time' "
          + "content='2024-02-01T23:00:00Z'>||https://a.example/x|2024-02-01 meta",
      "a placeholder meta gives way to the next|<meta property='article:published_time' content='0001-01-01'>"
          + "<meta name=sailthru.date content='2024-01-30 10:00:00'>||https://a.example/x|2024-01-30 meta",
      "time element in the article|<meta name=viewport content=x>|<article><time datetime='2024-02-11'>Feb 11"
          + "</time></article>|https://a.example/x|2024-02-11 time_element",
      "url with slashes|<title>t</title>||https://a.example/news/2023/11/19/story.html|2023-11-19 url",
      "url compact|<title>t</title>||https://a.example/news/story-20231119.html|2023-11-19 url",
      "url placeholder date is no date|<meta name=date content='0001-01-01'>||https://a.example/x|"
          + "2024-03-10 crawl_date",
      "after the crawl plus a day is implausible|<meta name=date content='2024-03-12'>||https://a.example/x|"
          + "2024-03-10 crawl_date",
      "the crawl day plus one is fine (time zones)|<meta name=date content='2024-03-11'>||https://a.example/x|"
          + "2024-03-11 meta",
      "url with a month name|<title>t</title>||https://a.example/world/2023/nov/19/story|2023-11-19 url",
      "an evening story's UTC stamp gives way to the local URL date|<script type='application/ld+json'>"
          + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-02T03:10:00Z\"}</script>||"
          + "https://a.example/2024/03/01/story|2024-03-01 url",
      "an evening story's UTC stamp gives way to the byline|<meta property='article:published_time' "
          + "content='2024-03-02T04:00:00+00:00'><title>Bridge reopens after repairs</title>|<h1>Bridge reopens "
          + "after repairs</h1><p>By A. Writer, March 1, 2024 10:00 pm</p>|https://a.example/x|2024-03-01 page_text",
      "a UTC stamp in the afternoon stays|<meta property='article:published_time' content='2024-03-02T15:00:00Z'>"
          + "<title>Bridge reopens after repairs</title>|<h1>Bridge reopens after repairs</h1><p>March 1, 2024</p>"
          + "|https://a.example/x|2024-03-02 meta",
      "the first byline date when no markup has one|<title>Bridge reopens after repairs - Paper</title>|<h1>Paper</h1>"
          + "<h2>Bridge reopens after repairs</h2><p>Posted 19 February 2024, 5 min read</p><p>Updated Feb 20, 2024"
          + "</p>|https://a.example/x|2024-02-19 page_text",
      "a day-first numeric byline|<title>t</title>|<h1>Bridge reopens after repairs</h1><p>19/02/2024</p>"
          + "|https://a.example/x|2024-02-19 page_text",
      "an ambiguous numeric byline is no date|<title>t</title>|<h1>Bridge reopens after repairs</h1>"
          + "<p>05/02/2024</p>|https://a.example/x|2024-03-10 crawl_date",
      "before 1990 is implausible|<meta name=date content='1970-01-01'>||https://a.example/x|2024-03-10 crawl_date",
  })
  void theMostTrustedPlausibleSourceWins(String name, String head, String body, String url, String expected) {
    assertThat(found(head, body == null ? "" : body, url, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no crawl date: last-modified|2024-03-01|2024-03-01 http_last_modified",
      "no date at all|''|none",
  })
  void withoutACrawlDateLastModifiedIsTheLastResort(String name, String lastModified, String expected) {
    PublishedDate.Found f = PublishedDate.find(Jsoup.parse("<p>x</p>"), null, null,
        lastModified.isEmpty() ? null : LocalDate.parse(lastModified));
    assertThat(f == null ? "none" : f.date() + " " + f.basis()).isEqualTo(expected);
  }
}
