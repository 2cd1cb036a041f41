package org.newstally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newstally.SparkTestSession;
import org.newstally.accuracy.SharedData;
import org.newstally.cli.ReportCommandAccess;
import org.newstally.job.ExtractOptions;
import org.newstally.job.SampleRun;

/**
 * The report as a person sees it: each page opens in headless Chromium with no console error or uncaught exception,
 * every chart drew (an ECharts instance with data, an SVG with shapes, and non-blank pixels where it stands), and
 * the founding article's night shows when hovered. Pages: the sample run's tables, the same with a reference CSV,
 * and the dev corpus's tables (when the shared data is on this machine). Screenshots go to target/report-*.png.
 */
class ReportBrowserIT {
  private static final Logger LOG = LogManager.getLogger(ReportBrowserIT.class);
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;
  /** Each chart of the page and the table it draws: a chart may say "no rows" only when its table has none. */
  private static final Map<String, String> CHARTS = Map.of("chart-strikes", "strikes_per_night", "chart-meetings",
      "meetings", "chart-envoys", "meetings_per_envoy", "chart-actors", "actor_mentions", "chart-files", "runs",
      "chart-reasons", "rejected_records");

  private static SparkSession spark;
  private static HeadlessChromium browser;
  private static Path work;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    work = Files.createDirectories(Paths.get("target", "report-browser"));
    // before Spark: without a browser the test fails at once, with the message saying how to install one
    browser = HeadlessChromium.launch(work, Paths.get("target", "report-browser-chromium.log"));
    spark = SparkTestSession.get();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theChecksSeeAConsoleErrorAnUncaughtExceptionAndABlankBox() throws IOException {
    // the checks below would pass on a broken page if they saw nothing: show they do see each failure
    Path page = write("broken", "<!DOCTYPE html><html><body><div id=\"blank\" style=\"width:300px;height:200px\">"
        + "</div><script>console.error('drawing failed', 42);</script><script>null.draw();</script></body></html>");

    try (HeadlessChromium.Tab tab = browser.open(WIDTH, HEIGHT)) {
      tab.load(page);

      assertThat(tab.problems()).hasSize(2).anySatisfy(p -> assertThat(p).isEqualTo("console.error: drawing failed 42"))
          .anySatisfy(p -> assertThat(p).startsWith("uncaught: TypeError").contains("broken.html:1:"));
      JsonNode box = parse(tab.evaluate("JSON.stringify(document.getElementById('blank').getBoundingClientRect())"));
      assertThat(inkedShare(tab.screenshot(box.get("x").asDouble(), box.get("y").asDouble(), 300, 200))).isZero();
    }
  }

  @Test
  void theSampleReportDrawsEveryChartAndShowsTheFoundingArticlesNight() throws IOException {
    Path page = write("report-sample", ReportCommandAccess.render(spark, SampleRun.output().toString(), null, null,
        null));

    try (HeadlessChromium.Tab tab = browser.open(WIDTH, HEIGHT)) {
      tab.load(page);

      assertEveryChartDrew(tab, SampleRun.output(), "sample");
      // the sample has rows for every chart: none may fall back to "no rows"
      assertThat(charts(tab)).as("charts on the sample page").hasSize(CHARTS.size())
          .allMatch(c -> !c.get("empty").asBoolean());
      JsonNode night = hoverNight(tab, "2025-12-06");
      assertThat(night.get("drones").asLong()).as("drones launched on the chart").isEqualTo(653);
      assertThat(night.get("missiles").asLong()).as("missiles launched on the chart").isEqualTo(51);
      assertThat(night.get("tip").asText()).as("the tooltip of the hovered night")
          .contains("2025-12-06", "Russia → Ukraine", "drones 653 launched", "missiles 51 launched");
      // and its evidence, each sentence with the outlet it came from
      List<String> outlets = spark.read().parquet(SampleRun.output().resolve("strike_reports").toString())
          .where("night_end = DATE'2025-12-06' AND attacker = 'Russia'").select("source").distinct()
          .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
      assertThat(outlets).as("outlets of the founding night").isNotEmpty()
          .anySatisfy(o -> assertThat(night.get("tip").asText()).contains("” — " + o));
      // the first screen with the founding night hovered: the picture docs/report.png is taken from
      Files.write(Paths.get("target", "report-sample-first-screen.png"), tab.screenshot(0, 0, WIDTH, HEIGHT));
      Files.write(Paths.get("target", "report-sample.png"), tab.fullPage());
      assertThat(tab.problems()).as("console errors and uncaught exceptions on " + page).isEmpty();
    }
  }

