package org.newstally.ingest.html;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, canonical URL, publication date and main text of a news page: the whole HTML step of the WARC and HTML-file
 * readers, plain Java on a parsed jsoup document. The main text is {@link MainText}'s, the date
 * {@link PublishedDate}'s; docs/ingest.md describes both with their measured figures.
 */
public final class HtmlArticleExtractor {
  /**
   * What a page yields; any part may be null, text is never null. {@code published} is an ISO date
   * ({@code yyyy-mm-dd}) and {@code publishedBasis} where it came from ({@link PublishedDate}'s constants);
   * {@code canonicalUrl} is the page's own {@code <link rel=canonical>} or {@code og:url}.
   */
  public record PageContent(String title, String published, String publishedBasis, String text,
      String canonicalUrl) {}

  private HtmlArticleExtractor() {}

  /** A page with no crawl facts: its date is checked against today. */
  public static PageContent extract(Document doc) {
    return extract(doc, doc.location(), null);
  }

  /**
   * A page fetched from {@code url} (null when unknown) on {@code crawled} (null when unknown). The document is
   * changed: boilerplate is removed from it.
   */
  public static PageContent extract(Document doc, String url, LocalDate crawled) {
    return extract(doc, url, crawled, null);
  }

  /** As {@link #extract(Document, String, LocalDate)}, with the HTTP Last-Modified date as the last date resort. */
  public static PageContent extract(Document doc, String url, LocalDate crawled, LocalDate lastModified) {
    String title = title(doc);
    String canonical = canonicalUrl(doc);
    String dateUrl = url != null && !url.isBlank() ? url : canonical;
    PublishedDate.Found date = PublishedDate.find(doc, dateUrl, crawled, lastModified);
    if (date != null && canonical != null && date.basis().equals(PublishedDate.CRAWL_DATE)) {
      // a crawled URL without a date may redirect to a canonical one that has it
      PublishedDate.Found fromCanonical = PublishedDate.fromUrl(canonical,
          (crawled != null ? crawled : date.date()).plusDays(1));
      date = fromCanonical != null ? fromCanonical : date;
    }
    Element body = doc.body();
    String text = body == null ? "" : MainText.extract(body);
    return new PageContent(title, date == null ? null : date.date().toString(), date == null ? null : date.basis(),
        text, canonical);
  }

  private static String title(Document doc) {
    String og = doc.select("meta[property=og:title]").attr("content");
    if (!og.isBlank()) {
      return og;
    }
    if (!doc.title().isBlank()) {
      return doc.title();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 != null && !h1.text().isBlank() ? h1.text() : null;
  }

  /** The page's own idea of its address, when absolute. */
  static String canonicalUrl(Document doc) {
    for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
      String href = link.absUrl("href");
      if (href.startsWith("http")) {
        return href;
      }
    }
    String og = doc.select("meta[property=og:url]").attr("content").strip();
    return og.startsWith("http") ? og : null;
  }
}
