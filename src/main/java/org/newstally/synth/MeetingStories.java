package org.newstally.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Meeting stories (report of held talks, preview of planned ones, a round-up of cancelled, postponed, possible and
 * unscheduled meetings) and the meeting paragraphs of mixed articles. Durations that are not the meeting's own
 * (calls, waits, flights, breaks, press conferences) go to other_numbers.
 */
final class MeetingStories {
  /** Meeting and distractor articles are dated within the season of envoy diplomacy. */
  static final LocalDate FIRST = LocalDate.of(2025, 1, 20);
  static final int DAYS = 405;

  private static final List<String> ATTRIBUTIONS = List.of("officials said", "the Kremlin said",
      "according to people familiar with the talks", "the White House said", "the presidential office in Kyiv said",
      "a spokesperson said", "officials on both sides said");
  private static final List<String> VERDICTS = List.of("constructive", "useful but difficult", "substantive",
      "frank", "productive", "businesslike");

  static final List<String> COLOUR = List.of(
      "The delegations arrived under heavy security, and journalists were kept well away from the entrance.",
      "Neither side released the documents under discussion, and officials asked for patience while the drafts "
          + "were revised.",
      "Diplomats said the atmosphere had improved compared with earlier contacts, though the substance remained "
          + "hard.",
      "Photographs released afterwards showed the delegations seated across a long table, with interpreters "
          + "behind them.",
      "Officials declined to say whether the question of territory had been discussed in detail.",
      "Security was tight around the venue, with streets closed to traffic for much of the day.",
      "{PESKOV} said the Kremlin would not comment on the details of the contacts while they were continuing.",
      "{SYBIHA} said Kyiv had been kept informed at every stage and would not accept decisions taken without it.",
      "The host government offered the venue at short notice and said it was ready to do so again.",
      "Interpreters and legal advisers worked late into the evening on the wording of the joint texts.",
      "Officials said the working groups on humanitarian issues had made the most progress.",
      "Several European foreign ministers said they expected to be briefed on the outcome before any decision was "
          + "taken.",
      "The Ukrainian delegation consulted with Kyiv by secure link throughout the day, officials said.",
      "Markets barely reacted to the news, with traders waiting for concrete commitments.");

  private MeetingStories() {}

  static ArticleDraft write(ArticleKind kind, Rand r) {
    LocalDate truePublished = FIRST.plusDays(r.index(DAYS));
    ArticleDraft d = new ArticleDraft(r, r.chance(0.3) ? null : truePublished, truePublished);
    d.source(r.pick(Gazetteer.OUTLETS));
    Figures f = new Figures(r, false);
    int target = r.between(1500, 2250);
    switch (kind) {
      case MEETING_REPORT:
        report(d, f);
        break;
      case MEETING_PREVIEW:
        preview(d, f);
        break;
      case DIPLOMACY_ROUNDUP:
        roundup(d, f);
        break;
      default:
        throw new IllegalArgumentException(kind + " is not a meeting style");
    }
    Gazetteer.City city = r.pick(Gazetteer.CITIES);
    Filler.pad(d, target, city, city, List.of(COLOUR, Filler.DIPLOMATIC_BACKGROUND));
    return d;
  }

  // --- styles ------------------------------------------------------------------------------------------------

  private static void report(ArticleDraft d, Figures f) {
    Rand r = d.rand();
    Pairing p = Pairing.draw(r, d);
    d.note("meeting report.");
    List<String> lede = new ArrayList<>();
    MeetingRecord held = held(d, p, lede, true);
    d.paragraph(lede);
    boolean one = p.named().size() == 1;
    d.title(r.pick(headline(d, p.named()) + (one ? " holds talks with Russian officials" : " hold talks")
        + where(held), headline(d, p.named()) + (one ? " meets Russian delegation" : " meet") + " as talks on "
        + p.topic + " continue"));
    List<String> second = new ArrayList<>();
    participantsEvidence(d, p, held, second);
    second.add(verdict(d, p));
    d.paragraph(second);
    List<String> traps = new ArrayList<>();
    if (r.chance(0.6)) {
      traps.add(r.chance(0.5) ? MeetingTraps.pressConference(d, r.pick(p.named()))
          : MeetingTraps.briefing(d, r.pick(p.named())));
    }
    if (r.chance(0.4)) {
      traps.add(r.chance(0.5) ? MeetingTraps.waiting(d) : MeetingTraps.breakInTalks(d));
    }
    if (r.chance(0.25) && p.first.contains(Cast.WITKOFF) && p.second.contains(Cast.PUTIN)) {
      traps.add(d.titled(Cast.DMITRIEV) + " greeted " + d.name(Cast.WITKOFF) + " on arrival.");
      d.note("A greeting on arrival is not a meeting.");
    }
    d.paragraph(traps);
    d.paragraph(Filler.fill(r.pick(Filler.DIPLOMATIC_BACKGROUND), d, Gazetteer.CITIES.get(0),
        Gazetteer.CITIES.get(0)));
    if (r.chance(0.6)) {
      List<String> next = new ArrayList<>();
      planned(d, Pairing.draw(r, d), next);
      d.paragraph(next);
    }
    if (r.chance(0.5)) {
      List<String> more = new ArrayList<>();
      if (r.chance(0.5)) {
        possible(d, Pairing.draw(r, d), more);
      } else {
        notScheduled(d, more);
      }
      d.paragraph(more);
    }
    if (r.chance(0.4)) {
      d.paragraph(MeetingTraps.planNumbers(d));
    }
  }

