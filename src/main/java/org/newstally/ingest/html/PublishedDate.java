package org.newstally.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newstally.ingest.DateParser;

/**
 * The publication date of a page, from the most trusted source that gives a plausible one: schema.org JSON-LD
 * {@code datePublished} of an article, meta tags, a {@code <time datetime>} (the article's own first), the URL path,
 * and only then what the crawl says (WARC-Date, HTTP Last-Modified), flagged by its basis. {@code dateModified}
 * never stands in for {@code datePublished}: an update date moves every "overnight" to the wrong night.
 *
 * <p>A date is plausible from 1990-01-01 up to the crawl date plus one day (today plus one day when the crawl date
 * is unknown): placeholders such as {@code 0001-01-01} and far-future dates are skipped, and the next source is
 * tried, so such a page keeps the date its URL carries.
 */
public final class PublishedDate {
  /** Where a date came from: the value of the {@code published_basis} column. */
  public static final String JSON_LD = "json_ld";
  public static final String META = "meta";
  public static final String TIME_ELEMENT = "time_element";
  public static final String URL = "url";
  public static final String CRAWL_DATE = "crawl_date";
  public static final String LAST_MODIFIED = "http_last_modified";

  /** A date and its basis. */
  public record Found(LocalDate date, String basis) {}

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** schema.org types whose datePublished is the article's. */
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
      "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting", "videoobject",
      "webpage", "medicalwebpage");

  /** Meta tags (attribute=value) that carry the publication time, most specific first; lower-case names. */
  private static final List<String> META_KEYS = List.of(
      "article:published_time", "og:published_time", "og:article:published_time", "article:published",
      "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.date", "dcterms.created", "pubdate", "publishdate", "publish-date", "publish_date",
      "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "date", "displaydate",
      "dc.date.created", "article.published", "published-date", "release_date");

  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/._-]|$)");
  private static final Pattern URL_COMPACT = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/._-]|$)");
  private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

  private PublishedDate() {}

  /**
   * The most trusted plausible date of the page, or null. {@code url} is the page's address (canonical or target);
   * {@code crawled} the crawl date, or null when unknown; {@code lastModified} the HTTP Last-Modified date, or null.
   */
  public static Found find(Document doc, String url, LocalDate crawled, LocalDate lastModified) {
    LocalDate latest = (crawled != null ? crawled : LocalDate.now(ZoneOffset.UTC)).plusDays(1);
    Found found = fromJsonLd(doc, latest);
    if (found == null) {
      found = fromMeta(doc, latest);
    }
    if (found == null) {
      found = fromTime(doc, latest);
    }
    if (found == null) {
      found = fromUrl(url, latest);
    }
    if (found == null && crawled != null && plausible(crawled, latest)) {
      found = new Found(crawled, CRAWL_DATE);
    }
    if (found == null && lastModified != null && plausible(lastModified, latest)) {
      found = new Found(lastModified, LAST_MODIFIED);
    }
    return found;
  }

  static boolean plausible(LocalDate date, LocalDate latest) {
    return date != null && !date.isBefore(EARLIEST) && !date.isAfter(latest);
  }

  /** A date as pages write it: whatever {@link DateParser} reads, else a leading yyyy-mm-dd. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<LocalDate> d = DateParser.parse(value);
    if (d.isPresent()) {
      return d.get();
    }
    Matcher m = ISO_PREFIX.matcher(value);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static Found fromJsonLd(Document doc, LocalDate latest) {
    LocalDate other = null;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        continue; // broken JSON-LD is common and never fatal: the other sources still apply
      }
      if (root == null) {
        continue;
      }
      LocalDate article = articleDate(root, 0);
      if (plausible(article, latest)) {
        return new Found(article, JSON_LD);
      }
      if (other == null) {
        JsonNode any = root.findValue("datePublished");
        LocalDate d = any != null && any.isTextual() ? parse(any.asText()) : null;
        other = plausible(d, latest) ? d : null;
      }
    }
    return other != null ? new Found(other, JSON_LD) : null;
  }

  /** The datePublished of the first article-typed object in a JSON-LD tree (graphs and arrays included). */
  private static LocalDate articleDate(JsonNode node, int depth) {
    if (depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        LocalDate d = articleDate(n, depth + 1);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticleType(node.get("@type")) && node.path("datePublished").isTextual()) {
      LocalDate d = parse(node.get("datePublished").asText());
      if (d != null && !d.isBefore(EARLIEST)) {
        return d;
      }
    }
    for (String child : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) {
      JsonNode c = node.get(child);
      if (c != null && (c.isArray() || c.isObject())) {
        LocalDate d = articleDate(c, depth + 1);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT).replace("schema:", ""));
  }

  private static Found fromMeta(Document doc, LocalDate latest) {
    LocalDate[] byKey = new LocalDate[META_KEYS.size()];
    int best = Integer.MAX_VALUE;
    for (Element meta : doc.getElementsByTag("meta")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
          : meta.attr("itemprop");
      if (key.isEmpty()) {
        continue;
      }
      int index = META_KEYS.indexOf(key.toLowerCase(Locale.ROOT));
      if (index < 0 || index >= best) {
        continue;
      }
      LocalDate d = parse(meta.attr("content"));
      if (plausible(d, latest)) {
        byKey[index] = d;
        best = index;
      }
    }
    return best < byKey.length ? new Found(byKey[best], META) : null;
  }

  /** A {@code <time>} or datePublished microdata: inside the article first, then anywhere on the page. */
  private static Found fromTime(Document doc, LocalDate latest) {
    for (String selector : new String[] {"[itemprop=datePublished]", "article time[datetime]",
        "time[pubdate][datetime]", "time[datetime]"}) {
      for (Element e : doc.select(selector)) {
        String value = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
            : e.text();
        LocalDate d = parse(value);
        if (plausible(d, latest)) {
          return new Found(d, TIME_ELEMENT);
        }
      }
    }
    return null;
  }

  static Found fromUrl(String url, LocalDate latest) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
    for (Pattern p : new Pattern[] {URL_DATE, URL_COMPACT}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (plausible(d, latest)) {
          return new Found(d, URL);
        }
      }
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
