package org.newstally.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newstally.ingest.TextNormalizer;

/**
 * The main text of a page, by the signals the best extractors use (docs/ingest.md says which and why):
 *
 * <ol>
 *   <li>clean: scripts, navigation, headers, footers, asides, forms of input, figures and captions, hidden
 *       elements, and elements whose class or id names boilerplate (comments, share bars, related and "read more"
 *       lists, newsletters, ads) go, unless the name also says content (article, body, main);
 *   <li>score: every paragraph-like block of 25 characters or more gives its parent a score that grows with its
 *       length and commas (half to the grandparent, a sixth further up); a candidate's score is weighted by its
 *       tag and class and multiplied by (1 - link density), so menus and lists of links lose; schema.org
 *       {@code articleBody} and {@code article}/{@code main} elements get a bonus;
 *   <li>choose: the best candidate, promoted to the ancestor that holds the story when it is cut into boxes (one
 *       paragraph per card), plus its siblings that score near it or are link-free prose, so a story split by ad
 *       slots stays whole;
 *   <li>render: blocks become paragraphs (a blank line between them, line breaks for br), the page's h1 (the
 *       headline, which goes to the title) is left out, and blocks that are mostly links or are stock boilerplate
 *       lines ("Advertisement", "Read more") are dropped.
 * </ol>
 */