  private static void preview(ArticleDraft d, Figures f) {
    Rand r = d.rand();
    Pairing p = Pairing.draw(r, d);
    d.note("meeting preview.");
    List<String> lede = new ArrayList<>();
    MeetingRecord planned = planned(d, p, lede);
    d.paragraph(lede);
    d.title(headline(d, p.first) + " to meet " + (p.second.isEmpty() ? "Russian officials" : headline(d, p.second))
        + where(planned));
    List<String> second = new ArrayList<>();
    second.add(Filler.fill(r.pick(Filler.DIPLOMATIC_BACKGROUND), d, Gazetteer.CITIES.get(0),
        Gazetteer.CITIES.get(0)));
    Person traveller = p.named().stream().filter(x -> x.side() == Side.US).findFirst().orElse(null);
    boolean abroad = planned.place != null && !planned.place.equals("White House") && !planned.place.equals("Miami");
    if (traveller != null && abroad && r.chance(0.6)) {
      second.add(MeetingTraps.flight(d, traveller));
    }
    d.paragraph(second);
    if (r.chance(0.4)) {
      List<String> back = new ArrayList<>();
      held(d, p, back, r.chance(0.5));
      d.paragraph(back);
    }
    List<String> more = new ArrayList<>();
    if (r.chance(0.5)) {
      possible(d, Pairing.draw(r, d), more);
    } else {
      planned(d, Pairing.draw(r, d), more);
    }
    d.paragraph(more);
    if (r.chance(0.4)) {
      d.paragraph(MeetingTraps.phoneCall(d, r.pick(p.first), p.second.isEmpty() ? Cast.PUTIN : p.second.get(0),
          true));
    }
    if (r.chance(0.3)) {
      d.paragraph(MeetingTraps.planNumbers(d));
    }
  }

  private static void roundup(ArticleDraft d, Figures f) {
    Rand r = d.rand();
    d.note("diplomacy round-up.");
    Pairing cancelledPair = Pairing.draw(r, d);
    List<String> lede = new ArrayList<>();
    cancelled(d, cancelledPair, lede);
    d.paragraph(lede);
    d.title(r.pick("Summit plans stall as " + headline(d, cancelledPair.named()) + " meeting is called off",
        "Diplomacy on Ukraine: meetings off, on hold and in doubt"));
    List<String> second = new ArrayList<>();
    postponed(d, Pairing.draw(r, d), second);
    if (r.chance(0.6)) {
      second.add(MeetingTraps.phoneCall(d, r.pick(Cast.TRUMP, Cast.RUBIO, Cast.WITKOFF),
          r.pick(Cast.PUTIN, Cast.LAVROV, Cast.ZELENSKYY), true));
    }
    d.paragraph(second);
    List<String> third = new ArrayList<>();
    possible(d, Pairing.draw(r, d), third);
    d.paragraph(third);
    List<String> fourth = new ArrayList<>();
    notScheduled(d, fourth);
    d.paragraph(fourth);
    if (r.chance(0.4)) {
      List<String> back = new ArrayList<>();
      held(d, Pairing.draw(r, d), back, false);
      d.paragraph(back);
    }
  }

