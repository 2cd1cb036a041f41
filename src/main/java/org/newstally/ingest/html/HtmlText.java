package org.newstally.ingest.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newstally.ingest.TextNormalizer;

/** Plain text out of HTML, keeping block boundaries as paragraph breaks so sentences do not run together. */
public final class HtmlText {
  /** Elements whose content is never article text. */
  static final String NON_TEXT = "script, style, noscript, template, iframe, svg, object, embed, select, button";

  /**
   * Known tag names, closed at once or followed by a {@code name=} attribute: a bare {@code <} in prose ("<5 km"),
   * an angle-bracketed name ("<Reuters>") or "a<b and c>d" must not make a text count as HTML.
   */
  private static final Pattern TAG = Pattern.compile(
      "<(?:/?(?:p|div|br|span|a|img|html|body|head|article|section|main|h[1-6]|ul|ol|li|table|tr|td|th|em|strong"
          + "|b|i|u|script|style|iframe|figure|figcaption|noscript|meta|link|blockquote|header|footer|nav|aside"
          + "|form|input|button|svg|picture|source|time|hr)(?:\\s*/?|\\s+[a-z][a-z0-9:-]*\\s*=[^>]*)|!--.*?--"
          + "|!doctype[^>]*)>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
      "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "header", "footer", "figure", "figcaption",
      "dl", "address", "hr", "body", "aside", "nav", "form");
  private static final Set<String> LINE_TAGS = Set.of("br", "li", "tr", "dt", "dd");

  private HtmlText() {}

  /** Whether a text field holds HTML markup (and so needs converting). */
  public static boolean looksLikeHtml(String s) {
    return s.indexOf('<') >= 0 && TAG.matcher(s).find();
  }

  /** The text of an HTML fragment or page. */
  public static String toText(String html) {
    Element body = Jsoup.parse(html).body();
    body.select(NON_TEXT).remove();
    return blockText(body);
  }

  /** The text under an element: blocks become paragraphs, br and list items line breaks. */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          appendText(out, ((TextNode) node).text());
        } else if (node instanceof Element) {
          breakFor(out, ((Element) node).normalName());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element) {
          String name = ((Element) node).normalName();
          if (!name.equals("br")) {
            breakFor(out, name);
          }
        }
      }
    }, root);
    return TextNormalizer.normalize(out.toString());
  }

  private static void appendText(StringBuilder out, String text) {
    if (text.isEmpty()) {
      return;
    }
    boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    boolean afterSpace = atLineStart || out.charAt(out.length() - 1) == ' ';
    out.append(afterSpace ? text.stripLeading() : text);
  }

  private static void breakFor(StringBuilder out, String tag) {
    if (PARAGRAPH_TAGS.contains(tag)) {
      newlines(out, 2);
    } else if (LINE_TAGS.contains(tag)) {
      newlines(out, 1);
    }
  }

  private static void newlines(StringBuilder out, int count) {
    if (out.length() == 0) {
      return;
    }
    int have = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && have < count; i--) {
      have++;
    }
    for (int i = have; i < count; i++) {
      out.append('\n');
    }
  }
}
