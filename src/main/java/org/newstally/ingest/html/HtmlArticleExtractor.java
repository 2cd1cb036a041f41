package org.newstally.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newstally.ingest.TextNormalizer;

/**
 * Title, publication date and main text of a news page. The main text is the {@code <article>} with the most
 * paragraph text, else the densest block of {@code <p>} (the element whose paragraphs, direct or one level down,
 * hold the most text); navigation, header, footer, aside, forms, scripts and styles never count.
 */
public final class HtmlArticleExtractor {
  /** What a page yields; any part may be null, text is never null. */
  public record PageContent(String title, String published, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Meta tags and attributes that carry the publication time, most specific first. */
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time]",
      "meta[property=og:published_time]",
      "meta[name=article:published_time]",
      "meta[itemprop=datePublished]",
      "meta[name=parsely-pub-date]",
      "meta[name=\"dc.date.issued\"]",
      "meta[name=\"dc.date\"]",
      "meta[name=\"dcterms.date\"]",
      "meta[name=\"dcterms.created\"]",
      "meta[name=\"sailthru.date\"]",
      "meta[name=pubdate]",
      "meta[name=publishdate]",
      "meta[name=publish-date]",
      "meta[name=date]");

  private static final String NON_CONTENT = HtmlText.NON_TEXT + ", nav, header, footer, aside, form";

  private HtmlArticleExtractor() {}

  public static PageContent extract(Document doc) {
    String title = title(doc);
    String published = published(doc);
    Element body = doc.body();
    body.select(NON_CONTENT).remove();
    return new PageContent(title, published, mainText(body));
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

  private static String published(Document doc) {
    for (String selector : DATE_SELECTORS) {
      for (Element meta : doc.select(selector)) {
        if (!meta.attr("content").isBlank()) {
          return meta.attr("content");
        }
      }
    }
    String fromJsonLd = jsonLdDatePublished(doc);
    if (fromJsonLd != null) {
      return fromJsonLd;
    }
    for (Element e : doc.select("[itemprop=datePublished][datetime], time[datetime]")) {
      if (!e.attr("datetime").isBlank()) {
        return e.attr("datetime");
      }
    }
    return null;
  }

  private static String jsonLdDatePublished(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
        if (found != null && found.isTextual() && !found.asText().isBlank()) {
          return found.asText();
        }
      } catch (Exception e) {
        // Broken JSON-LD is common and never fatal: the other date sources still apply.
      }
    }
    return null;
  }

  private static String mainText(Element body) {
    Element bestArticle = null;
    int bestLength = -1;
    for (Element article : body.select("article")) {
      int length = paragraphLength(article.select("p"));
      if (length > bestLength) {
        bestArticle = article;
        bestLength = length;
      }
    }
    if (bestArticle != null) {
      return bestLength > 0 ? paragraphs(bestArticle) : HtmlText.blockText(bestArticle);
    }
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      if (length == 0 || parent == null) {
        continue;
      }
      scores.merge(parent, length, Integer::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), length / 2, Integer::sum);
      }
    }
    Element densest = null;
    int densestScore = 0;
    for (Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > densestScore) {
        densest = e.getKey();
        densestScore = e.getValue();
      }
    }
    return densest != null ? paragraphs(densest) : HtmlText.blockText(body);
  }

  private static int paragraphLength(Elements paragraphs) {
    int total = 0;
    for (Element p : paragraphs) {
      total += p.text().length();
    }
    return total;
  }

  private static String paragraphs(Element container) {
    return TextNormalizer.normalize(container.select("p").stream()
        .map(Element::text)
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .collect(Collectors.joining("\n\n")));
  }
}