  /** One or more meeting paragraphs inside a strike article (category mixed). */
  static void meetingParagraphs(ArticleDraft d, Figures f, int count) {
    Rand r = d.rand();
    for (int i = 0; i < count; i++) {
      List<String> para = new ArrayList<>();
      Pairing p = Pairing.draw(r, d);
      int kind = r.index(10);
      if (kind < 5) {
        planned(d, p, para);
      } else if (kind < 8) {
        held(d, p, para, r.chance(0.4));
        participantsEvidence(d, p, d.meetings().get(d.meetings().size() - 1), para);
      } else {
        possible(d, p, para);
      }
      d.paragraph(para);
    }
  }

  // --- statuses ----------------------------------------------------------------------------------------------

  private static Gazetteer.Venue venue(Rand r, Pairing p, double probability) {
    return r.chance(probability) ? r.pick(p.venues) : null;
  }

  private static String names(ArticleDraft d, List<Person> people) {
    List<String> out = new ArrayList<>();
    for (Person p : people) {
      out.add(d.titled(p));
    }
    return Figures.list(out);
  }

  private static String headline(ArticleDraft d, List<Person> people) {
    List<String> out = new ArrayList<>();
    for (Person p : people) {
      out.add(d.headline(p));
    }
    return out.isEmpty() ? "US and Russian officials" : Figures.list(out);
  }

  private static String where(MeetingRecord m) {
    return m.place == null ? "" : " in " + m.place.replace("Kremlin, Moscow", "Moscow");
  }

  private static String attribution(Rand r) {
    return r.pick(ATTRIBUTIONS);
  }

  private static MeetingRecord start(ArticleDraft d, MeetingStatus status, Pairing p, Gazetteer.Venue v) {
    MeetingRecord m = new MeetingRecord(status);
    for (Person person : p.named()) {
      m.participant(person);
    }
    m.place = v == null ? null : v.place();
    if (p.unnamedCounterpart != null) {
      m.addNote(p.unnamedCounterpart + ": participants not named");
    }
    d.meeting(m);
    return m;
  }

  private static MeetingRecord held(ArticleDraft d, Pairing p, List<String> out, boolean allowDuration) {
    Rand r = d.rand();
    LocalDate tp = d.truePublished();
    Gazetteer.Venue v = venue(r, p, 0.85);
    MeetingRecord m = start(d, MeetingStatus.HELD, p, v);
    String where = v == null ? "" : " " + v.phrase();
    TimeRef t;
    boolean twoDays = p.unnamedCounterpart == null && r.chance(0.1);
    if (twoDays) {
      LocalDate day1 = tp.minusDays(r.between(2, 6));
      t = TimeRef.relative("on " + TimeRef.weekday(day1) + " and " + TimeRef.weekday(day1.plusDays(1)), day1,
          d.published());
      m.durationDays = 2;
    } else if (r.chance(0.75)) {
      t = TimeRef.onWeekday("on %s", tp.minusDays(r.between(1, 6)), d.published());
    } else {
      t = TimeRef.explicit(r, "on %s", tp.minusDays(r.between(7, 40)), d.published(), r.chance(0.3));
    }
    m.date(t);
    m.addNote(t.how());
    String attr = attribution(r);
    Duration dur = allowDuration && !twoDays && r.chance(0.55) ? Duration.draw(r) : null;
    boolean inline = dur != null && r.chance(0.7);
    int template = r.index(inline ? 3 : 4);
    boolean together = !inline && template == 3 && p.unnamedCounterpart == null;
    String a = together ? names(d, p.named()) : names(d, p.first);
    String b = together ? "" : p.second.isEmpty() ? p.unnamedCounterpart : names(d, p.second);
    String sentence;
    if (twoDays) {
      sentence = a + " spent " + t.phrase().substring(3) + " in talks with " + b + where + ", " + attr + ".";
    } else if (inline) {
      switch (template) {
        case 0:
          sentence = a + " held talks with " + b + where + " " + t.phrase() + " that lasted " + dur.text() + ", "
              + attr + ".";
          break;
        case 1:
          sentence = a + " met " + b + where + " " + t.phrase() + " for " + dur.text() + ", " + attr + ".";
          break;
        default:
          sentence = "Talks between " + a + " and " + b + where + " " + t.phrase() + " ended after " + dur.text()
              + ", " + attr + ".";
      }
    } else if (together) {
      sentence = a + " met" + where + " " + t.phrase() + " for talks on " + p.topic + ", " + attr + ".";
    } else {
      switch (template) {
        case 0:
          sentence = a + " met " + b + where + " " + t.phrase() + ", " + attr + ".";
          break;
        case 1:
          sentence = a + " held talks with " + b + where + " " + t.phrase() + ", " + attr + ".";
          break;
        default:
          sentence = a + " sat down with " + b + where + " " + t.phrase() + " to discuss " + p.topic + ".";
      }
    }
    m.evidence = NumberWords.capitalise(sentence);
    out.add(m.evidence);
    if (dur != null) {
      m.durationHours = dur.hours();
      m.durationQualifier = dur.qualifier();
      if (!inline) {
        m.durationEvidence = "The talks lasted " + dur.text() + ", " + attribution(r) + ".";
        out.add(m.durationEvidence);
      }
    }
    return m;
  }

