package org.newstally.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;


import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlArticleExtractorTest {

  private static HtmlArticleExtractor.PageContent extract(String html) {
    return HtmlArticleExtractor.extract(Jsoup.parse(html, "https://site.example/"));
  }

  @Test
  void theArticleElementWinsOverNavigationAndAsides() {
    HtmlArticleExtractor.PageContent page = extract("<html><head><title>Page title | Site</title></head><body>"
        + "<header><p>Subscribe now and save on a long header paragraph that is not news at all.</p></header>"
        + "<nav><p>Home</p><p>World</p></nav>"
        + "<article><h1>Headline</h1><p>The museum opened a new wing.</p>"
        + "<aside><p>Related: a much longer aside paragraph that should never be part of the article text.</p></aside>"
        + "<p>Visitors queued for an hour.</p><script>track();</script></article>"
        + "<footer><p>Copyright and a footer paragraph.</p></footer></body></html>");
    assertThat(page.text()).isEqualTo("The museum opened a new wing.\n\nVisitors queued for an hour.");
    assertThat(page.title()).isEqualTo("Page title | Site");
  }

  @Test
  void withSeveralArticlesTheOneWithMostParagraphTextWins() {
    HtmlArticleExtractor.PageContent page = extract("<body><article><p>Teaser.</p></article>"
        + "<article><p>The main story has the longest paragraphs of all.</p><p>And a second one.</p></article>"
        + "</body>");
    assertThat(page.text()).startsWith("The main story");
  }

  @Test
  void withoutAnArticleTheDensestBlockOfParagraphsIsTaken() {
    HtmlArticleExtractor.PageContent page = extract("<body><div class=menu><p>Home</p><p>Sport</p></div>"
        + "<div class=content><div><p>Engineers finished the tunnel two months early.</p></div>"
        + "<div><p>The line opens to passengers in spring.</p></div>"
        + "<div><p>Tickets go on sale next week.</p></div></div>"
        + "<div class=comments><p>Nice!</p></div></body>");
    assertThat(page.text()).isEqualTo("Engineers finished the tunnel two months early.\n\n"
        + "The line opens to passengers in spring.\n\nTickets go on sale next week.");
  }

  @Test
  void aPageWithoutParagraphsFallsBackToItsBlockText() {
    assertThat(extract("<body><div>Line one</div><div>Line two<br>continued</div></body>").text())
        .isEqualTo("Line one\n\nLine two\ncontinued");
  }

  @Test
  void aPageOfMarkupOnlyHasNoText() {
    assertThat(extract("<body><nav><a href=/>Home</a></nav><script>x()</script><div><img src=a.png></div></body>")
        .text()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "og:title first|<meta property=og:title content='OG title'><title>Tag title</title>|<h1>H1 title</h1>|OG title",
      "then title|<title>Tag title</title>|<h1>H1 title</h1>|Tag title",
      "then h1|<meta charset=utf-8>|<header><h1>H1 title</h1></header>|H1 title",
  })
  void titleComesFromOgTitleThenTitleThenH1(String name, String head, String body, String expected) {
    assertThat(extract("<html><head>" + head + "</head><body>" + body + "<p>x</p></body></html>").title())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "article:published_time|<meta property='article:published_time' content='2025-12-06T08:00:00+02:00'>|"
          + "2025-12-06",
      "itemprop|<meta itemprop=datePublished content='2025-11-30'>|2025-11-30",
      "parsely|<meta name=parsely-pub-date content='2025-10-01T12:00:00Z'>|2025-10-01",
      "dublin core|<meta name='DC.date.issued' content='2025-09-09'>|2025-09-09",
      "json-ld|<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"NewsArticle\", "
          + "\"datePublished\": \"2025-08-08T10:00:00Z\"}]}</script>|2025-08-08",
      "time element|<meta name=viewport content=x><time datetime='2025-07-07'>July 7</time>|2025-07-07",
  })
  void publishedComesFromTheUsualPlaces(String name, String markup, String expected) {
    assertThat(extract("<html><head>" + markup + "</head><body><p>Body.</p></body></html>").published())
        .isEqualTo(expected);
  }

  @Test
  void metaTagsBeatTheTimeElement() {
    assertThat(extract("<head><meta name=pubdate content='2025-01-02'></head><body><time datetime='2024-12-31'>"
        + "</time><p>x</p></body>").published()).isEqualTo("2025-01-02");
  }

  @Test
  void brokenJsonLdIsIgnored() {
    assertThat(extract("<head><script type='application/ld+json'>{not json</script></head><body><p>x</p></body>")
        .published()).isNull();
  }
}