final class MainText {
  /** Elements never part of the article text. */
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "object", "embed", "select", "button", "nav", "header", "footer", "aside", "figure", "figcaption", "picture",
      "video", "audio", "canvas", "map", "input", "textarea", "label", "dialog", "menu", "h1", "form", "link",
      "meta");

  /**
   * Class or id words (names split at spaces, '-' and '_', lower case) of blocks that are boilerplate whatever they
   * hold; a word ending in '*' matches as a prefix, and two-word entries match adjacent words.
   */
  private static final NameWords UNLIKELY = new NameWords("breadcrumb breadcrumbs combx comment comments "
      + "commentary community disqus foot footer gdpr masthead menu nav navbar navigation newsletter outbrain "
      + "taboola pagination pager popup recirc* related recommend* remark replies rss share* sharing shoutbox "
      + "sidebar skyscraper social subscri* supplemental toolbar more-stories most-popular mostread trending signup "
      + "sign-up cookie* consent modal overlay author-bio print-only visually-hidden sr-only screen-reader* "
      + "inline-related read-more readmore see-also");
  /**
   * Class or id words of blocks that are boilerplate when small (an ad slot, a caption, a byline); page layouts
   * also use some of them for the wrapper of everything ("Page-ad-margins"), so a block holding much text stays.
   */
  private static final NameWords UNLIKELY_WHEN_SMALL = new NameWords("ad ads advert* adslot adunit banner "
      + "cover-wrap extra promo* sponsor* tag tags tools widget byline bio caption credit timestamp hidden teaser "
      + "jump video-container embed gallery slideshow photo image img thumb* icon*");
  private static final int SMALL = 400;
  /** Inline elements: a link styled as an "icon" is still words of the sentence it is in. */
  private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "sup", "sub",
      "small", "abbr", "cite", "q", "mark", "time", "font");
  /** Comment sections: removed even when they hold a lot of text. */
  private static final String[] COMMENTS = {"comment", "disqus", "replies", "remark"};
  /** Class or id parts that say the block is content, whatever else they say. */
  private static final String[] MAYBE = {"article", "body", "content", "main", "story", "entry", "post-text",
      "text", "column", "shadow"};
  /** Readability's class weights: names that raise a candidate, and names that lower it. */
  private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
      "page", "pagination", "post", "text", "blog", "story", "prose"};
  private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
      "foot", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
      "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "recirc", "recommend", "newsletter", "caption",
      "byline", "author"};

  /** Whether a lower-case name contains any of the parts. */
  private static boolean containsAny(String lower, String[] parts) {
    for (String part : parts) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** A set of class/id words, matched word by word (regular expressions over every class cost too much). */
  static final class NameWords {
    private final Set<String> words = new java.util.HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    NameWords(String spec) {
      for (String w : spec.split(" ")) {
        if (w.endsWith("*")) {
          prefixes.add(w.substring(0, w.length() - 1));
        } else {
          words.add(w);
        }
      }
    }

    boolean matches(String lowerNames) {
      String[] parts = lowerNames.split("[\\s_-]+");
      for (int i = 0; i < parts.length; i++) {
        String w = parts[i];
        if (w.isEmpty()) {
          continue;
        }
        if (words.contains(w) || i + 1 < parts.length && words.contains(w + "-" + parts[i + 1])) {
          return true;
        }
        for (String prefix : prefixes) {
          if (w.startsWith(prefix) || prefix.indexOf('-') > 0 && i + 1 < parts.length
              && (w + "-" + parts[i + 1]).startsWith(prefix)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h2", "h3", "h4",
      "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "address",
      "hr", "body", "center", "details", "summary");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4",
      "dd");

  /** Whole-block lines that are furniture, not prose, whatever page they are on. */
  private static final Pattern STOCK_LINE = Pattern.compile(
      "(?i)(?:advertisement|ad|story continues below(?: advertisement)?|continue reading(?: below)?|read more\\W*"
          + "|related(?: articles| stories| coverage)?:?|share this(?: article| story)?|sign up.*newsletter.*"
          + "|click here.*|supported by|skip advertisement|loading\\.*|\\W*)");

  private MainText() {}

  /** The main text under {@code body} (which is changed: boilerplate is removed from it). */
  static String extract(Element body) {
    clean(body);
    Map<Element, double[]> scores = new IdentityHashMap<>();
    Element top = bestCandidate(body, scores);
    if (top != null) {
      top = promote(top, scores);
    }
    List<Element> chosen = new ArrayList<>();
    if (top == null) {
      chosen.add(body);
    } else {
      chosen.addAll(withSiblings(top, scores));
    }
    List<String> blocks = new ArrayList<>();
    for (Element e : chosen) {
      render(e, blocks);
    }
    return TextNormalizer.normalize(String.join("\n\n", blocks));
  }

  static void clean(Element body) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
          Element e = (Element) node;
          if (depth > 0 && isBoilerplate(e)) {
            return FilterResult.REMOVE;
          }
        } else if (!(node instanceof TextNode)) {
          return FilterResult.REMOVE; // comments, data nodes
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      return !(tag.equals("form") && e.childrenSize() > 0 && e.selectFirst("p") != null);
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !tag.equals("span")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("p")) {
      return false;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
        || role.equals("contentinfo") || role.equals("dialog")) {
      return true;
    }
    String names = e.className() + " " + e.id();
    if (names.length() < 2 || "articleBody".equals(e.attr("itemprop"))) {
      return false;
    }
    String lower = names.toLowerCase(Locale.ROOT);
    if (containsAny(lower, MAYBE)) {
      return false;
    }
    if (UNLIKELY_WHEN_SMALL.matches(lower) && !INLINE.contains(tag)) {
      return e.text().length() < SMALL && !holdsTheArticle(e);
    }
    if (UNLIKELY.matches(lower)) {
      return containsAny(lower, COMMENTS) || !holdsTheArticle(e);
    }
    return false;
  }

  /**
   * Whether a block named like boilerplate is the wrapper of the story itself: it holds the headline, an article
   * element or the schema.org articleBody (layouts name wrappers "container penci_sidebar" or "Page-ad-margins").
   */
  private static boolean holdsTheArticle(Element e) {
    return e.selectFirst("h1, article, [itemprop=articleBody]") != null;
  }

  /** Readability-style scoring of the containers of paragraph-like blocks. */
  static Element bestCandidate(Element body, Map<Element, double[]> scores) {
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean blockChild = !PARAGRAPHS.contains(tag) && hasBlockChild(e);
      if (blockChild) {
        // text written straight into a container between its blocks is prose of that container (Readability
        // wraps such runs in paragraphs)
        String own = e.ownText();
        if (own.length() >= 25) {
          addScore(scores, e, own, 0);
        }
        continue;
      }
      if (!PARAGRAPHS.contains(tag) && !tag.equals("div")) {
        continue;
      }
      if (tag.equals("li") || tag.equals("td")) {
        // list items and cells count only when they hold prose, not links
        if (e.selectFirst("p") != null) {
          continue;
        }
      }
      String text = e.text();
      if (text.length() < 25) {
        continue;
      }
      addScore(scores, e.parent(), text, 0);
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
      double s = entry.getValue()[0] * (1 - linkDensity(entry.getKey()));
      entry.getValue()[0] = s;
      if (s > bestScore) {
        best = entry.getKey();
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * Readability's corrections of the best candidate when a story is cut into many small boxes (one paragraph per
   * card): an ancestor that holds at least three of the near-best candidates is the story; so is an ancestor that
   * scores higher than the box; and a box that is its parent's only child stands for that parent, so that sibling
   * merging sees the neighbouring boxes.
   */
  static Element promote(Element top, Map<Element, double[]> scores) {
    double topScore = scores.get(top)[0];
    List<Element> near = new ArrayList<>();
    for (Map.Entry<Element, double[]> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue()[0] >= 0.75 * topScore) {
        near.add(e.getKey());
      }
    }
    if (near.size() >= 3) {
      for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body");
          ancestor = ancestor.parent()) {
        int holding = 0;
        for (Element n : near) {
          if (isAncestor(ancestor, n)) {
            holding++;
          }
        }
        if (holding >= 3) {
          top = ancestor;
          break;
        }
      }
    }
    double last = scores.containsKey(top) ? scores.get(top)[0] : topScore;
    double floor = last / 3;
    for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
        parent = parent.parent()) {
      double[] s = scores.get(parent);
      if (s == null) {
        continue;
      }
      if (s[0] < floor) {
        break;
      }
      if (s[0] > last) {
        top = parent;
        break;
      }
      last = s[0];
    }
    while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    if (!scores.containsKey(top)) {
      scores.put(top, new double[] {topScore});
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph's score to its container and, diminishing, to the two above it. */
  private static void addScore(Map<Element, double[]> scores, Element container, String text, int from) {
    double score = 1 + countCommas(text) + Math.min(text.length() / 100, 3);
    Element ancestor = container;
    for (int level = from; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
      double[] s = scores.get(ancestor);
      if (s == null) {
        s = new double[] {initialScore(ancestor)};
        scores.put(ancestor, s);
      }
      s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
    }
  }

  private static List<Element> withSiblings(Element top, Map<Element, double[]> scores) {
    Element parent = top.parent();
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      out.add(top);
      return out;
    }
    double topScore = scores.get(top)[0];
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      double[] s = scores.get(sibling);
      if (s != null && s[0] + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double ld = linkDensity(sibling);
        if (text.length() > 80 && ld < 0.25 || text.length() > 0 && text.length() <= 80 && ld == 0
            && text.matches(".*\\.( |$).*")) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static double initialScore(Element e) {
    double score;
    switch (e.normalName()) {
      case "div": case "article": case "main": score = 5; break;
      case "pre": case "td": case "blockquote": case "section": score = 3; break;
      case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": score = -3; break;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": score = -5; break;
      default: score = 0;
    }
    return score + classWeight(e);
  }

  private static double classWeight(Element e) {
    double weight = 0;
    for (String name : new String[] {e.className(), e.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (containsAny(lower, NEGATIVE)) {
        weight -= 25;
      }
      if (containsAny(lower, POSITIVE)) {
        weight += 25;
      }
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      weight += 50;
    }
    return weight;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  /** Appends the blocks of text under {@code root}: one per block element, br as a line break. */
  static void render(Element root, List<String> blocks) {
    StringBuilder block = new StringBuilder();
    int[] linkChars = {0};
    int[] inLink = {0};
    NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          String text = ((TextNode) node).text();
          if (text.isBlank()) {
            if (block.length() > 0 && block.charAt(block.length() - 1) != ' '
                && block.charAt(block.length() - 1) != '\n') {
              block.append(' ');
            }
            return;
          }
          boolean afterSpace = block.length() == 0 || block.charAt(block.length() - 1) == ' '
              || block.charAt(block.length() - 1) == '\n';
          String piece = afterSpace ? text.stripLeading() : text;
          block.append(piece);
          if (inLink[0] > 0) {
            linkChars[0] += piece.length();
          }
        } else if (node instanceof Element) {
          String tag = ((Element) node).normalName();
          if (tag.equals("a")) {
            inLink[0]++;
          } else if (tag.equals("br")) {
            block.append('\n');
          } else if (BLOCKS.contains(tag)) {
            flush(block, linkChars, blocks);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element) {
          String tag = ((Element) node).normalName();
          if (tag.equals("a")) {
            inLink[0]--;
          } else if (BLOCKS.contains(tag)) {
            flush(block, linkChars, blocks);
          }
        }
      }
    }, root);
    flush(block, linkChars, blocks);
  }

  private static void flush(StringBuilder block, int[] linkChars, List<String> blocks) {
    String text = block.toString().strip();
    int links = linkChars[0];
    block.setLength(0);
    linkChars[0] = 0;
    if (text.isEmpty()) {
      return;
    }
    if (links > 0 && links >= 0.5 * text.length()) {
      return; // a list of links or a "Read more: ..." line
    }
    if (text.length() < 60 && STOCK_LINE.matcher(text).matches()) {
      return;
    }
    blocks.add(text);
  }
}
