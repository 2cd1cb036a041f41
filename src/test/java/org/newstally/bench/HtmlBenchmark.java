package org.newstally.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newstally.ingest.html.HtmlArticleExtractor;

/**
 * The article-extraction benchmark (a folder of {@code html/<key>.html[.gz]} pages and {@code ground-truth.json}:
 * key to {url, articleBody}) scored with that benchmark's own metric: per page, the multiset of 4-token shingles
 * ({@code \w+} tokens; a text of fewer than 4 tokens is one shingle) of the extracted text against the truth's, TP,
 * FP and FN normalised by their sum so each page weighs the same; precision and recall are means over pages, F1 is
 * of those means; accuracy is the share of pages whose token list equals the truth's. Timing covers the whole HTML
 * step (parse, main text, metadata), one page at a time on one thread. Run with {@code jobs/bench html [DIR]}.
 */
public final class HtmlBenchmark {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One benchmark page: its key, URL, raw bytes and the true article body. */
  public record Page(String key, String url, byte[] html, String truth) {}

  /** Per-page normalised counts, as the benchmark defines them. */
  public record PageScore(String key, double tp, double fp, double fn, boolean exact) {
    double precision() {
      return fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      return fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** The benchmark's summary over all pages. */
  public record Summary(double precision, double recall, double f1, double accuracy, int pages, int empty) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f  (%d pages, %d empty)",
          f1, precision, recall, accuracy, pages, empty);
    }
  }

  private HtmlBenchmark() {}

  /** The pages of a folder in the benchmark's layout, in key order. */
  public static List<Page> load(Path dir) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    truth.fieldNames().forEachRemaining(keys::add);
    keys.sort(null);
    for (String key : keys) {
      Path gz = dir.resolve("html").resolve(key + ".html.gz");
      Path plain = dir.resolve("html").resolve(key + ".html");
      byte[] bytes;
      if (Files.exists(gz)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
          bytes = in.readAllBytes();
        }
      } else if (Files.exists(plain)) {
        bytes = Files.readAllBytes(plain);
      } else {
        continue;
      }
      JsonNode t = truth.get(key);
      pages.add(new Page(key, t.path("url").asText(null), bytes, t.path("articleBody").asText("")));
    }
    return pages;
  }

  /** The whole HTML step on one page, as the WARC and HTML-file readers run it. */
  public static HtmlArticleExtractor.PageContent extract(Page page) {
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url() == null ? "" : page.url());
      return HtmlArticleExtractor.extract(doc, page.url(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    int n = Math.max(1, tokens.size() - 3);
    for (int i = 0; i < n; i++) {
      out.merge(tokens.subList(i, Math.min(tokens.size(), i + 4)), 1, Integer::sum);
    }
    return out;
  }

  /** One page's score with the benchmark's metric. */
  public static PageScore score(String key, String truth, String predicted) {
    List<String> t = tokens(truth);
    List<String> p = tokens(predicted);
    Map<List<String>, Integer> ts = shingles(t);
    Map<List<String>, Integer> ps = shingles(p);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
      int have = ts.getOrDefault(e.getKey(), 0);
      tp += Math.min(have, e.getValue());
      fp += Math.max(0, e.getValue() - have);
    }
    for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
      fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new PageScore(key, 0, 0, 0, t.equals(p))
        : new PageScore(key, tp / sum, fp / sum, fn / sum, t.equals(p));
  }

  public static Summary summarize(List<PageScore> scores, int empty) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    int exact = 0;
    for (PageScore s : scores) {
      if (s.tp() + s.fp() > 0) {
        p += s.precision();
        np++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.recall();
        nr++;
      }
      exact += s.exact() ? 1 : 0;
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1, scores.isEmpty() ? 0 : (double) exact / scores.size(), scores.size(),
        empty);
  }

  /** Scores every page of the folder. */
  public static Summary run(List<Page> pages, List<PageScore> perPage) {
    int empty = 0;
    for (Page page : pages) {
      String text = extract(page).text();
      empty += text.isEmpty() ? 1 : 0;
      perPage.add(score(page.key(), page.truth(), text));
    }
    return summarize(perPage, empty);
  }

  /**
   * Median over pages of each page's median time in {@code rounds} timed runs, after {@code warmup} passes over all
   * pages (one thread).
   */
  public static double medianMillis(List<Page> pages, int warmup, int rounds) {
    for (int i = 0; i < warmup; i++) {
      for (Page page : pages) {
        extract(page);
      }
    }
    double[] perPage = new double[pages.size()];
    for (int k = 0; k < pages.size(); k++) {
      long[] times = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        extract(pages.get(k));
        times[i] = System.nanoTime() - start;
      }
      Arrays.sort(times);
      perPage[k] = times[rounds / 2] / 1e6; // the page's median run: a GC pause or a busy core counts half
    }
    lastTimes = perPage.clone();
    Arrays.sort(perPage);
    return perPage.length == 0 ? 0 : perPage[perPage.length / 2];
  }

  /** Per-page median times of the last {@link #medianMillis} call (page order), for --slowest and the mean. */
  private static double[] lastTimes;

  /**
   * {@code HtmlBenchmark [DIR] [--worst N] [--show KEY]}: the scores of DIR (default the shared benchmark folder),
   * ms/page, the published figures beside them, and optionally the N worst pages or one page's text.
   */
  public static void main(String[] args) throws IOException {
    Path dir = null;
    int worst = 0;
    String show = null;
    boolean timing = true;
    int slowest = 0;
    for (Iterator<String> it = Arrays.asList(args).iterator(); it.hasNext(); ) {
      String a = it.next();
      if (a.equals("--worst")) {
        worst = Integer.parseInt(it.next());
      } else if (a.equals("--show")) {
        show = it.next();
      } else if (a.equals("--slowest")) {
        slowest = Integer.parseInt(it.next());
      } else if (a.equals("--no-timing")) {
        timing = false;
      } else {
        dir = Paths.get(a);
      }
    }
    if (dir == null) {
      dir = defaultDir();
    }
    if (dir == null || !Files.exists(dir.resolve("ground-truth.json"))) {
      System.err.println("bench html: no benchmark folder (give DIR holding ground-truth.json and html/)");
      System.exit(2);
    }
    List<Page> pages = load(dir);
    if (show != null) {
      for (Page page : pages) {
        if (page.key().startsWith(show)) {
          HtmlArticleExtractor.PageContent c = extract(page);
          System.out.println("URL: " + page.url() + "\nTITLE: " + c.title() + "\nPUBLISHED: " + c.published() + " ("
              + c.publishedBasis() + ")\n----- TEXT\n" + c.text() + "\n----- TRUTH\n" + page.truth());
        }
      }
      return;
    }
    List<PageScore> scores = new ArrayList<>();
    Summary s = run(pages, scores);
    System.out.println("newstally      " + s);
    if (timing) {
      System.out.printf(Locale.ROOT, "newstally      %.2f ms/page median (whole HTML step, one thread)%n",
          medianMillis(pages, 3, 5));
      double sum = 0;
      Integer[] order = new Integer[lastTimes.length];
      for (int i = 0; i < order.length; i++) {
        sum += lastTimes[i];
        order[i] = i;
      }
      System.out.printf(Locale.ROOT, "newstally      %.2f ms/page mean%n", sum / Math.max(1, order.length));
      Arrays.sort(order, (a, b) -> Double.compare(lastTimes[b], lastTimes[a]));
      for (int i = 0; i < Math.min(slowest, order.length); i++) {
        Page page = pages.get(order[i]);
        System.out.printf(Locale.ROOT, "  %.1f ms %d KB %s%n", lastTimes[order[i]], page.html().length / 1024,
            page.url());
      }
    }
    System.out.println("published (same pages, same metric): rs-trafilatura 0.970, trafilatura 0.958, "
        + "newspaper4k 0.949, Readability.js 0.947, Readability4J 0.936 (38 ms/page), boilerpipe 0.860");
    if (worst > 0) {
      Map<String, String> urls = new HashMap<>();
      for (Page page : pages) {
        urls.put(page.key(), page.url());
      }
      scores.sort((a, b) -> Double.compare(a.tp(), b.tp()));
      for (PageScore ps : scores.subList(0, Math.min(worst, scores.size()))) {
        System.out.printf(Locale.ROOT, "  %.2f P %.2f R %.2f %s %s%n", ps.tp() / Math.max(1e-9, ps.tp() + ps.fp()
            + ps.fn()), ps.precision(), ps.recall(), ps.key().substring(0, 8), urls.get(ps.key()));
      }
    }
  }

  /** {@code -Dnewstally.shared=DIR}, else {@code ../shared}, else {@code /work/shared}: its article-extraction. */
  public static Path defaultDir() {
    String configured = System.getProperty("newstally.shared");
    for (String candidate : new String[] {configured, "../shared", "/work/shared"}) {
      if (candidate != null) {
        Path p = Paths.get(candidate, "benchmarks", "article-extraction");
        if (Files.isDirectory(p)) {
          return p;
        }
      }
    }
    return null;
  }
}
