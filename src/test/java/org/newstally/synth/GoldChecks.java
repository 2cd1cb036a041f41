package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one generated article against its gold with an independent JSON parser: evidence is exact text (whole
 * sentences for strikes and meetings), figures agree with the night they claim, dates follow the dev corpus rules,
 * every number in the text is accounted for and every person named is in the actors.
 */
final class GoldChecks {
  static final ObjectMapper JSON = new ObjectMapper();

  static final Set<String> STRIKE_FIELDS = Set.of("night_end", "attacker", "target", "drones_launched",
      "missiles_launched", "drones_downed", "missiles_downed", "qualifier", "evidence", "night_end_inferred",
      "qualifier_drones", "qualifier_missiles", "qualifier_downed", "total_launched", "drones_lost_jammed",
      "missiles_breakdown", "missiles_downed_breakdown", "cruise_missiles_downed", "lead_hedge", "downed_evidence",
      "missiles_evidence", "jammed_evidence", "note");
  static final Set<String> MEETING_FIELDS = Set.of("participants", "place", "date", "duration_hours", "status",
      "evidence", "date_inferred", "duration_qualifier", "duration_days", "participants_evidence",
      "duration_evidence", "note");
  static final Set<String> QUALIFIERS = Set.of("exact", "more_than", "at_least", "about", "almost");
  static final Set<String> STATUSES = Set.of("held", "planned", "cancelled", "postponed", "possible",
      "not_scheduled");