  /** A sentence naming further participants of the last meeting; adds them to it. */
  private static void participantsEvidence(ArticleDraft d, Pairing p, MeetingRecord m, List<String> out) {
    Rand r = d.rand();
    List<Person> extras = new ArrayList<>();
    for (Person e : p.extras) {
      if (!m.participants.contains(e.canonical())) {
        extras.add(e);
      }
    }
    if (extras.isEmpty() || !r.chance(0.55)) {
      return;
    }
    List<Person> chosen = r.sample(extras, r.between(1, Math.min(2, extras.size())));
    Person companion = null;
    for (Person lead : p.named()) {
      if (chosen.stream().allMatch(c -> c.side() == lead.side())) {
        companion = lead;
        break;
      }
    }
    int template = r.index(3);
    if (template == 1 && companion == null) {
      template = 0;
    }
    String sentence;
    switch (template) {
      case 0:
        sentence = names(d, chosen) + " also took part, " + attribution(r) + ".";
        break;
      case 1:
        sentence = d.name(companion) + " was accompanied by " + names(d, chosen) + ".";
        break;
      default:
        sentence = names(d, chosen) + ", who also attended, said the discussions had been " + r.pick(VERDICTS)
            + ".";
    }
    sentence = NumberWords.capitalise(sentence);
    for (Person c : chosen) {
      m.participant(c);
    }
    m.participantsEvidence = sentence;
    out.add(sentence);
    if (r.chance(0.3) && !m.participants.contains(Cast.KELLOGG.canonical()) && p.first.get(0).side() == Side.US) {
      out.add(d.name(Cast.KELLOGG) + " was not part of the delegation.");
      m.addNote(Cast.KELLOGG.canonical() + " explicitly absent, not a participant");
    }
  }

  private static String verdict(ArticleDraft d, Pairing p) {
    Rand r = d.rand();
    return d.name(r.pick(p.named().isEmpty() ? p.first : p.named())) + r.pick(
        " described the talks as " + r.pick(VERDICTS) + ".",
        " said afterwards that the sides had agreed to keep working on " + p.topic + ".",
        " told reporters that progress had been made but that a deal was not yet in sight.");
  }

  private static MeetingRecord planned(ArticleDraft d, Pairing p, List<String> out) {
    Rand r = d.rand();
    LocalDate tp = d.truePublished();
    Gazetteer.Venue v = venue(r, p, 0.85);
    MeetingRecord m = start(d, MeetingStatus.PLANNED, p, v);
    TimeRef t;
    double x = r.uniform(0, 1);
    if (x < 0.6) {
      t = TimeRef.onWeekday("on %s", tp.plusDays(r.between(1, 6)), d.published());
    } else if (x < 0.75) {
      t = TimeRef.explicit(r, "on %s", tp.plusDays(r.between(7, 30)), d.published(), r.chance(0.3));
    } else {
      t = TimeRef.undated(r.pick("next week", "in the coming days", "later this month",
          "as soon as it can be arranged"));
    }
    m.date(t);
    m.addNote(t.how());
    String a = names(d, p.first);
    String b = p.second.isEmpty() ? p.unnamedCounterpart : names(d, p.second);
    String where = v == null ? "" : " " + v.phrase();
    String attr = attribution(r);
    String sentence;
    int template = r.index(4);
    if (template == 1 && (v == null || !v.phrase().startsWith("in "))) {
      template = 0;
    }
    switch (template) {
      case 0:
        sentence = a + " will meet " + b + where + " " + t.phrase() + ", " + attr + ".";
        break;
      case 1:
        sentence = a + (p.first.size() == 1 ? " is" : " are") + " expected to travel to " + v.phrase().substring(3)
            + " " + t.phrase() + " to meet " + b + ", " + attr + ".";
        break;
      case 2:
        sentence = a + " and " + b + " are due to hold talks" + where + " " + t.phrase() + ", " + attr + ".";
        break;
      default:
        sentence = a + (p.first.size() == 1 ? " is" : " are") + " expected to meet " + b + where + " "
            + t.phrase() + " to discuss " + p.topic + ", " + attr + ".";
    }
    m.evidence = NumberWords.capitalise(sentence);
    out.add(m.evidence);
    return m;
  }

