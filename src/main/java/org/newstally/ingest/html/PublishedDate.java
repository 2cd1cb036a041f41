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
  public static final String PAGE_TEXT = "page_text";
  public static final String CRAWL_DATE = "crawl_date";
  public static final String LAST_MODIFIED = "http_last_modified";

  /** A date, its basis and the value it was read from (null when it was not one written value). */
  public record Found(LocalDate date, String basis, String raw) {
    Found(LocalDate date, String basis) {
      this(date, basis, null);
    }
  }

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
  /** {@code /2019/nov/18/}, as some outlets write the date in their paths. */
  private static final Pattern URL_NAMED = Pattern.compile(
      "/((?:19|20)\\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\\d|3[01])(?=/|$)",
      Pattern.CASE_INSENSITIVE);
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
    Found meta = found != null && found.basis().equals(JSON_LD) ? fromMeta(doc, latest) : null;
    boolean metaEarlyUtc = meta != null && meta.date().equals(found.date()) && isEarlyUtc(meta.raw());
    if (found != null && (isEarlyUtc(found.raw()) || metaEarlyUtc)) {
      // A UTC (or zone-less) timestamp early in the UTC day is often the evening before in the outlet's own zone,
      // the date its readers saw: a less trusted source that says that day before, and no other, is the local one.
      LocalDate dayBefore = found.date().minusDays(1);
      Found url0 = fromUrl(url, latest);
      Found time = fromTime(doc, latest);
      if (url0 != null && url0.date().equals(dayBefore)) {
        found = url0;
      } else if (time != null && time.date().equals(dayBefore)) {
        found = time;
      } else if (metaSays(doc, dayBefore)) {
        found = new Found(dayBefore, META);
      } else if (dayBefore.equals(first(textDates(doc, latest)))) {
        // only the first date after the headline (the byline's), never a photo caption's further down
        found = new Found(dayBefore, PAGE_TEXT);
      }
    }
    if (found == null) {
      found = fromUrl(url, latest);
    }
    if (found == null) {
      List<LocalDate> shown = textDates(doc, latest);
      found = shown.isEmpty() ? null : new Found(shown.get(0), PAGE_TEXT);
    }
    if (found == null && crawled != null && plausible(crawled, latest)) {
      found = new Found(crawled, CRAWL_DATE);
    }
    if (found == null && lastModified != null && plausible(lastModified, latest)) {
      found = new Found(lastModified, LAST_MODIFIED);
    }
    return found;
  }

  /** A timestamp in UTC or without a zone whose hour is before noon. */
  static boolean isEarlyUtc(String raw) {
    if (raw == null) {
      return false;
    }
    Matcher m = UTC_TIME.matcher(raw.strip());
    return m.find() && Integer.parseInt(m.group(1)) < 12;
  }

  private static final Pattern UTC_TIME = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}):\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT)?$",
      Pattern.CASE_INSENSITIVE);

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
    Found other = null;
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
      String article = articleDate(root, 0);
      if (article != null && plausible(parse(article), latest)) {
        return new Found(parse(article), JSON_LD, article);
      }
      if (other == null) {
        JsonNode any = root.findValue("datePublished");
        LocalDate d = any != null && any.isTextual() ? parse(any.asText()) : null;
        other = plausible(d, latest) ? new Found(d, JSON_LD, any.asText()) : null;
      }
    }
    return other;
  }

  /** The datePublished of the first article-typed object in a JSON-LD tree (graphs and arrays included). */
  private static String articleDate(JsonNode node, int depth) {
    if (depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        String d = articleDate(n, depth + 1);
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
      String raw = node.get("datePublished").asText();
      LocalDate d = parse(raw);
      if (d != null && !d.isBefore(EARLIEST)) {
        return raw;
      }
    }
    for (String child : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) {
      JsonNode c = node.get(child);
      if (c != null && (c.isArray() || c.isObject())) {
        String d = articleDate(c, depth + 1);
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
    String[] rawByKey = new String[META_KEYS.size()];
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
        rawByKey[index] = meta.attr("content");
        best = index;
      }
    }
    return best < byKey.length ? new Found(byKey[best], META, rawByKey[best]) : null;
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
          return new Found(d, TIME_ELEMENT, value);
        }
      }
    }
    return null;
  }

  private static LocalDate first(List<LocalDate> dates) {
    return dates.isEmpty() ? null : dates.get(0);
  }

  /** Whether any date meta tag of the page says {@code date}. */
  private static boolean metaSays(Document doc, LocalDate date) {
    for (Element meta : doc.getElementsByTag("meta")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
          : meta.attr("itemprop");
      if (!key.isEmpty() && META_KEYS.contains(key.toLowerCase(Locale.ROOT)) && date.equals(parse(meta.attr(
          "content")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dates written in the page's text around its headline (from a little before the h1 to 1,500 characters
   * after it), in order: the byline date a reader sees when no markup carries one. Forms: "Nov. 19, 2019",
   * "19 November 2019", "2019-11-19", "19.11.2019", "19/11/2019" when the day is over 12 (a day-first or
   * month-first "05/06/2019" is ambiguous and skipped), and Portuguese, Spanish, Italian and Russian month names.
   */
  static List<LocalDate> textDates(Document doc, LocalDate latest) {
    List<LocalDate> out = new java.util.ArrayList<>();
    if (doc.body() == null) {
      return out;
    }
    String text = doc.body().text();
    String headline = headline(doc);
    int at = headline != null ? text.indexOf(headline) : -1;
    int from = at >= 0 ? Math.max(0, at - 400) : 0;
    int to = Math.min(text.length(), (at >= 0 ? at + headline.length() : 0) + 1500);
    Matcher m = TEXT_DATE.matcher(text).region(from, to);
    while (m.find() && out.size() < 8) {
      LocalDate d = textDate(m);
      if (plausible(d, latest)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The page's headline as its text shows it: the first h1 or h2 that the page title repeats (a site's logo is
   * often the h1), else the first h1.
   */
  private static String headline(Document doc) {
    String title = (doc.title() + " " + doc.select("meta[property=og:title]").attr("content")).toLowerCase(Locale.ROOT);
    Element firstH1 = null;
    for (Element h : doc.body().select("h1, h2")) {
      String t = h.text();
      if (t.length() >= 15 && title.contains(t.toLowerCase(Locale.ROOT))) {
        return t;
      }
      if (firstH1 == null && h.normalName().equals("h1") && !t.isBlank()) {
        firstH1 = h;
      }
    }
    return firstH1 != null ? firstH1.text() : null;
  }

  private static LocalDate textDate(Matcher m) {
    if (m.group("mdyMonth") != null) {
      return date(m.group("mdyYear"), monthNumber(m.group("mdyMonth")), m.group("mdyDay"));
    }
    if (m.group("dmyMonth") != null) {
      return date(m.group("dmyYear"), monthNumber(m.group("dmyMonth")), m.group("dmyDay"));
    }
    if (m.group("isoYear") != null) {
      return date(m.group("isoYear"), m.group("isoMonth"), m.group("isoDay"));
    }
    int a = Integer.parseInt(m.group("numA"));
    int b = Integer.parseInt(m.group("numB"));
    if (m.group("sep").equals(".") || a > 12) {
      return date(m.group("numYear"), Integer.toString(b), Integer.toString(a));
    }
    if (b > 12) {
      return date(m.group("numYear"), Integer.toString(a), Integer.toString(b));
    }
    return null;
  }

  /** Month names by their first letters, in the languages of {@link #textDates}; each maps to 1..12. */
  private static final String[][] MONTHS = {
      {"jan", "ene", "gen", "янв"}, {"feb", "fev", "fév", "февр"}, {"mar", "мар"}, {"apr", "abr", "avr", "апр"},
      {"may", "mai", "mag", "мая", "май"}, {"jun", "giu", "июн"}, {"jul", "lug", "июл"}, {"aug", "ago", "авг"},
      {"sep", "set", "сент"}, {"oct", "out", "ott", "окт"}, {"nov", "нояб"}, {"dec", "dez", "dic", "дек"}};

  private static String monthNumber(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      for (String prefix : MONTHS[i]) {
        if (lower.startsWith(prefix)) {
          return Integer.toString(i + 1);
        }
      }
    }
    return "0";
  }

  private static final String MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic"
      + "|gen|mag|giu|lug|ott|set|out|dez|fev|mai|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro"
      + "|outubro|novembro|dezembro|enero|febrero|marzo|junio|julio|septiembre|octubre|noviembre|diciembre"
      + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|января|февраля|марта|апреля|мая"
      + "|июня|июля|августа|сентября|октября|ноября|декабря)\\p{L}*";
  private static final Pattern TEXT_DATE = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d])(?:(?<mdyMonth>" + MONTH_WORD + ")\\.?\\s+(?<mdyDay>\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
          + "(?<mdyYear>(?:19|20)\\d{2})"
          + "|(?<dmyDay>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?<dmyMonth>" + MONTH_WORD + ")\\.?,?\\s+"
          + "(?:de\\s+)?(?<dmyYear>(?:19|20)\\d{2})"
          + "|(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})"
          + "|(?<numA>\\d{1,2})(?<sep>[./])(?<numB>\\d{1,2})\\k<sep>(?<numYear>(?:19|20)\\d{2}))(?!\\d)");

  static Found fromUrl(String url, LocalDate latest) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
    for (Pattern p : new Pattern[] {URL_DATE, URL_NAMED, URL_COMPACT}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        String month = p == URL_NAMED ? monthNumber(m.group(2)) : m.group(2);
        LocalDate d = date(m.group(1), month, m.group(3));
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