  private static final Pattern DIGITS = Pattern.compile(".{0,30}\\d.{0,30}");
  private static final Pattern NUMBER_WORDS =
      Pattern.compile("\\b(hundred|thousand|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";

  private GoldChecks() {}

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  /** Runs every check on one article/gold pair. */
  static void check(JsonNode article, JsonNode gold, NightSource nights) {
    String id = article.get("id").asText();
    assertThat(gold.get("id").asText()).isEqualTo(id);
    assertThat(article.fieldNames()).toIterable()
        .containsExactly("id", "url", "published", "source", "title", "text");
    assertThat(gold.fieldNames()).toIterable()
        .containsExactly("id", "category", "strikes", "meetings", "actors", "other_numbers", "notes");
    String text = article.get("text").asText();
    LocalDate published = article.get("published").isNull() ? null : LocalDate.parse(article.get("published")
        .asText());
    checkCategory(id, gold);
    List<String> covered = new ArrayList<>();
    for (JsonNode s : gold.get("strikes")) {
      checkStrike(id, text, published, s, nights, covered);
    }
    for (JsonNode m : gold.get("meetings")) {
      checkMeeting(id, text, published, m, covered);
    }
    for (JsonNode o : gold.get("other_numbers")) {
      assertThat(o.fieldNames()).toIterable().containsAnyOf("value").isSubsetOf("value", "object", "evidence",
          "qualifier");
      assertThat(text).as("%s other_numbers evidence", id).contains(o.get("evidence").asText());
      assertThat(o.get("evidence").asText().length()).as("%s other_numbers evidence is a short phrase", id)
          .isLessThan(60);
      if (o.has("qualifier")) {
        assertThat(QUALIFIERS).contains(o.get("qualifier").asText());
      }
      covered.add(o.get("evidence").asText());
    }
    checkNumbersCovered(id, text, covered, gold);
    checkActors(id, article.get("title").asText() + "\n" + text, gold);
  }

  private static void checkCategory(String id, JsonNode gold) {
    int strikes = gold.get("strikes").size();
    int meetings = gold.get("meetings").size();
    switch (gold.get("category").asText()) {
      case "strike":
        assertThat(strikes).as("%s strike article has strikes", id).isPositive();
        assertThat(meetings).as(id).isZero();
        break;
      case "meeting":
        assertThat(meetings).as("%s meeting article has meetings", id).isPositive();
        assertThat(strikes).as(id).isZero();
        break;
      case "mixed":
        assertThat(strikes).as(id).isPositive();
        assertThat(meetings).as(id).isPositive();
        break;
      case "distractor":
        assertThat(strikes + meetings).as("%s distractor has no records", id).isZero();
        break;
      default:
        throw new AssertionError(id + ": unknown category " + gold.get("category"));
    }
  }

  /** Evidence of a strike or meeting: present, and a whole sentence (starts and ends at sentence boundaries). */
  static void assertWholeSentence(String id, String text, String evidence) {
    int at = text.indexOf(evidence);
    assertThat(at).as("%s evidence is in the text: %s", id, evidence).isGreaterThanOrEqualTo(0);
    String before = text.substring(Math.max(0, at - 3), at);
    boolean startsSentence = at == 0 || before.endsWith("\n") || before.matches(".*[.!?\"] $")
        || before.endsWith("\u2014 ");
    assertThat(startsSentence).as("%s evidence starts a sentence (preceded by '%s'): %s", id, before, evidence)
        .isTrue();
    assertThat(Character.isUpperCase(evidence.charAt(0))).as("%s evidence starts upper case: %s", id, evidence)
        .isTrue();
    assertThat(evidence).as("%s evidence ends a sentence", id).matches("(?s).*[.!?]\"?");
    int end = at + evidence.length();
    assertThat(end == text.length() || Character.isWhitespace(text.charAt(end)))
        .as("%s evidence ends at a sentence boundary: %s", id, evidence).isTrue();
    assertThat(evidence).as("%s evidence is one sentence", id).doesNotContainPattern("[.!?] [A-Z]");
  }

  private static void checkStrike(String id, String text, LocalDate published, JsonNode s, NightSource nights,
      List<String> covered) {
    s.fieldNames().forEachRemaining(f -> assertThat(STRIKE_FIELDS).as("%s strike field", id).contains(f));
    assertThat(s.get("attacker").asText()).isEqualTo("Russia");
    assertThat(s.get("target").asText()).isEqualTo("Ukraine");
    assertThat(QUALIFIERS).contains(s.get("qualifier").asText());
    String evidence = s.get("evidence").asText();
    assertWholeSentence(id, text, evidence);
    covered.add(evidence);
    for (String f : List.of("downed_evidence", "missiles_evidence", "jammed_evidence")) {
      if (s.has(f)) {
        assertWholeSentence(id, text, s.get(f).asText());
        covered.add(s.get(f).asText());
      }
    }
    if (s.has("lead_hedge")) {
      String written = s.get("lead_hedge").asText().replaceAll(" \\(.*\\)$", "");
      assertThat(text).as("%s lead hedge as written", id).contains(written);
      covered.add(written);
    }
    boolean stated = !s.get("night_end").isNull();
    assertThat(stated ^ s.has("night_end_inferred")).as("%s night_end xor night_end_inferred", id).isTrue();
    LocalDate night = LocalDate.parse(stated ? s.get("night_end").asText() : s.get("night_end_inferred").asText());
    if (published != null) {
      assertThat(stated).as("%s: with a published date every night resolves", id).isTrue();
    } else if (stated) {
      assertThat(evidence).as("%s: without a published date only an explicit dated night resolves", id)
          .contains(String.valueOf(night.getYear()));
    }
    checkWeekday(id, evidence, night);
    LocalDate ruled = resolve(evidence, published, false);
    if (ruled != null) {
      assertThat(s.get("night_end").asText()).as("%s night_end by the dev rules from: %s", id, evidence)
          .isEqualTo(ruled.toString());
    }
    Night truth = nights.onDate(night);
    assertThat(truth).as("%s: the night %s exists in the night source", id, night).isNotNull();
    checkFigures(id, s, truth);
  }

  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTHS + "(?: (\\d{4}))?");
  private static final Pattern MONTH_DAY = Pattern.compile(MONTHS + " (\\d{1,2})(?:, (\\d{4}))?");
  private static final Pattern LAST_WEEKDAY = Pattern.compile("\\b[Ll]ast " + WEEKDAY.pattern());
  private static final Pattern INTO_WEEKDAY =
      Pattern.compile("\\b(?:into|early on|hours of|[Oo]n) " + WEEKDAY.pattern());
  private static final Pattern OVERNIGHT =
      Pattern.compile("\\b(?:[Oo]vernight(?! into)|during the night|[Ll]ast night)\\b");