  @Test
  void aReferenceIsDrawnBesideOurFiguresAndTheNightsThatDifferAreListed() throws IOException {
    Path reference = ReportIT.referenceCsv(work);
    Path page = write("report-reference", ReportCommandAccess.render(spark, SampleRun.output().toString(), null,
        null, reference));

    try (HeadlessChromium.Tab tab = browser.open(WIDTH, HEIGHT)) {
      tab.load(page);

      assertEveryChartDrew(tab, SampleRun.output(), "sample with a reference");
      JsonNode lines = tab.evaluate("JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-strikes'))"
          + ".getOption().series.filter(s => s.name.startsWith('reference: '))"
          + ".map(s => ({name: s.name, points: s.data.filter(v => v != null).length})))");
      List<JsonNode> series = list(lines);
      assertThat(series).extracting(s -> s.get("name").asText())
          .containsExactly("reference: drones launched", "reference: missiles launched");
      assertThat(series).allMatch(s -> s.get("points").asInt() == ReportIT.REFERENCE_NIGHTS);
      assertThat(tab.evaluate("document.querySelector('p.differ').innerText").asText())
          .isEqualTo("Nights where the reference differs: " + String.join(", ", ReportIT.REFERENCE_DIFFERS));
      Files.write(Paths.get("target", "report-reference.png"), tab.fullPage());
      assertThat(tab.problems()).as("console errors and uncaught exceptions on " + page).isEmpty();
    }
  }

  @Test
  void theDevCorpusReportDrawsEveryChartWithEveryNight() throws IOException {
    Path shared = SharedData.dir();
    assumeTrue(shared != null, "the shared dev corpus is not on this machine (set -Dnewstally.shared=DIR)");
    Path tables = work.resolve("dev-out");
    SampleRun.extract(tables, ExtractOptions.Mode.OVERWRITE,
        List.of(shared.resolve("corpus/dev/articles.jsonl").toString()));
    Path page = write("report-dev", ReportCommandAccess.render(spark, tables.toString(), null, null, null));

    try (HeadlessChromium.Tab tab = browser.open(WIDTH, HEIGHT)) {
      tab.load(page);

      assertEveryChartDrew(tab, tables, "dev");
      Set<String> nights = new TreeSet<>();
      for (Row r : spark.read().parquet(tables.resolve("strikes_per_night").toString())
          .selectExpr("CAST(night_end AS STRING)").distinct().collectAsList()) {
        nights.add(r.getString(0));
      }
      JsonNode days = tab.evaluate("JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-strikes'))"
          + ".getOption().xAxis[0].data)");
      assertThat(new TreeSet<>(list(days).stream().map(JsonNode::asText).toList())).as("nights on the chart")
          .isEqualTo(nights).isNotEmpty();
      Files.write(Paths.get("target", "report-dev.png"), tab.fullPage());
      assertThat(tab.problems()).as("console errors and uncaught exceptions on " + page).isEmpty();
    }
  }

  /**
   * Every chart: drawn when its table has rows (an ECharts instance whose option holds data points, an SVG with
   * shapes, a visible box, and pixels on the screenshot that are not all background), else the "no rows" note.
   */
  private static void assertEveryChartDrew(HeadlessChromium.Tab tab, Path tables, String what) throws IOException {
    List<JsonNode> charts = charts(tab);
    assertThat(charts).extracting(c -> c.get("id").asText()).as("charts on the " + what + " page")
        .containsExactlyInAnyOrderElementsOf(CHARTS.keySet());
    assertThat(tab.evaluate("document.body.dataset.chartsDrawn").asText()).as("charts drawn, as the page counts them")
        .isEqualTo(String.valueOf(charts.stream().filter(c -> !c.get("empty").asBoolean()).count()));
    for (JsonNode c : charts) {
      String id = c.get("id").asText();
      if (c.get("empty").asBoolean()) {
        long rows = spark.read().parquet(tables.resolve(CHARTS.get(id)).toString()).count();
        assertThat(rows).as(id + " says it has no rows on the " + what + " page, but " + CHARTS.get(id) + " has")
            .isZero();
        continue;
      }
      assertThat(c.get("instance").asBoolean()).as(id + ": an ECharts instance").isTrue();
      assertThat(c.get("points").asInt()).as(id + ": data points in its option").isPositive();
      assertThat(c.get("shapes").asInt()).as(id + ": shapes in its SVG").isGreaterThan(c.get("points").asInt() > 1
          ? 10 : 3);
      assertThat(c.get("width").asDouble()).as(id + ": width").isGreaterThan(200);
      assertThat(c.get("height").asDouble()).as(id + ": height").isGreaterThan(100);
      byte[] png = tab.screenshot(c.get("x").asDouble(), c.get("y").asDouble(), c.get("width").asDouble(),
          c.get("height").asDouble());
      double inked = inkedShare(png);
      LOG.info("{} page, {}: {} points, {} SVG shapes, {}% of pixels not background", what, id,
          c.get("points").asInt(), c.get("shapes").asInt(), Math.round(inked * 1000) / 10.0);
      assertThat(inked).as(id + ": share of its pixels that are not background").isGreaterThan(0.005);
    }
  }