  private static void cancelled(ArticleDraft d, Pairing p, List<String> out) {
    Rand r = d.rand();
    Pairing named = p.second.isEmpty() ? withSecond(p) : p;
    Gazetteer.Venue v = venue(r, named, 0.7);
    MeetingRecord m = start(d, MeetingStatus.CANCELLED, named, v);
    m.addNote("no date given for the cancelled meeting");
    String where = v == null ? "" : " " + v.phrase();
    String sentence;
    if (r.chance(0.5)) {
      sentence = "A planned meeting between " + names(d, named.named()) + where + " has been called off, "
          + attribution(r) + ".";
    } else {
      sentence = names(d, named.first) + " had been due to meet " + names(d, named.second) + where
          + ", but the meeting was cancelled at short notice, " + attribution(r) + ".";
    }
    m.evidence = NumberWords.capitalise(sentence);
    out.add(m.evidence);
  }

  private static void postponed(ArticleDraft d, Pairing p, List<String> out) {
    Rand r = d.rand();
    Pairing named = p.second.isEmpty() ? withSecond(p) : p;
    Gazetteer.Venue v = venue(r, named, 0.5);
    MeetingRecord m = start(d, MeetingStatus.POSTPONED, named, v);
    String where = v == null ? "" : " " + v.phrase();
    String sentence;
    if (r.chance(0.5)) {
      sentence = "A meeting between " + names(d, named.named()) + where + ", which officials had said would take "
          + "place this week, has been put on hold.";
    } else {
      sentence = "Talks between " + names(d, named.named()) + where + " have been postponed, " + attribution(r)
          + ".";
    }
    m.addNote("\"put on hold\"/\"postponed\"; no new date");
    m.evidence = NumberWords.capitalise(sentence);
    out.add(m.evidence);
  }

  private static void possible(ArticleDraft d, Pairing p, List<String> out) {
    Rand r = d.rand();
    Pairing named = p.second.isEmpty() ? withSecond(p) : p;
    Gazetteer.Venue v = venue(r, named, 0.5);
    MeetingRecord m = start(d, MeetingStatus.POSSIBLE, named, v);
    String where = v == null ? "" : " " + v.phrase();
    String sentence;
    switch (r.index(4)) {
      case 0:
        sentence = names(d, named.first) + " said a meeting with " + names(d, named.second) + " was possible" + where
            + ", although no date had been set.";
        break;
      case 1:
        sentence = "Officials have floated the idea of a meeting between " + names(d, named.named()) + where
            + ", but nothing has been agreed.";
        break;
      case 2:
        sentence = names(d, named.first) + " might meet " + names(d, named.second) + where
            + " in the coming weeks, " + attribution(r) + ".";
        break;
      default:
        sentence = "Kyiv has proposed that " + names(d, named.named()) + " meet" + where + ".";
    }
    m.addNote("a possibility, not agreed");
    m.evidence = NumberWords.capitalise(sentence);
    out.add(m.evidence);
  }

  private static void notScheduled(ArticleDraft d, List<String> out) {
    Rand r = d.rand();
    Pairing p = Pairing.of(List.of(Cast.PUTIN), List.of(r.pick(Cast.ZELENSKYY, Cast.TRUMP)), List.of());
    MeetingRecord m = start(d, MeetingStatus.NOT_SCHEDULED, p, null);
    String sentence;
    if (r.chance(0.5)) {
      String peskov = d.titled(Cast.PESKOV);
      sentence = NumberWords.capitalise(peskov) + " said there were no plans for " + names(d, p.first)
          + " to meet " + names(d, p.second) + ".";
    } else {
      sentence = "There are no plans for a meeting between " + names(d, p.named()) + ", " + attribution(r) + ".";
    }
    m.evidence = sentence;
    out.add(sentence);
  }

  /** The same pairing with a named second side, for statuses whose sentences need two names. */
  private static Pairing withSecond(Pairing p) {
    return Pairing.of(p.first, List.of(Cast.PUTIN), p.venues);
  }
}