  /**
   * The date the dev corpus rules give for the time expression in a sentence, worked out from the words and the
   * published date alone; null when the sentence has no time expression or it cannot be resolved.
   *
   * @param future for planned meetings "on Sunday" is the next Sunday, otherwise the most recent one
   */
  static LocalDate resolve(String sentence, LocalDate published, boolean future) {
    Matcher explicit = DAY_MONTH.matcher(sentence);
    Matcher explicit2 = MONTH_DAY.matcher(sentence);
    if (explicit.find()) {
      return dated(Integer.parseInt(explicit.group(1)), explicit.group(2), explicit.group(3), published);
    }
    if (explicit2.find()) {
      return dated(Integer.parseInt(explicit2.group(2)), explicit2.group(1), explicit2.group(3), published);
    }
    if (published == null) {
      return null;
    }
    Matcher last = LAST_WEEKDAY.matcher(sentence);
    if (last.find()) {
      return step(published, last.group(1), -1, false);
    }
    Matcher into = INTO_WEEKDAY.matcher(sentence);
    Matcher overnight = OVERNIGHT.matcher(sentence);
    boolean hasInto = into.find();
    boolean hasOvernight = overnight.find();
    if (hasOvernight && (!hasInto || overnight.start() < into.start())) {
      return published;
    }
    if (hasInto) {
      return future ? step(published, into.group(1), 1, false) : step(published, into.group(1), -1, true);
    }
    return null;
  }

