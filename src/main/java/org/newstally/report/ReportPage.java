package org.newstally.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link ReportData} as one self-contained HTML page: the ECharts library, the data and the drawing code are
 * all inlined, so the file opens from disk or a mail attachment with no network. Plain Java: no Spark here.
 */
public final class ReportPage {
  /** ECharts as the webjar ships it (minified, ~1 MB): interactive tooltips and zoom, one file, no dependencies. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final String CHARTS_JS = "org/newstally/report/charts.js";
  private static final String STYLE_CSS = "org/newstally/report/report.css";

  private ReportPage() {}

  public static String render(ReportData data) {
    StringBuilder html = new StringBuilder(1 << 21);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(data.title())).append("</title>\n<style>\n")
        .append(resource(STYLE_CSS)).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(data.title())).append("</h1>\n")
        .append("<nav><a href=\"#strikes\">Strikes per night</a> · <a href=\"#meetings\">Meetings per envoy</a> · ")
        .append("<a href=\"#actors\">Actors</a> · <a href=\"#quality\">Input quality</a></nav>\n");

    html.append("<section id=\"strikes\"><h2>Strikes per night</h2>\n")
        .append("<p>Launched and downed per weapon, one reconciled row per night × attacker → target (never a sum of ")
        .append("reports). Nights the outlets disagree about are marked ◆; hover a night for its figures and evidence.")
        .append("</p>\n<div class=\"chart\" id=\"chart-strikes\"></div>\n");
    if (!data.differingNights().isEmpty()) {
      html.append("<p class=\"differ\">Nights where the reference differs: ")
          .append(escape(String.join(", ", data.differingNights()))).append("</p>\n");
    }
    html.append("<details><summary>Every night as a table</summary>\n");
    table(html, data.nightTable(), "nights");
    html.append("</details></section>\n");

    html.append("<section id=\"meetings\"><h2>Meetings per envoy</h2>\n")
        .append("<p>Each distinct meeting by date and participants; held meetings filled, planned and cancelled ones ")
        .append("hollow. Below: distinct held meetings per envoy and counterpart.</p>\n")
        .append("<div class=\"chart\" id=\"chart-meetings\"></div>\n")
        .append("<div class=\"chart short\" id=\"chart-envoys\"></div></section>\n");

    html.append("<section id=\"actors\"><h2>Actors</h2>\n<p>Mentions per week of the most-mentioned actors.</p>\n")
        .append("<div class=\"chart\" id=\"chart-actors\"></div></section>\n");

    html.append("<section id=\"quality\"><h2>Input quality</h2>\n")
        .append("<p>Read = accepted + rejected per input file, and rejected records by reason.</p>\n")
        .append("<div class=\"chart short\" id=\"chart-files\"></div>\n")
        .append("<div class=\"chart short\" id=\"chart-reasons\"></div>\n<h3>Runs</h3>\n");
    table(html, data.runTable(), "runs");
    html.append("</section>\n");

    html.append("<script>\n").append(scriptSafe(resource(ECHARTS))).append("\n</script>\n<script>\n")
        .append("const DATA = {\n");
    int i = 0;
    for (Map.Entry<String, String> e : data.series().entrySet()) {
      html.append(i++ == 0 ? "  " : ",\n  ").append(e.getKey()).append(": ").append(scriptSafe(e.getValue()));
    }
    html.append("\n};\n").append(resource(CHARTS_JS)).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void table(StringBuilder html, List<List<String>> rows, String cls) {
    if (rows.size() <= 1) {
      html.append("<p>No rows.</p>\n");
      return;
    }
    html.append("<table class=\"").append(cls).append("\">\n<thead><tr>");
    for (String h : rows.get(0)) {
      html.append("<th>").append(escape(h)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows.subList(1, rows.size())) {
      html.append("<tr>");
      for (String c : row) {
        html.append("<td>").append(escape(c)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Inside a script element only "</" can end it early (an evidence sentence quoting HTML); JSON and JS allow "<\/". */
  static String scriptSafe(String js) {
    return js.replace("</", "<\\/").replace("<!--", "<\\!--");
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar (build with mvn package)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
