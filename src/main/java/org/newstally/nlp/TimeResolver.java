package org.newstally.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.newstally.lexicon.NumberLexicon;
import org.newstally.nlp.numbers.Kind;
import org.newstally.nlp.numbers.NumberMention;

/**
 * Finds time expressions in a sentence and resolves them against the article's published date.
 *
 * <p>Conventions (those of the dev corpus, see README): "overnight", "last night", "during the night" and "in the
 * early hours" mean the published date; "overnight into Saturday", "early on Saturday", "on Saturday" mean the most
 * recent Saturday on or before the published date (for a future event: the first on or after it); "last Friday" is
 * the most recent Friday strictly before it; explicit dates are used as stated, with the year of the published date
 * (or of another full date in the same article) when the text gives none. Without a published date only explicit
 * dates resolve.
 */
public final class TimeResolver implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** What kind of time expression was found. */
  public enum Type {
    /** overnight, last night, during the night, in the early hours, this morning: the published date */
    NIGHT,
    /** a weekday name */
    WEEKDAY,
    /** an explicit calendar date */
    DATE,
    YESTERDAY,
    TODAY,
    TOMORROW,
    /** earlier this week/month, last week, in September: a past time with no day */
    VAGUE_PAST,
    /** next week, later in the week, in the coming days: a future time with no day */
    VAGUE_FUTURE
  }

  /** One time expression in a sentence. */
  public static final class Ref {
    public final Type type;
    public final DayOfWeek weekday;
    public final Integer year;
    public final Integer month;
    public final Integer day;
    /** "last Friday": strictly before the published date */
    public final boolean last;
    /** "next Friday" */
    public final boolean next;
    /** "the night of ...", "overnight into ...", "early on ...", "early hours of ...": names the night itself */
    public final boolean night;
    /** "said on Monday": when something was said, not when it happened */
    public final boolean reporting;
    /** inside parentheses: a detail, not the main date */
    public final boolean parenthetical;
    /** a weekday with no preposition ("declared Friday a day of mourning"): weak evidence of when */
    public final boolean bare;
    public final int firstToken;
    /**
     * "Saturday night", "starting at 21:00 on 2 January", "the evening of 26 April": the evening of that day, so
     * the night it begins ends the next morning
     */
    public final boolean evening;

    Ref(Type type, DayOfWeek weekday, Integer year, Integer month, Integer day, boolean last, boolean next,
        boolean night, boolean reporting, boolean parenthetical, int firstToken) {
      this(type, weekday, year, month, day, last, next, night, reporting, parenthetical, false, firstToken);
    }

    Ref(Type type, DayOfWeek weekday, Integer year, Integer month, Integer day, boolean last, boolean next,
        boolean night, boolean reporting, boolean parenthetical, boolean bare, int firstToken) {
      this(type, weekday, year, month, day, last, next, night, reporting, parenthetical, bare, firstToken, false);
    }

    private Ref(Type type, DayOfWeek weekday, Integer year, Integer month, Integer day, boolean last, boolean next,
        boolean night, boolean reporting, boolean parenthetical, boolean bare, int firstToken, boolean evening) {
      this.evening = evening;
      this.bare = bare;
      this.type = type;
      this.weekday = weekday;
      this.year = year;
      this.month = month;
      this.day = day;
      this.last = last;
      this.next = next;
      this.night = night;
      this.reporting = reporting;
      this.parenthetical = parenthetical;
      this.firstToken = firstToken;
    }

    Ref asReporting() {
      return new Ref(type, weekday, year, month, day, last, next, night, true, parenthetical, bare, firstToken,
          evening);
    }

    Ref asEvening() {
      return new Ref(type, weekday, year, month, day, last, next, true, reporting, parenthetical, bare, firstToken,
          true);
    }

    @Override
    public String toString() {
      return type + (weekday != null ? "(" + weekday + (last ? ",last" : "") + ")" : "")
          + (month != null ? "(" + year + "-" + month + "-" + day + ")" : "") + (night ? "[night]" : "")
          + (reporting ? "[said]" : "") + (evening ? "[evening]" : "");
    }
  }

  private final NumberLexicon numbers;

  public TimeResolver(NumberLexicon numbers) {
    this.numbers = numbers;
  }

  /**
   * Time expressions of sentence {@code s}; {@code mentions} are the number scanner's results for that sentence
   * (offsets relative to the sentence start), which carry explicit dates.
   */
  public List<Ref> find(AnnotatedText text, int s, List<NumberMention> mentions) {
    List<Ref> out = new ArrayList<>();
    int from = text.firstToken(s);
    int to = text.endToken(s);
    int sentenceBegin = text.sentenceBegin(s);
    int dateline = s == 0 ? datelineEnd(text) : -1;
    List<int[]> nightRanges = nightRanges(text, from, to, out);
    for (NumberMention m : mentions) {
      if (m.kind() == Kind.DATE && m.month() != null && m.day() != null) {
        int t = text.tokenAtOrAfter(sentenceBegin + m.begin());
        if (inside(nightRanges, t)) {
          continue;
        }
        boolean night = precededBy(text, t, from, "night", "of") || precededBy(text, t, from, "overnight", "into");
        boolean reporting = precededBy(text, t, from, "said", "on");
        out.add(new Ref(Type.DATE, null, m.year(), m.month(), m.day(), false, false, night, reporting,
            insideParentheses(text, t, from), t));
      }
    }
    for (int t = from; t < to; t++) {
      String w = text.tokenLower(t);
      int wd = numbers.weekday(w);
      if (wd > 0) {
        String prev = t > from ? text.tokenLower(t - 1) : "";
        boolean last = prev.equals("last");
        boolean next = prev.equals("next");
        boolean night = precededBy(text, t, from, "overnight", "into") || precededBy(text, t, from, "early", "on")
            || precededBy(text, t, from, "night", "of") || precededBy(text, t, from, "hours", "of")
            || precededBy(text, t, from, "hours", "of", "last") || precededBy(text, t, from, "into");
        boolean reporting = precededBy(text, t, from, "said", "on") || precededBy(text, t, from, "says", "on");
        boolean bare = !(prev.equals("on") || last || next || prev.equals("this") || prev.equals("into")
            || prev.equals("of") || prev.equals("since") || prev.equals("until") || prev.equals("by")
            || prev.equals("early") || prev.equals("late") || prev.equals("from") || prev.equals("before")
            || prev.equals("after") || prev.equals("and"));
        out.add(new Ref(Type.WEEKDAY, DayOfWeek.of(wd), null, null, null, last, next, night, reporting,
            insideParentheses(text, t, from), bare, t));
        continue;
      }
      switch (w) {
        case "overnight":
          if (!(t + 1 < to && text.tokenLower(t + 1).equals("into"))) {
            out.add(simple(Type.NIGHT, t, true));
          }
          break;
        case "night":
          // "last night", "during the night", "the night" (a tally "for the night"), not "night of <date>"
          if (t + 1 < to && text.tokenLower(t + 1).equals("of")) {
            break;
          }
          if (t > from && (text.tokenLower(t - 1).equals("last") || text.tokenLower(t - 1).equals("the"))) {
            out.add(simple(Type.NIGHT, t, true));
          }
          break;
        case "hours":
          if (precededBy(text, t, from, "early") && !(t + 2 < to && text.tokenLower(t + 1).equals("of"))) {
            out.add(simple(Type.NIGHT, t, true));
          }
          break;
        case "yesterday":
          out.add(simple(Type.YESTERDAY, t, false));
          break;
        case "today":
          out.add(simple(Type.TODAY, t, false));
          break;
        case "tomorrow":
          out.add(simple(Type.TOMORROW, t, false));
          break;
        case "week":
        case "weekend":
        case "month":
          if (t > from) {
            String p = text.tokenLower(t - 1);
            if (p.equals("next") || p.equals("coming") || precededBy(text, t, from, "later", "in", "the")) {
              out.add(simple(Type.VAGUE_FUTURE, t, false));
            } else if (p.equals("last") || p.equals("this") && t > from + 1
                && text.tokenLower(t - 2).equals("earlier") || p.equals("previous") || p.equals("past")) {
              out.add(simple(Type.VAGUE_PAST, t, false));
            }
          }
          break;
        case "days":
          if (precededBy(text, t, from, "in", "the", "coming")) {
            out.add(simple(Type.VAGUE_FUTURE, t, false));
          }
          break;
        default:
          break;
      }
    }
    out.sort((a, b) -> Integer.compare(a.firstToken, b.firstToken));
    for (int i = 0; i < out.size(); i++) {
      Ref r = out.get(i);
      if ((r.type == Type.WEEKDAY || r.type == Type.DATE) && !r.reporting && isEvening(text, r, from, to)) {
        out.set(i, r.asEvening());
      }
    }
    if (dateline > 0) {
      // "MOSCOW, Dec 3 (AP) —": the dateline dates the report, not what it reports
      List<Ref> marked = new ArrayList<>(out.size());
      for (Ref r : out) {
        marked.add(text.tokenBegin(r.firstToken) < dateline ? r.asReporting() : r);
      }
      return marked;
    }
    return out;
  }

  /**
   * Whether a day reference names that day's evening: "Saturday night", "the evening of 26 April", or an evening
   * clock time before it ("starting at 21:00 on Thursday, 2 January").
   */
  private static boolean isEvening(AnnotatedText text, Ref r, int from, int to) {
    int t = r.firstToken;
    if (r.type == Type.WEEKDAY && t + 1 < to) {
      String next = text.tokenLower(t + 1);
      if (next.equals("night") || next.equals("night's") || next.equals("evening")) {
        return true;
      }
    }
    if (precededBy(text, t, from, "evening", "of") || precededBy(text, t, from, "evening", "of", "the")) {
      return true;
    }
    for (int k = Math.max(from, t - 6); k < t; k++) {
      java.util.regex.Matcher m = CLOCK.matcher(text.token(k));
      if (m.matches() && k > from) {
        String before = text.tokenLower(k - 1);
        int hour = Integer.parseInt(m.group(1));
        if (hour >= 17 && (before.equals("at") || before.equals("from") || before.equals("since"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("([0-2]?\\d)[:.]([0-5]\\d)");

  /**
   * End of a dateline at the start of an article ("KYIV, July 4 (Reuters) -", "MOSCOW, Dec 3 (AP) —"): the first
   * dash or agency parenthesis within the first 60 characters; -1 when there is none.
   */
  private static int datelineEnd(AnnotatedText text) {
    String head = text.text().substring(0, Math.min(60, text.text().length()));
    java.util.regex.Matcher m = DATELINE.matcher(head);
    return m.find() ? m.end() : -1;
  }

  /** Only a dash (and spaces) between two day numbers: "5 – 6". Compiled once; this runs per month name. */
  private static final java.util.regex.Pattern DASH_BETWEEN = java.util.regex.Pattern.compile("\\s*[–—-]\\s*");

  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile("^[^\\n.]{2,45}?(?:\\([A-Za-z. ]{2,20}\\))?\\s*[—–-]\\s");

  /**
   * Day ranges that name a night by its two dates — "the night of Dec. 5-6", "on the night of 6 to 7 December",
   * "5–6 December" — as a DATE of the second day, the morning the attack ended. Returns the token spans used.
   */
  private List<int[]> nightRanges(AnnotatedText text, int from, int to, List<Ref> out) {
    List<int[]> spans = new ArrayList<>();
    for (int t = from; t < to; t++) {
      int month = text.token(t).length() > 2 && Character.isUpperCase(text.token(t).charAt(0))
          ? numbers.month(text.tokenLower(t)) : 0;
      if (month == 0) {
        continue;
      }
      // month first: "Dec. 5-6", "December 5 to 6"
      int k = t + 1;
      if (k < to && text.token(k).equals(".")) {
        k++;
      }
      int[] after = dayRange(text, k, to);
      if (after != null) {
        int end = after[2];
        Integer year = yearAt(text, end, to);
        addRange(text, from, t, end, year, month, after[1], out, spans);
        continue;
      }
      // days first: "5-6 December", "6 to 7 December"
      for (int start = Math.max(from, t - 3); start < t; start++) {
        int[] before = dayRange(text, start, t);
        if (before != null && before[2] == t) {
          addRange(text, from, start, t + 1, yearAt(text, t + 1, to), month, before[1], out, spans);
          break;
        }
      }
    }
    return spans;
  }

  private void addRange(AnnotatedText text, int from, int start, int end, Integer year, int month, int day,
      List<Ref> out, List<int[]> spans) {
    boolean reporting = precededBy(text, start, from, "said", "on");
    out.add(new Ref(Type.DATE, null, year, month, day, false, false, true, reporting,
        insideParentheses(text, start, from), start));
    spans.add(new int[] {start, end});
  }

  /** [firstDay, secondDay, endToken] of "5-6", "5 6" (an en dash between), "5 to 6" starting at t; else null. */
  private static int[] dayRange(AnnotatedText text, int t, int to) {
    if (t >= to) {
      return null;
    }
    String w = text.token(t);
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer a = day(w.substring(0, dash));
      Integer b = day(w.substring(dash + 1));
      return a != null && b != null && b > a ? new int[] {a, b, t + 1} : null;
    }
    Integer a = day(w);
    if (a == null || t + 1 >= to) {
      return null;
    }
    int k = t + 1;
    if (text.tokenLower(k).equals("to") || text.tokenLower(k).equals("and")) {
      k++;
    } else if (!DASH_BETWEEN.matcher(text.text()).region(text.tokenEnd(t), text.tokenBegin(k)).matches()) {
      return null;
    }
    Integer b = k < to ? day(text.token(k)) : null;
    return b != null && b > a ? new int[] {a, b, k + 1} : null;
  }

  private static Integer day(String s) {
    if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int d = Integer.parseInt(s);
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Integer yearAt(AnnotatedText text, int t, int to) {
    int k = t < to && text.token(t).equals(",") ? t + 1 : t;
    if (k < to && text.token(k).length() == 4 && text.token(k).chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(text.token(k));
      return y >= 1990 && y <= 2100 ? y : null;
    }
    return null;
  }

  private static boolean inside(List<int[]> spans, int t) {
    for (int[] span : spans) {
      if (t >= span[0] && t < span[1]) {
        return true;
      }
    }
    return false;
  }

  private static Ref simple(Type type, int t, boolean night) {
    return new Ref(type, null, null, null, null, false, false, night, false, false, t);
  }

  /** Whether the tokens right before {@code t} are {@code words}, in reading order ("overnight", "into"). */
  private static boolean precededBy(AnnotatedText text, int t, int from, String... words) {
    int start = t - words.length;
    if (start < from) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!text.tokenLower(start + i).equals(words[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean insideParentheses(AnnotatedText text, int t, int from) {
    for (int k = t - 1; k >= from; k--) {
      String w = text.token(k);
      if (w.startsWith(")")) {
        return false;
      }
      if (w.startsWith("(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date a past event referred to by {@code ref} happened, or null. {@code contextYear} is the year of a full
   * date elsewhere in the article, used when there is no published date.
   */
  public static LocalDate resolvePast(Ref ref, LocalDate published, Integer contextYear) {
    switch (ref.type) {
      case DATE:
        return explicitDate(ref, published, contextYear, true);
      case NIGHT:
      case TODAY:
        return published;
      case YESTERDAY:
        return published == null ? null : published.minusDays(1);
      case WEEKDAY:
        if (published == null) {
          return null;
        }
        if (ref.last) {
          return published.with(TemporalAdjusters.previous(ref.weekday));
        }
        if (ref.next) {
          return published.with(TemporalAdjusters.next(ref.weekday));
        }
        return published.with(TemporalAdjusters.previousOrSame(ref.weekday));
      default:
        return null;
    }
  }

  /**
   * The morning an attack night referred to by {@code ref} ended: the day itself, or the next one when the ref
   * names an evening ("on Saturday night", "starting at 21:00 on 2 January").
   */
  public static LocalDate resolveNightEnd(Ref ref, LocalDate published, Integer contextYear) {
    if (ref.type == Type.WEEKDAY && !ref.last && published != null
        && published.plusDays(1).getDayOfWeek() == ref.weekday) {
      // "early on Sunday" in a report dated Saturday: the attack of the next morning (the date is the outlet's
      // local day or the first version's), not the Sunday six days before
      return ref.evening ? published.plusDays(2) : published.plusDays(1);
    }
    LocalDate day = resolvePast(ref, published, contextYear);
    return day != null && ref.evening ? day.plusDays(1) : day;
  }

  /** The date a future (planned) event referred to by {@code ref} happens, or null. */
  public static LocalDate resolveFuture(Ref ref, LocalDate published, Integer contextYear) {
    switch (ref.type) {
      case DATE:
        return explicitDate(ref, published, contextYear, false);
      case TODAY:
      case NIGHT:
        return published;
      case TOMORROW:
        return published == null ? null : published.plusDays(1);
      case WEEKDAY:
        if (published == null) {
          return null;
        }
        if (ref.last) {
          return published.with(TemporalAdjusters.previous(ref.weekday));
        }
        return published.with(TemporalAdjusters.nextOrSame(ref.weekday));
      default:
        return null;
    }
  }

  private static LocalDate explicitDate(Ref ref, LocalDate published, Integer contextYear, boolean past) {
    try {
      if (ref.year != null) {
        return LocalDate.of(ref.year, ref.month, ref.day);
      }
      if (published != null) {
        LocalDate d = LocalDate.of(published.getYear(), ref.month, ref.day);
        // "on December 29" in an article of January 2 is last year's; a planned "January 5" in December, next year's
        if (past && d.isAfter(published.plusDays(7))) {
          d = d.minusYears(1);
        } else if (!past && d.isBefore(published.minusDays(7))) {
          d = d.plusYears(1);
        }
        return d;
      }
      if (contextYear != null) {
        return LocalDate.of(contextYear, ref.month, ref.day);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