  private static LocalDate dated(int day, String month, String year, LocalDate published) {
    if (year == null && published == null) {
      return null;
    }
    java.time.Month m = java.time.Month.valueOf(month.toUpperCase(Locale.ROOT));
    if (year != null) {
      return LocalDate.of(Integer.parseInt(year), m, day);
    }
    LocalDate best = null;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      if (!java.time.MonthDay.of(m, day).isValidYear(y)) {
        continue;
      }
      LocalDate candidate = LocalDate.of(y, m, day);
      if (best == null || Math.abs(candidate.toEpochDay() - published.toEpochDay())
          < Math.abs(best.toEpochDay() - published.toEpochDay())) {
        best = candidate;
      }
    }
    return best;
  }

  /** The nearest date with that weekday before (or after) {@code from}; {@code sameDay} allows {@code from}. */
  private static LocalDate step(LocalDate from, String weekday, int direction, boolean sameDay) {
    LocalDate d = sameDay ? from : from.plusDays(direction);
    while (!d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(weekday)) {
      d = d.plusDays(direction);
    }
    return d;
  }

  /** The first weekday an evidence sentence names is the weekday of the date it resolves to. */
  private static void checkWeekday(String id, String evidence, LocalDate date) {
    Matcher m = WEEKDAY.matcher(evidence);
    if (m.find()) {
      assertThat(m.group(1)).as("%s weekday in: %s", id, evidence)
          .isEqualTo(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
  }

  private static void checkFigures(String id, JsonNode s, Night truth) {
    String lead = s.get("qualifier").asText();
    String evidence = s.get("evidence").asText();
    if (!s.get("drones_launched").isNull()) {
      int v = s.get("drones_launched").asInt();
      assertHedged(id + " drones_launched", v, truth.drones(), text(s, "qualifier_drones", lead));
      assertWritten(id, evidence, v);
    }
    if (!s.get("missiles_launched").isNull()) {
      int v = s.get("missiles_launched").asInt();
      assertHedged(id + " missiles_launched", v, truth.missiles(), text(s, "qualifier_missiles", lead));
      assertWritten(id, evidence, v);
    }
    if (s.has("total_launched")) {
      int v = s.get("total_launched").asInt();
      assertHedged(id + " total_launched", v, truth.launched(), lead);
      assertWritten(id, evidence, v);
      assertThat(s.get("drones_launched").isNull() && s.get("missiles_launched").isNull())
          .as("%s a combined total is not split", id).isTrue();
    }
    if (!s.get("drones_downed").isNull()) {
      assertHedged(id + " drones_downed", s.get("drones_downed").asInt(), truth.dronesDowned(),
          text(s, "qualifier_downed", "exact"));
    }
    if (!s.get("missiles_downed").isNull()) {
      assertThat(s.get("missiles_downed").asInt()).as("%s missiles_downed", id).isEqualTo(truth.missilesDowned());
    }
    if (s.has("drones_lost_jammed")) {
      assertThat(s.get("drones_lost_jammed").asInt()).as("%s jammed", id).isEqualTo(truth.dronesJammed());
    }
    if (s.has("missiles_breakdown")) {
      Map<String, Integer> expected = new LinkedHashMap<>();
      for (Night.MissileCount t : truth.missileTypes()) {
        expected.put(t.key(), t.launched());
      }
      Map<String, Integer> breakdown = counts(s.get("missiles_breakdown"));
      assertThat(breakdown).as("%s breakdown is the night's", id).isEqualTo(expected);
      assertThat(breakdown.values().stream().mapToInt(Integer::intValue).sum())
          .as("%s breakdown adds up to the missiles launched, and is not added to them", id)
          .isEqualTo(s.get("missiles_launched").asInt());
    }
    if (s.has("missiles_downed_breakdown")) {
      assertThat(counts(s.get("missiles_downed_breakdown")).values().stream().mapToInt(Integer::intValue).sum())
          .as("%s downed breakdown adds up", id).isEqualTo(s.get("missiles_downed").asInt());
    }
  }

  /** A hedged value is stored as written, on the side of the truth its qualifier implies. */
  static void assertHedged(String what, int value, int truth, String qualifier) {
    switch (qualifier) {
      case "exact":
        assertThat(value).as(what + " exact").isEqualTo(truth);
        break;
      case "more_than":
        assertThat(value).as(what + " more than").isLessThan(truth);
        break;
      case "at_least":
        assertThat(value).as(what + " at least").isLessThanOrEqualTo(truth);
        break;
      case "almost":
        assertThat(value).as(what + " almost").isGreaterThan(truth)
            .isLessThanOrEqualTo(truth + Math.max(10, truth / 25));
        break;
      case "about":
        assertThat(Math.abs(value - truth)).as(what + " about").isLessThanOrEqualTo(25);
        break;
      default:
        throw new AssertionError(what + ": unknown qualifier " + qualifier);
    }
  }

  /** The value appears in the evidence as digits or words. */
  private static void assertWritten(String id, String evidence, int value) {
    String lower = evidence.toLowerCase(Locale.ROOT);
    boolean written = lower.matches("(?s).*(^|[^\\d,])" + Pattern.quote(NumberWords.digits(value)) + "([^\\d,].*|$)")
        || NumberWords.hasWords(value) && (lower.contains(NumberWords.words(value, false))
            || lower.contains(NumberWords.words(value, true)));
    assertThat(written).as("%s value %d as written in: %s", id, value, evidence).isTrue();
  }

  private static void checkMeeting(String id, String text, LocalDate published, JsonNode m,
      List<String> covered) {
    m.fieldNames().forEachRemaining(f -> assertThat(MEETING_FIELDS).as("%s meeting field", id).contains(f));
    assertThat(STATUSES).contains(m.get("status").asText());
    assertThat(m.get("participants").size()).as("%s participants", id).isPositive();
    String evidence = m.get("evidence").asText();
    assertWholeSentence(id, text, evidence);
    covered.add(evidence);
    for (String f : List.of("participants_evidence", "duration_evidence")) {
      if (m.has(f)) {
        assertWholeSentence(id, text, m.get(f).asText());
        covered.add(m.get(f).asText());
      }
    }
    String status = m.get("status").asText();
    if (!m.get("duration_hours").isNull()) {
      assertThat(status).as("%s only held meetings have a duration", id).isEqualTo("held");
    }
    if (m.has("date_inferred")) {
      assertThat(m.get("date").isNull()).as("%s date_inferred only with a null date", id).isTrue();
    }
    if (!m.get("date").isNull() || m.has("date_inferred")) {
      LocalDate date = LocalDate.parse(m.get("date").isNull() ? m.get("date_inferred").asText()
          : m.get("date").asText());
      checkWeekday(id, evidence, date);
    }
    LocalDate ruled = resolve(evidence, published, status.equals("planned"));
    if (ruled != null && (status.equals("held") || status.equals("planned"))) {
      assertThat(m.get("date").asText()).as("%s meeting date by the dev rules from: %s", id, evidence)
          .isEqualTo(ruled.toString());
    }
    for (JsonNode p : m.get("participants")) {
      String surname = p.asText().substring(p.asText().lastIndexOf(' ') + 1);
      String spelled = surnameForms(p.asText());
      assertThat(evidence + " " + text(m, "participants_evidence", ""))
          .as("%s participant %s is named in the evidence", id, p.asText()).containsPattern(spelled);
    }
  }

  /** A regex matching every spelling of a person's surname. */
  private static String surnameForms(String canonical) {
    for (Person p : Cast.ENVOYS) {
      if (p.canonical().equals(canonical)) {
        return "\\b(" + String.join("|", p.surnameForms()) + ")\\b";
      }
    }
    return "\\b" + Pattern.quote(canonical.substring(canonical.lastIndexOf(' ') + 1)) + "\\b";
  }

  /**
   * Every digit in the text is inside some evidence, a timestamp, a date, or a weapon model name, and no number word
   * is left outside evidence: the gold accounts for all figures.
   */
  private static void checkNumbersCovered(String id, String text, List<String> covered, JsonNode gold) {
    String rest = text;
    List<String> sorted = new ArrayList<>(covered);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String e : sorted) {
      rest = rest.replace(e, " ");
    }
    for (JsonNode s : gold.get("strikes")) {
      if (s.has("missiles_downed_breakdown")) {
        rest = rest.replaceAll("Those brought down included [^.]*\\.", " ");
      }
    }
    rest = rest.replaceAll("\\b\\d{2}:\\d{2}\\b", " ")
        .replaceAll("\\b(Kh|S|KN|Iskander-M/KN)-\\d+(/\\d+)?(/(Kh|S)-\\d+)?(MK2|PD|P)?", " ")
        .replaceAll("\\b\\d{1,2} " + MONTHS + "( \\d{4})?", " ")
        .replaceAll(MONTHS + " \\d{1,2}(, \\d{4})?", " ");
    Matcher digit = DIGITS.matcher(rest);
    assertThat(digit.find() ? digit.group() : null).as("%s: a number outside every evidence", id).isNull();
    Matcher word = NUMBER_WORDS.matcher(rest);
    assertThat(word.find() ? word.group() : null).as("%s: a number word outside every evidence", id).isNull();
  }

  /** Everyone the text names is in the actors, and every actor is named. */
  private static void checkActors(String id, String titleAndText, JsonNode gold) {
    List<String> actors = new ArrayList<>();
    gold.get("actors").forEach(a -> actors.add(a.asText()));
    assertThat(actors).as("%s actors unique", id).doesNotHaveDuplicates();
    for (Person p : Cast.ENVOYS) {
      if (Pattern.compile(surnameForms(p.canonical())).matcher(titleAndText).find()) {
        assertThat(actors).as("%s names %s", id, p.canonical()).contains(p.canonical());
      }
    }
    for (String a : actors) {
      assertThat(titleAndText).as("%s actor %s is named", id, a).containsPattern(surnameForms(a));
    }
  }

  private static String text(JsonNode n, String field, String otherwise) {
    return n.has(field) ? n.get(field).asText() : otherwise;
  }

  private static Map<String, Integer> counts(JsonNode object) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = object.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asInt());
    }
    return out;
  }
}
