package org.newstally.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article being written together with its gold. Sentences are appended verbatim, so every sentence handed to a
 * gold record as evidence is an exact substring of the text; names go through this class so every person written
 * lands in {@code actors} and later mentions use the surname in the spelling variant the article started with.
 */
final class ArticleDraft {
  private final Rand rand;
  private final LocalDate published;
  private final LocalDate truePublished;
  private final List<String> paragraphs = new ArrayList<>();
  private final Map<String, Integer> variantByPerson = new HashMap<>();
  private final Set<String> mentioned = new HashSet<>();
  private final Set<String> surnames = new HashSet<>();
  private final Set<String> actors = new LinkedHashSet<>();
  private final List<StrikeRecord> strikes = new ArrayList<>();
  private final List<MeetingRecord> meetings = new ArrayList<>();
  private final List<OtherNumber> others = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<String> usedTemplates = new HashSet<>();
  private String title;
  private String source;
  private int length;

  /**
   * @param published the published date the article carries, or null (the gold then cannot resolve relative dates)
   * @param truePublished the day the article was written, which relative expressions in the text refer to
   */
  ArticleDraft(Rand rand, LocalDate published, LocalDate truePublished) {
    this.rand = rand;
    this.published = published;
    this.truePublished = truePublished;
  }

  Rand rand() {
    return rand;
  }

  LocalDate published() {
    return published;
  }

  LocalDate truePublished() {
    return truePublished;
  }

  void title(String text) {
    this.title = text;
  }

  void source(String name) {
    this.source = name;
  }

  String source() {
    return source;
  }

  /** A paragraph of sentences; null and empty sentences are skipped. */
  void paragraph(String... sentences) {
    paragraph(List.of(sentences));
  }

  void paragraph(List<String> sentences) {
    String text = join(sentences);
    if (!text.isEmpty()) {
      add(text);
    }
  }

  private void add(String paragraph) {
    length += paragraph.length() + (paragraphs.isEmpty() ? 0 : 2);
    paragraphs.add(paragraph);
  }

  /** The length of {@link #text()}, without building it. */
  int length() {
    return length;
  }

  /** A live-blog entry: "09:12 — " then its sentences. */
  void entry(String stamp, List<String> sentences) {
    add(stamp + " \u2014 " + join(sentences));
  }

  int paragraphCount() {
    return paragraphs.size();
  }

  private static String join(List<String> sentences) {
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      if (s == null || s.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s);
    }
    return sb.toString();
  }

  String text() {
    return String.join("\n\n", paragraphs);
  }

  // --- names -------------------------------------------------------------------------------------------------

  private int variant(Person p) {
    Integer v = variantByPerson.get(p.canonical());
    if (v == null) {
      v = rand.index(p.fullForms().size());
      variantByPerson.put(p.canonical(), v);
      surnames.add(p.surname(v));
    }
    actors.add(p.canonical());
    return v;
  }

  /** Marks a filler template as used; false when the article already has it, so no paragraph repeats. */
  boolean useTemplate(String template) {
    return usedTemplates.add(template);
  }

  boolean templateUsed(String template) {
    return usedTemplates.contains(template);
  }

  /** Claims a surname for an invented person; false when someone in this article already has it. */
  boolean claimSurname(String surname) {
    return surnames.add(surname);
  }

  /** Full name on first mention, surname after. */
  String name(Person p) {
    int v = variant(p);
    return mentioned.add(p.canonical()) ? p.full(v) : p.surname(v);
  }

  /** "Kremlin aide Yuri Ushakov" on first mention (when the person has a title), surname after. */
  String titled(Person p) {
    int v = variant(p);
    if (!mentioned.add(p.canonical())) {
      return p.surname(v);
    }
    return p.title().isEmpty() ? p.full(v) : p.title() + " " + p.full(v);
  }

  /**
   * "Andrii Yermak, the head of Ukraine's presidential office," on first mention, the surname after. The trailing
   * comma closes the apposition, so use it where the sentence goes on after the name.
   */
  String described(Person p) {
    int v = variant(p);
    if (!mentioned.add(p.canonical())) {
      return p.surname(v);
    }
    return p.appositive().isEmpty() ? p.full(v) : p.full(v) + ", " + p.appositive() + ",";
  }

  /** The surname alone, for headlines, which do not count as a first mention in the body. */
  String headline(Person p) {
    return p.surname(variant(p));
  }

  /** Registers a person who is written in the text in some other way (always through a form of this person). */
  String fullName(Person p) {
    int v = variant(p);
    mentioned.add(p.canonical());
    return p.full(v);
  }

  // --- gold --------------------------------------------------------------------------------------------------

  void strike(StrikeRecord r) {
    strikes.add(r);
  }

  void meeting(MeetingRecord r) {
    meetings.add(r);
  }

  List<StrikeRecord> strikes() {
    return strikes;
  }

  List<MeetingRecord> meetings() {
    return meetings;
  }

  /** Records a number that is not a strike or meeting figure and returns the evidence phrase for the sentence. */
  String other(double value, String object, String evidence, Qualifier qualifier) {
    others.add(new OtherNumber(value, object, evidence, qualifier));
    return evidence;
  }

  String other(double value, String object, String evidence) {
    return other(value, object, evidence, Qualifier.EXACT);
  }

  void note(String text) {
    notes.add(text);
  }

  /** The gold line of this article. */
  String goldJson(String id, Category category) {
    StringBuilder sb = new StringBuilder(1024);
    Json j = Json.object(sb).field("id", id).field("category", category.goldName());
    StringBuilder a = j.arrayStart("strikes");
    for (int i = 0; i < strikes.size(); i++) {
      Json.next(a, i);
      strikes.get(i).appendJson(a);
    }
    a.append(']');
    a = j.arrayStart("meetings");
    for (int i = 0; i < meetings.size(); i++) {
      Json.next(a, i);
      meetings.get(i).appendJson(a);
    }
    a.append(']');
    j.strings("actors", new ArrayList<>(actors));
    a = j.arrayStart("other_numbers");
    for (int i = 0; i < others.size(); i++) {
      Json.next(a, i);
      others.get(i).appendJson(a);
    }
    a.append(']');
    j.field("notes", String.join(" ", notes));
    j.end();
    return sb.toString();
  }

  /** The articles line. */
  String articleJson(String id, String url) {
    StringBuilder sb = new StringBuilder(2600);
    Json.object(sb)
        .field("id", id)
        .field("url", url)
        .field("published", published)
        .field("source", source)
        .field("title", title)
        .field("text", text())
        .end();
    return sb.toString();
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