  /** What each chart container holds, measured in the page. */
  private static List<JsonNode> charts(HeadlessChromium.Tab tab) {
    return list(tab.evaluate("JSON.stringify(Array.from(document.querySelectorAll('div.chart')).map(el => {"
        + "  const chart = echarts.getInstanceByDom(el);"
        + "  const svg = el.querySelector('svg');"
        + "  const box = el.getBoundingClientRect();"
        + "  let points = 0;"
        + "  if (chart) { chart.getOption().series.forEach(s => (s.data || []).forEach(v => {"
        + "    const value = v != null && typeof v === 'object' && !Array.isArray(v) ? v.value : v;"
        + "    if (value != null && value !== '-') { points++; } })); }"
        + "  return {id: el.id, empty: el.classList.contains('empty'), instance: !!chart, points: points,"
        + "    shapes: svg ? svg.querySelectorAll('path, rect, circle, polyline, polygon, text').length : 0,"
        + "    x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height};"
        + "}))"));
  }

  /** Hovers the night on the strikes chart as a mouse would (ECharts' showTip) and reads the chart and the tooltip. */
  private static JsonNode hoverNight(HeadlessChromium.Tab tab, String night) {
    return parse(tab.evaluate("new Promise(done => {"
        + "  const el = document.getElementById('chart-strikes');"
        + "  const chart = echarts.getInstanceByDom(el);"
        + "  const option = chart.getOption();"
        + "  const i = option.xAxis[0].data.indexOf('" + night + "');"
        + "  const value = measure => { const s = option.series.find(s => s.name === measure"
        + "      || s.name === 'Russia → Ukraine: ' + measure); return s && i >= 0 ? s.data[i] : null; };"
        + "  el.scrollIntoView();"
        + "  chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: i});"
        // the tooltip is drawn on a later frame: look for it every 50 ms, for up to 10 s on a loaded machine
        + "  const started = Date.now();"
        + "  (function look() {"
        + "    const tip = Array.from(el.querySelectorAll('div')).find(d => d.innerText.includes('" + night + "'));"
        + "    if (!tip && Date.now() - started < 10000) { setTimeout(look, 50); return; }"
        + "    window.scrollTo(0, 0);"
        + "    done(JSON.stringify({index: i, drones: value('drones launched'), missiles: value('missiles launched'),"
        + "      tip: tip ? tip.innerText : ''}));"
        + "  })();"
        + "})"));
  }

  /** Share of pixels that differ from the most common colour (the background): 0 for a blank box. */
  static double inkedShare(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        counts.merge(image.getRGB(x, y), 1, Integer::sum);
      }
    }
    int background = counts.values().stream().max(Integer::compare).orElse(0);
    int total = image.getWidth() * image.getHeight();
    return total == 0 ? 0 : (total - background) / (double) total;
  }

  private static Path write(String name, String html) throws IOException {
    Path page = work.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }

  /** The page answers with JSON.stringify: structured values come back as one string. */
  private static JsonNode parse(JsonNode jsonText) {
    try {
      return new ObjectMapper().readTree(jsonText.asText());
    } catch (IOException e) {
      throw new IllegalStateException("the page did not answer JSON: " + jsonText, e);
    }
  }

  private static List<JsonNode> list(JsonNode jsonText) {
    List<JsonNode> out = new ArrayList<>();
    parse(jsonText).forEach(out::add);
    return out;
  }
}
