package org.newstally.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstally.nlp.numbers.Kind;
import org.newstally.nlp.numbers.NumberMention;

/**
 * Meetings of one article: who met (named people only), where, when, for how long, and whether the meeting was
 * held, planned, cancelled, postponed, only possible, or explicitly not scheduled.
 *
 * <p>Rules, in the order they apply to each sentence:
 * <ol>
 *   <li>a meeting word followed by "between ..." or "with ..." names its own participants ("a five-hour meeting
 *       between Witkoff and Putin", "his talks with Rubio"); "with" adds those who had them (the possessor, or the
 *       first person of the sentence with everyone listed along: "Witkoff and Kushner held negotiations with ...").</li>
 *   <li>a sentence that says who took part ("was joined by", "led by", "accompanied by", "took part", "were also
 *       present") adds the people next to its cue to the meeting of the previous sentence or two (the one sharing
 *       most people), or to the held meeting of the last few sentences; under a modal it is a possible meeting.</li>
 *   <li>any other clause with a meeting word is a meeting with the people named in the clause, except the speaker
 *       of a reporting verb ("Ushakov said"), someone who only phoned or spoke ("X spoke by phone with Y"), a
 *       possessive about something else ("Yermak's resignation"), a principal ("an aide to Putin") and anyone
 *       marked absent; "the meeting", "the talks" without names refer back to the meeting already found and only
 *       add its length, place or date; held talks naming nobody are the named meeting just before.</li>
 *   <li>status: a past meeting verb ("met", "held talks") or a past verb about the talks ("took place", "began")
 *       means held unless the clause cancels or postpones it; otherwise the strongest cue of the clause wins
 *       (cancelled, postponed, possible, not_scheduled, planned, held); talks placed in the past ("after talks on
 *       Sunday", "last weekend") are held; a clause with only a meeting word and no cue reports nothing.</li>
 *   <li>duration only in hours or minutes and never right after a call, a break, a wait or a trip, nor a delay; the
 *       place only where named as the venue; the date as for strikes, in the past for held meetings and in the
 *       future for the others, never the day of a remark or a call.</li>
 * </ol>
 * At the end, a meeting told twice is one row, and a nameless or one-name report completes the fuller one next to it.
 */
public final class MeetingExtractor {

  /** A meeting as one article reports it. */
  public static final class Event {
    public final int sentence;
    public final Set<String> participants = new LinkedHashSet<>();
    public String status;
    public String place;
    public LocalDate date;
    public Double durationHours;
    public String durationQualifier;
    public String evidence;

    Event(int sentence, String status, String evidence) {
      this.sentence = sentence;
      this.status = status;
      this.evidence = evidence;
    }

    @Override
    public String toString() {
      return status + participants + "@" + place + " " + date + " " + durationHours + "h s" + sentence;
    }
  }

  private static final String[] STATUS_PRIORITY =
      {"cancelled", "postponed", "possible", "not_scheduled", "planned", "held"};

  /** How many sentences later a "was joined by" or "the meeting lasted" can still refer to a meeting. */
  private static final int REFERENCE_WINDOW = 2;

  List<Event> extract(List<SentenceFacts> sentences, LocalDate published, Integer contextYear) {
    List<Event> events = new ArrayList<>();
    Event current = null;
    int currentSentence = -10;
    for (SentenceFacts s : sentences) {
      Set<Integer> claimed = new HashSet<>();
      Event before = current;
      boolean recent = before != null && s.index - currentSentence <= REFERENCE_WINDOW;
      List<PhraseEvent> phraseEvents = phraseEvents(s, claimed, published, contextYear, protagonist(sentences, s));
      for (PhraseEvent p : phraseEvents) {
        events.add(p.event);
        current = p.event;
        currentSentence = s.index;
      }
      int join = joinCue(s);
      if (join >= 0 && !startsOwnMeeting(s, claimed)) {
        // "..., where Ukraine was represented by Yermak" joins the meeting named before the cue in this sentence;
        // "The talks, which include Kushner, followed a meeting between ..." joins the earlier meeting
        Event target = null;
        for (PhraseEvent p : phraseEvents) {
          if (p.trigger < join) {
            target = p.event;
          }
        }
        if (target == null) {
          List<Event> earlier = events.subList(0, events.size() - phraseEvents.size());
          target = referredMeeting(s, earlier, recent ? closest(s, earlier, before) : null);
          if (target == null && !hasTrigger(s, s.from, s.to)) {
            // "Ushakov and Dmitriev were also present" a few sentences after the meeting, nothing in between
            target = latestHeld(earlier, s.index, JOIN_HELD_WINDOW);
          }
        }
        if (target != null && hedgedJoin(s)) {
          // "Ukraine may be represented by Budanov": a possible meeting of its own, not a participant of this one
          Event maybe = new Event(s.index, "possible", s.sentence);
          maybe.participants.addAll(target.participants);
          maybe.participants.addAll(joinPeople(s, claimed));
          fillDetails(maybe, s, s.from, s.to, published, contextYear);
          if (maybe.place == null) {
            maybe.place = target.place;
          }
          events.add(maybe);
          continue;
        }
        if (target != null) {
          target.participants.addAll(joinPeople(s, claimed));
          // details outside the phrases of other meetings of this sentence
          int from = s.from;
          for (PhraseEvent p : phraseEvents) {
            if (p.event != target) {
              fillDetails(target, s, from, p.detailsFrom, published, contextYear);
              from = Math.max(from, p.detailsTo);
            }
          }
          fillDetails(target, s, from, s.to, published, contextYear);
          currentSentence = s.index;
          continue;
        }
      }
      if (!phraseEvents.isEmpty() && !hasOwnMeetingClause(s, phraseEvents)) {
        continue;
      }
      if (phraseEvents.isEmpty() && !hasTrigger(s, s.from, s.to)) {
        if (before != null && before.participants.isEmpty() && before.status.equals("held")
            && s.index == currentSentence + 1) {
          // "Senior negotiators ... concluding two days of talks in Florida. Steve Witkoff and Rustem Umerov
          // agreed ...": a meeting of unnamed delegations takes the people the next sentence names
          before.participants.addAll(participants(s, s.from, s.to, false, claimed));
          currentSentence = s.index;
        }
        continue;
      }
      Event previousInSentence = null;
      for (int[] clause : clauses(s)) {
        if (!phraseEvents.isEmpty() && !isOwnMeetingClause(s, clause, phraseEvents)) {
          continue;
        }
        if (definiteReferenceOnly(s, clause[0], clause[1])
            && (recent || previousInSentence != null || participants(s, clause[0], clause[1], false, claimed).isEmpty())) {
          // "the meeting lasted three and a half hours", "but the meeting did not take place": about the meeting
          // already found in this sentence or just before, if any; with no meeting before, "the talks ... under the
          // mediation of Fidan" is a meeting of its own
          Event target = previousInSentence != null ? previousInSentence : recent ? before : null;
          if (target != null) {
            String status = status(s, clause[0], clause[1]);
            // "a press appearance planned after the meeting was called off" cancels the appearance, not the meeting
            if (status != null && (status.equals("cancelled") || status.equals("postponed"))
                && rank(status) < rank(target.status) && !hasRole(s, "not_meeting", clause[0], clause[1])) {
              target.status = status;
            }
            fillDetails(target, s, clause[0], clause[1], published, contextYear);
            if (target.participants.isEmpty()) {
              // "Officials prepare for talks in Geneva. Witkoff and Rubio were due to arrive for the discussions."
              target.participants.addAll(participants(s, clause[0], clause[1], false, claimed));
            }
            if (target == before) {
              // the meeting is still being spoken of: later join sentences may add to it
              currentSentence = s.index;
            }
          }
          continue;
        }
        Event e = clauseEvent(s, clause[0], clause[1], published, contextYear, claimed);
        if (e == null) {
          continue;
        }
        if (e.participants.isEmpty() && previousInSentence != null) {
          // "X had been due to meet Y, but the meeting did not take place": the clause is about the same meeting
          if (rank(e.status) < rank(previousInSentence.status)) {
            previousInSentence.status = e.status;
          }
          continue;
        }
        Event referent = e.participants.isEmpty() && e.status.equals("held")
            ? latestHeld(events, s.index, UNNAMED_REFERENCE_WINDOW) : null;
        if (referent != null) {
          // "Talks began three hours late", "US officials are meeting a Ukrainian delegation": held talks that name
          // nobody are the meeting reported just before; later join sentences add to it
          fillDetails(referent, s, clause[0], clause[1], published, contextYear);
          current = referent;
          currentSentence = s.index;
          continue;
        }
        List<Event> apart = separately(s, clause[0], clause[1], e);
        events.addAll(apart);
        current = apart.get(apart.size() - 1);
        currentSentence = s.index;
        previousInSentence = current;
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : merged(events)) {
      // "Driscoll held talks with a Russian delegation" is a meeting with one named side; "peace talks pursued by
      // the Trump administration" is none. A one-name proposal or cancellation ("Putin suggested their next meeting
      // could be in Moscow") is kept: the other side is usually named nearby, just not in a form found here
      if (e.participants.size() > 1 || namesParty(sentences, e.sentence)
          || !e.status.equals("held") && !e.status.equals("planned")) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * "Trump met separately with Zelensky in Washington and Putin in Alaska": one meeting of the first person with each
   * of the others, each at the place named after that person.
   */
  private static List<Event> separately(SentenceFacts s, int from, int to, Event e) {
    boolean apart = false;
    for (int t = from; t < to; t++) {
      apart |= s.lower(t).equals("separately");
    }
    if (!apart || e.participants.size() < 3) {
      return List.of(e);
    }
    List<String> people = new ArrayList<>(e.participants);
    List<int[]> spans = new ArrayList<>();
    for (String p : people) {
      for (ActorExtractor.Found a : s.actors) {
        int t = s.text.tokenAtOrAfter(a.begin);
        if (a.actor.equals(p) && t >= from && t < to) {
          spans.add(new int[] {t, s.text.tokenAtOrAfter(a.end)});
          break;
        }
      }
    }
    if (spans.size() != people.size()) {
      return List.of(e);
    }
    List<Event> out = new ArrayList<>();
    for (int i = 1; i < people.size(); i++) {
      Event pair = new Event(e.sentence, e.status, e.evidence);
      pair.participants.add(people.get(0));
      pair.participants.add(people.get(i));
      int placeTo = i + 1 < people.size() ? spans.get(i + 1)[0] : to;
      pair.place = place(s, spans.get(i)[1], placeTo);
      pair.date = e.date;
      out.add(pair);
    }
    return out;
  }

  private static boolean namesParty(List<SentenceFacts> sentences, int index) {
    for (SentenceFacts s : sentences) {
      if (s.index == index) {
        return hasRole(s, "party", s.from, s.to);
      }
    }
    return false;
  }

  /**
   * A clause of a sentence with phrase meetings that has a past meeting verb of its own and none of those phrases:
   * "The meeting between Rubio and Lavrov ... is the first since 2022, when Blinken and Lavrov met in Geneva."
   */
  private static boolean isOwnMeetingClause(SentenceFacts s, int[] clause, List<PhraseEvent> phraseEvents) {
    for (PhraseEvent p : phraseEvents) {
      if (p.trigger >= clause[0] && p.trigger < clause[1]) {
        return false;
      }
    }
    return hasRole(s, "met", clause[0], clause[1]);
  }

  private static boolean hasOwnMeetingClause(SentenceFacts s, List<PhraseEvent> phraseEvents) {
    for (int[] clause : clauses(s)) {
      if (isOwnMeetingClause(s, clause, phraseEvents)) {
        return true;
      }
    }
    return false;
  }

  /** How many sentences back held talks that name nobody can refer to a named meeting. */
  private static final int UNNAMED_REFERENCE_WINDOW = 8;

  /** How many sentences back "X was also present" can refer to the last held meeting. */
  private static final int JOIN_HELD_WINDOW = 4;

  private static Event latestHeld(List<Event> events, int sentence, int window) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (sentence - e.sentence > window) {
        return null;
      }
      if (e.status.equals("held") && !e.participants.isEmpty()) {
        return e;
      }
    }
    return null;
  }

  /**
   * The article's meetings with named people (one named side is kept: "Driscoll met a Russian team"). Held talks naming nobody give their length, place and date to the
   * named meeting of the next sentence ("A five-hour meeting in Moscow ended late on Tuesday. Putin hosted Witkoff
   * and Kushner ..."); a meeting repeated with the same people and status is one row, completed by its repeats.
   */
  private static List<Event> merged(List<Event> events) {
    for (int i = 0; i + 1 < events.size(); i++) {
      Event e = events.get(i);
      Event next = events.get(i + 1);
      if (e.participants.isEmpty() && e.status.equals("held") && next.status.equals("held")
          && !next.participants.isEmpty() && next.sentence == e.sentence + 1) {
        complete(next, e);
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.participants.isEmpty()) {
        continue;
      }
      Event same = null;
      for (Event o : out) {
        if (o.status.equals(e.status) && o.participants.equals(e.participants)) {
          same = o;
        }
      }
      if (same != null) {
        if (same.status.equals("held")) {
          // a held meeting told twice; a plan or a cancellation told twice may name another date each time
          complete(same, e);
        }
      } else {
        out.add(e);
      }
    }
    // "The talks ended in the Dolmabahce Palace ... Medinsky and Umerov ..." then, sentences later, "The talks began
    // at 13:30 in the presence of Fidan ... Medinsky, Galuzin, Fomin": held talks without a place or date of their own
    // that share a participant with the held meeting told shortly before are that meeting, told again
    List<Event> unanchoredMerged = new ArrayList<>();
    for (Event e : out) {
      Event earlier = null;
      if (e.status.equals("held") && e.place == null && e.date == null) {
        for (Event o : unanchoredMerged) {
          if (o.status.equals("held") && e.sentence - o.sentence <= SAME_TALKS_WINDOW && e.sentence > o.sentence
              && !java.util.Collections.disjoint(o.participants, e.participants)) {
            earlier = o;
          }
        }
      }
      if (earlier != null) {
        earlier.participants.addAll(e.participants);
        complete(earlier, e);
      } else {
        unanchoredMerged.add(e);
      }
    }
    out = unanchoredMerged;
    // "Kremlin meeting between Putin and US envoys lasted five hours" (title) then "Putin hosted Witkoff and
    // Kushner ...": a one-name meeting right before a fuller one of the same status, place and date is that meeting
    List<Event> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      Event fuller = i + 1 < out.size() ? out.get(i + 1) : null;
      if (fuller != null && e.participants.size() == 1 && fuller.participants.containsAll(e.participants)
          && fuller.participants.size() > 1 && e.status.equals(fuller.status) && fuller.sentence - e.sentence <= 2
          && compatible(e, fuller)) {
        complete(fuller, e);
        continue;
      }
      kept.add(e);
    }
    return kept;
  }

  /** How many sentences after a held meeting unanchored held talks sharing a participant are that meeting. */
  private static final int SAME_TALKS_WINDOW = 6;

  /** Neither the places nor the dates of two reports of a meeting differ. */
  private static boolean compatible(Event a, Event b) {
    boolean places = a.place == null || b.place == null || a.place.contains(b.place) || b.place.contains(a.place);
    boolean dates = a.date == null || b.date == null || a.date.equals(b.date);
    return places && dates;
  }

  private static void complete(Event e, Event from) {
    if (e.place == null) {
      e.place = from.place;
    }
    if (e.date == null) {
      e.date = from.date;
    }
    if (e.durationHours == null) {
      e.durationHours = from.durationHours;
      e.durationQualifier = from.durationQualifier;
    }
  }

  /**
   * The meeting a join sentence refers to when it is not the one just found: "X took part in the meeting in The
   * Hague" names an earlier meeting by its place; "... took part in the talks" a few sentences on, the latest held one.
   */
  private static Event referredMeeting(SentenceFacts s, List<Event> events, Event recent) {
    boolean definite = false;
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      int t = m.firstToken();
      if (m.value().equals("meeting") && t > s.from
          && (s.lower(t - 1).equals("the") || s.lower(t - 1).equals("that"))) {
        definite = true;
      }
    }
    if (definite) {
      String place = place(s, s.from, s.to);
      for (int i = events.size() - 1; i >= 0 && place != null; i--) {
        Event e = events.get(i);
        if (e.place != null && (e.place.contains(place) || place.contains(e.place))) {
          return e;
        }
      }
    }
    if (recent != null) {
      return recent;
    }
    if (definite) {
      for (int i = events.size() - 1; i >= 0; i--) {
        Event e = events.get(i);
        if (e.status.equals("held") && s.index - e.sentence <= 6) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * Of the meetings of the sentence {@code before} comes from, the one sharing most people with this sentence: "...
   * marks the first meeting since 2022, when Blinken and Lavrov met in Geneva. Witkoff and Waltz are taking part,
   * while Lavrov ..." joins the meeting of the main clause, not the one mentioned in passing.
   */
  private static Event closest(SentenceFacts s, List<Event> events, Event before) {
    if (before == null) {
      return null;
    }
    Set<String> named = new HashSet<>();
    for (ActorExtractor.Found a : s.actors) {
      if (a.isPerson()) {
        named.add(a.actor);
      }
    }
    Event best = before;
    int bestOverlap = overlap(before, named);
    for (Event e : events) {
      if (e.sentence == before.sentence && e != before && overlap(e, named) > bestOverlap) {
        best = e;
        bestOverlap = overlap(e, named);
      }
    }
    return best;
  }

  private static int overlap(Event e, Set<String> named) {
    int n = 0;
    for (String p : e.participants) {
      if (named.contains(p)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The people a join sentence adds: those next to each join cue, the subject before it ("Ushakov, who attended
   * the meeting, ...") and the names after it up to the end of their list ("led by Medinsky, an aide to Putin" gives
   * Medinsky) — not everyone the sentence names ("... once Witkoff had briefed President Trump").
   */
  private List<String> joinPeople(SentenceFacts s, Set<Integer> claimed) {
    Set<String> out = new LinkedHashSet<>();
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (!m.value().equals("join")) {
        continue;
      }
      int start = s.from;
      for (int t = s.from; t < m.firstToken(); t++) {
        if (s.lower(t).equals(";")) {
          start = t + 1;
        }
      }
      // the subject may speak after the cue ("Umerov, who also attended, said ..."), not before it ("Zelenskyy said
      // Umerov is leading the team")
      for (String p : participants(s, start, m.firstToken(), true, claimed)) {
        if (!speaksBefore(s, p, m.firstToken())) {
          out.add(p);
        }
      }
      out.addAll(participants(s, m.endToken(), joinListEnd(s, m.endToken()), false, claimed));
    }
    return new ArrayList<>(out);
  }

  /** A reporting verb between the person's mention and token {@code cue}. */
  private static boolean speaksBefore(SentenceFacts s, String person, int cue) {
    for (ActorExtractor.Found a : s.actors) {
      if (!a.actor.equals(person)) {
        continue;
      }
      for (int t = s.text.tokenAtOrAfter(a.end); t < cue; t++) {
        if (roleAt(s, t, "speech") && !speaksOfSelf(s, t)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The end of the list of names after a join cue: "included national security adviser Mike Waltz, special envoy
   * Steve Witkoff and ..." goes on past a comma while another name follows within a title's length; a new clause or
   * a reporting verb ends it.
   */
  private static int joinListEnd(SentenceFacts s, int from) {
    for (int t = from; t < s.to; t++) {
      String w = s.lower(t);
      if (CLAUSE_WORDS.contains(w) || roleAt(s, t, "speech")) {
        return t;
      }
      if (w.equals(",")) {
        boolean name = false;
        for (int k = t + 1; k < Math.min(s.to, t + 8) && !name; k++) {
          String v = s.lower(k);
          if (CLAUSE_WORDS.contains(v) || v.equals(",") || roleAt(s, k, "speech")) {
            break;
          }
          name = personStartsAt(s, k);
        }
        if (!name) {
          int and = andName(s, t);
          if (and < 0) {
            return t;
          }
          // "led by Karasin, a former diplomat who chairs a committee, and Sergei Beseda, who ...": past the
          // appositive to the next name of the list
          t = and;
        }
      }
    }
    return s.to;
  }

  /** The "and" of ", and <title> Name" a long appositive later (up to 24 tokens), or -1. */
  private static int andName(SentenceFacts s, int comma) {
    for (int k = comma + 1; k < Math.min(s.to, comma + 24); k++) {
      String w = s.lower(k);
      if (w.equals(";") || roleAt(s, k, "speech") || roleAt(s, k, "met")) {
        return -1;
      }
      if (w.equals("and")) {
        for (int j = k + 1; j < Math.min(s.to, k + 6) && !s.lower(j).equals(","); j++) {
          if (personStartsAt(s, j)) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }



  /** A join cue under a modal: "may be represented by", "could be joined by". */
  private static boolean hedgedJoin(SentenceFacts s) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (!m.value().equals("join")) {
        continue;
      }
      for (int t = Math.max(s.from, m.firstToken() - 3); t < m.firstToken(); t++) {
        String w = s.lower(t);
        if (w.equals("may") || w.equals("might") || w.equals("could")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A meeting named by a phrase, with the token of its meeting word. */
  private static final class PhraseEvent {
    final Event event;
    final int trigger;
    /** tokens whose place, date and length belong to this meeting ("a five-hour meeting between ... in Moscow") */
    final int detailsFrom;
    final int detailsTo;

    PhraseEvent(Event event, int trigger, int detailsFrom, int detailsTo) {
      this.event = event;
      this.trigger = trigger;
      this.detailsFrom = detailsFrom;
      this.detailsTo = detailsTo;
    }
  }

  /**
   * The first join cue with a name close to it ("joined by Steve Witkoff", "accompanied by the Army's chief of
   * staff, General Randy George", "Rustem Umerov, who also attended"), or -1.
   */
  private static int joinCue(SentenceFacts s) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (!m.value().equals("join")) {
        continue;
      }
      for (ActorExtractor.Found a : s.actors) {
        int t = s.text.tokenAtOrAfter(a.begin);
        if (a.isPerson() && (t >= m.endToken() && t <= m.endToken() + 12
            || t < m.firstToken() && t >= m.firstToken() - 12)) {
          return m.firstToken();
        }
      }
    }
    return -1;
  }

  /** Meetings whose participants a "between ..." or "with ..." phrase names. */
  private List<PhraseEvent> phraseEvents(SentenceFacts s, Set<Integer> claimed, LocalDate published,
      Integer contextYear, Map<String, Integer> mentionsSoFar) {
    List<PhraseEvent> out = new ArrayList<>();
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      // a meeting word, or a status phrase built on one ("during a meeting with ...", "possible talks between ...")
      if (!isTrigger(m, s)) {
        continue;
      }
      // "talks between ...", "talks on Sunday between ...", "talks in Geneva with ..."
      int next = -1;
      for (int t = m.endToken(); t < Math.min(s.to, m.endToken() + 5); t++) {
        String w = s.lower(t);
        if (w.equals("between") || w.equals("with")) {
          next = t;
          break;
        }
        if (w.equals(",") || w.equals(";") || roleAt(s, t, "meeting") || roleAt(s, t, "met")) {
          break;
        }
      }
      if (next < 0) {
        continue;
      }
      boolean between = s.lower(next).equals("between");
      // "who had held talks with him": a past meeting verb takes a "with" phrase only for a pronoun
      boolean with = !between && (!m.value().equals("met") || pronounObject(s, next + 1, s.to));
      if (!between && !with) {
        continue;
      }
      int[] clause = clauseOf(s, m.firstToken());
      Set<String> people = new LinkedHashSet<>();
      // the people this phrase takes, claimed only if it becomes a meeting
      Set<Integer> taken = new HashSet<>();
      int end = phraseEnd(s, next + 1, clause[1]);
      for (ActorExtractor.Found a : s.actors) {
        int t = s.text.tokenAtOrAfter(a.begin);
        int aEnd = s.text.tokenAtOrAfter(a.end);
        if (a.isPerson() && t > next && t < end && !isAbsent(s, aEnd) && !isOtherPossessive(s, aEnd)
            && !isPrincipal(s, t) && !isSpeaker(s, t, aEnd) && !isCallPartner(s, t)) {
          people.add(a.actor);
          taken.add(a.begin);
        }
      }
      if (people.isEmpty() && with && pronounObject(s, next + 1, end)) {
        // "Dmitriev, who had held talks with him": the relative clause's antecedent and the sentence's subject
        ActorExtractor.Found subject = null;
        ActorExtractor.Found antecedent = null;
        for (ActorExtractor.Found a : s.actors) {
          int t = s.text.tokenAtOrAfter(a.begin);
          if (a.isPerson() && t < m.firstToken()) {
            if (subject == null) {
              subject = a;
            }
            antecedent = a;
          }
        }
        if (subject != null && antecedent != null && !subject.actor.equals(antecedent.actor)) {
          people.add(subject.actor);
          people.add(antecedent.actor);
          taken.add(subject.begin);
          taken.add(antecedent.begin);
        }
      }
      if (people.isEmpty()) {
        continue;
      }
      if (with) {
        List<ActorExtractor.Found> owners = owners(s, m.firstToken());
        for (ActorExtractor.Found owner : owners) {
          people.add(owner.actor);
          taken.add(owner.begin);
        }
        if (owners.isEmpty() && people.size() == 1 && m.firstToken() > s.from
            && isDefinite(s.lower(m.firstToken() - 1))) {
          // "The meeting with Putin took place at night" in a story about Witkoff: the meeting of the person the
          // article has been about
          String main = mostMentioned(mentionsSoFar, people);
          if (main != null) {
            people.add(main);
          }
        }
      }
      // the cues inside the phrase first ("a meeting earlier in the day between ..."), then those next to it ("after
      // his summit with Putin"), then those of the whole clause
      String status = status(s, m.firstToken(), end);
      if (status == null) {
        status = status(s, Math.max(clause[0], m.firstToken() - 6), end);
      }
      if (status == null) {
        status = status(s, clause[0], clause[1]);
      }
      if (status == null && m.firstToken() > s.from && isDefinite(s.lower(m.firstToken() - 1))
          && pastTense(s, clause[0], clause[1])) {
        // "The meeting between Putin and Witkoff was very productive": a definite meeting spoken of in the past
        status = "held";
      }
      if (status == null) {
        continue;
      }
      Event e = new Event(s.index, status, s.sentence);
      e.participants.addAll(people);
      // place, date and length next to the phrase first ("talks in Geneva followed a meeting ... in Riyadh")
      int detailsFrom = Math.max(clause[0], m.firstToken() - 3);
      fillDetails(e, s, detailsFrom, end, published, contextYear);
      fillDetails(e, s, clause[0], clause[1], published, contextYear);
      claimed.addAll(taken);
      out.add(new PhraseEvent(e, m.firstToken(), detailsFrom, end));
    }
    return out;
  }

  /** How often each person is named in the sentences before {@code s}. */
  private static Map<String, Integer> protagonist(List<SentenceFacts> sentences, SentenceFacts s) {
    Map<String, Integer> counts = new HashMap<>();
    for (SentenceFacts before : sentences) {
      if (before.index >= s.index) {
        break;
      }
      for (ActorExtractor.Found a : before.actors) {
        if (a.isPerson()) {
          counts.merge(a.actor, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** The person named most often so far, not one of {@code others}, if named at least twice and more than anyone. */
  private static String mostMentioned(Map<String, Integer> counts, Set<String> others) {
    String best = null;
    int bestCount = 1;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (others.contains(e.getKey())) {
        continue;
      }
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static boolean pronounObject(SentenceFacts s, int from, int to) {
    for (int t = from; t < Math.min(to, from + 2); t++) {
      String w = s.lower(t);
      if (w.equals("him") || w.equals("her")) {
        return true;
      }
    }
    return false;
  }

  /** The end of a "between A and B" phrase: a relative pronoun, a semicolon or a comma not followed by a name. */
  private static int phraseEnd(SentenceFacts s, int from, int limit) {
    for (int t = from; t < limit; t++) {
      String w = s.lower(t);
      if (w.equals(";") || w.equals("that") || w.equals("which") || w.equals("who") || w.equals("where")) {
        return t;
      }
      if (w.equals(",") && t + 1 < limit && !Character.isUpperCase(s.text.token(t + 1).charAt(0))
          && !s.lower(t + 1).equals("and") && !s.lower(t + 1).equals("including")) {
        return t;
      }
    }
    return limit;
  }

  /**
   * Who had talks "with" someone: "Putin's talks with ...", or the first person of the sentence before them with
   * everyone listed along ("Witkoff and Kushner held negotiations with Putin", "Rubio, Witkoff and Kushner meet with
   * ..."); speakers, possessives about something else and principals ("Trump's son-in-law Jared Kushner" gives
   * Kushner) are left out.
   */
  private List<ActorExtractor.Found> owners(SentenceFacts s, int trigger) {
    List<ActorExtractor.Found> out = new ArrayList<>();
    ActorExtractor.Found his = null;
    if (trigger > s.from && (s.lower(trigger - 1).equals("his") || s.lower(trigger - 1).equals("her"))) {
      // "Trump said after his summit with Putin", "leaders will join Zelensky for his meeting with Trump": "his" is
      // the nearest person before it, speaker or not
      for (ActorExtractor.Found a : s.actors) {
        if (a.isPerson() && s.text.tokenAtOrAfter(a.begin) < trigger) {
          his = a;
        }
      }
    }
    for (ActorExtractor.Found a : s.actors) {
      int t = s.text.tokenAtOrAfter(a.begin);
      if (!a.isPerson() || t >= trigger) {
        continue;
      }
      int end = s.text.tokenAtOrAfter(a.end);
      if (end < s.to && s.lower(end).equals("'s") && end + 1 == trigger) {
        return List.of(a);
      }
      if (isOtherPossessive(s, end) || isPrincipal(s, t) || isSpeaker(s, t, end)) {
        continue;
      }
      if (out.isEmpty()) {
        out.add(a);
      } else if (isListGap(s, s.text.tokenAtOrAfter(out.get(out.size() - 1).end), t)) {
        out.add(a);
      } else {
        break;
      }
    }
    if (his != null && !out.contains(his)) {
      out.add(his);
    }
    return out;
  }

  /** Words that end a list of names: a new clause begins. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "when", "while", "after",
      "before", "as", "because", "but", "since", "if", "where", ";", ".", ":");

  /** The tokens between two names of one list: ", ", " and ", titles and appositives, no new clause or cue. */
  private static boolean isListGap(SentenceFacts s, int from, int to) {
    if (to - from > 14) {
      return false;
    }
    boolean joined = false;
    for (int t = from; t < to; t++) {
      String w = s.lower(t);
      if (CLAUSE_WORDS.contains(w)) {
        return false;
      }
      joined |= w.equals(",") || w.equals("and");
    }
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.firstToken() >= from && m.firstToken() < to && !m.value().equals("principal")) {
        return false;
      }
    }
    return joined;
  }

  private static boolean isDefinite(String word) {
    return word.equals("the") || word.equals("that") || word.equals("this");
  }

  /** A sentence with its own past meeting verb and two new people starts a meeting even with a join word. */
  private boolean startsOwnMeeting(SentenceFacts s, Set<Integer> claimed) {
    return hasRole(s, "met", s.from, s.to) && participants(s, s.from, s.to, false, claimed).size() >= 2
        && !hasRole(s, "absent", s.from, s.to);
  }

  /** A clause whose only meeting words are "the meeting", "the talks" ... and that names nobody. */
  private static boolean definiteReferenceOnly(SentenceFacts s, int from, int to) {
    boolean any = false;
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      int t = m.firstToken();
      if (t < from || t >= to) {
        continue;
      }
      if (m.value().equals("met")) {
        return false;
      }
      if (m.value().equals("meeting")) {
        String prev = t > s.from ? s.lower(t - 1) : "";
        if (!(prev.equals("the") || prev.equals("that") || prev.equals("this"))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static int rank(String status) {
    for (int i = 0; i < STATUS_PRIORITY.length; i++) {
      if (STATUS_PRIORITY[i].equals(status)) {
        return i;
      }
    }
    return STATUS_PRIORITY.length;
  }

  private Event clauseEvent(SentenceFacts s, int from, int to, LocalDate published, Integer contextYear,
      Set<Integer> claimed) {
    if (!hasTrigger(s, from, to)) {
      return null;
    }
    String status = status(s, from, to);
    if (status == null) {
      return null;
    }
    Event e = new Event(s.index, status, s.sentence);
    e.participants.addAll(participants(s, from, to, false, claimed));
    fillDetails(e, s, from, to, published, contextYear);
    return e;
  }

  /** The status a clause gives a meeting, or null when it gives none. */
  private static String status(SentenceFacts s, int from, int to) {
    if ((pastMeetingVerb(s, from, to) || happened(s, from, to)) && !hasRole(s, "cancelled", from, to)
        && !hasRole(s, "postponed", from, to)) {
      // "Zelensky met Trump ... a possible ceasefire", "talks began later than scheduled": a past meeting verb
      // outweighs loose possibility and schedule words
      return "held";
    }
    for (String candidate : STATUS_PRIORITY) {
      if (hasRole(s, candidate, from, to)) {
        return candidate;
      }
    }
    return pastContext(s, from, to) ? "held" : null;
  }

  /**
   * A past meeting verb stated as a fact: not under "until", "unless" or "if" ("nothing would happen until the two
   * of them sat down together").
   */
  private static boolean pastMeetingVerb(SentenceFacts s, int from, int to) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (!m.value().equals("met") || m.firstToken() < from || m.firstToken() >= to) {
        continue;
      }
      boolean hypothetical = false;
      for (int k = Math.max(from, m.firstToken() - 6); k < m.firstToken(); k++) {
        String w = s.lower(k);
        hypothetical |= w.equals("until") || w.equals("unless") || w.equals("if");
      }
      if (!hypothetical) {
        return true;
      }
    }
    return false;
  }

  /**
   * A "took place", "lasted", "began" whose subject is a meeting word a few tokens before it ("talks began", "a
   * meeting that lasted"), not some other thing of the clause ("work on a venue had begun").
   */
  private static boolean happened(SentenceFacts s, int from, int to) {
    for (PhraseMatcher.Match<String> h : s.meetingTerms) {
      if (!h.value().equals("happened") || h.firstToken() < from || h.firstToken() >= to) {
        continue;
      }
      for (PhraseMatcher.Match<String> m : s.meetingTerms) {
        if (isTrigger(m, s) && m.endToken() <= h.firstToken() && h.firstToken() - m.endToken() <= 8
            && m.firstToken() >= from) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Talks placed in the past without a past verb of their own: "after talks at Mar-a-Lago on Sunday", "weeks of
   * talks between X and Y, most recently in Miami last weekend", "talks ... earlier this month".
   */
  private static boolean pastContext(SentenceFacts s, int from, int to) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      int t = m.firstToken();
      if (t < from || t >= to || !m.value().equals("meeting")) {
        continue;
      }
      for (int k = Math.max(from, t - 4); k < t; k++) {
        String w = s.lower(k);
        if (w.equals("after") || w.equals("following") || w.equals("followed")) {
          return true;
        }
      }
    }
    boolean dated = false;
    for (TimeResolver.Ref r : s.times) {
      if (r.firstToken < from || r.firstToken >= to || r.reporting) {
        continue;
      }
      if (r.type == TimeResolver.Type.VAGUE_PAST || r.type == TimeResolver.Type.YESTERDAY || r.last) {
        return true;
      }
      dated |= r.type == TimeResolver.Type.WEEKDAY || r.type == TimeResolver.Type.DATE;
    }
    // "Kyiv accepted the proposal at talks with Rubio on Tuesday": a dated meeting in a past-tense clause
    return dated && pastTense(s, from, to);
  }

  /** A past-tense verb in the clause: "had", "was", "were", "did" or an -ed word that is no cue of the future. */
  private static boolean pastTense(SentenceFacts s, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = s.lower(t);
      if (w.equals("will") || w.equals("would") || w.equals("expected") || w.equals("due") || w.equals("planned")) {
        return false;
      }
    }
    for (int t = from; t < to; t++) {
      String w = s.lower(t);
      // a capitalised "-ed" word is a name (Jared, Mohammed), not a verb
      if (w.equals("had") || w.equals("was") || w.equals("were") || w.equals("did")
          || w.length() > 4 && w.endsWith("ed") && !roleAt(s, t, "speech")
          && !Character.isUpperCase(s.text.token(t).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private void fillDetails(Event e, SentenceFacts s, int from, int to, LocalDate published, Integer contextYear) {
    if (e.place == null) {
      e.place = place(s, from, to);
    }
    // "on Tuesday (December 2, 2025)" with no published date: the weekday gives nothing, the date in brackets does
    for (TimeResolver.Ref ref : dateRefs(s, from, to, e.status.equals("held"))) {
      if (e.date != null) {
        break;
      }
      e.date = e.status.equals("held") ? TimeResolver.resolvePast(ref, published, contextYear)
          : TimeResolver.resolveFuture(ref, published, contextYear);
    }
    if (e.durationHours == null) {
      for (int i = 0; i < s.numbers.size(); i++) {
        NumberMention m = s.numbers.get(i);
        int t = s.numberFirstToken[i];
        // meetings last hours or minutes; "30-day ceasefire" and "three-day visit" are not their length
        boolean meetingUnit = "hour".equals(m.unit()) || "minute".equals(m.unit());
        if (m.kind() == Kind.DURATION && meetingUnit && m.hours() != null && t >= from && t < to
            && !isTrap(s, t)) {
          e.durationHours = Math.round(m.hours() * 100.0) / 100.0;
          e.durationQualifier = m.qualifier().code();
          break;
        }
      }
    }
  }

  /**
   * A duration right after a call, a break, a wait or a trip is not the meeting's length, nor a delay ("began three
   * hours later than planned", "three hours late") or a time past ("an hour ago").
   */
  private static boolean isTrap(SentenceFacts s, int t) {
    for (int k = t + 1; k < Math.min(s.to, t + 4); k++) {
      String w = s.lower(k);
      if (w.equals("later") || w.equals("late") || w.equals("behind") || w.equals("earlier") || w.equals("ago")) {
        return true;
      }
    }
    for (int k = Math.max(s.from, t - 6); k < t; k++) {
      if (roleAt(s, k, "not_meeting")) {
        return true;
      }
    }
    for (int k = Math.max(s.from, t - 4); k < t; k++) {
      String w = s.lower(k);
      if (w.equals("waited") || w.equals("break") || w.equals("broke") || w.equals("flight") || w.equals("alert")
          || w.equals("visit") || w.equals("waiting")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day of the meeting: not when something was said ("Trump remarked on Wednesday that ..."), and not the date
   * a report opens with ("October 22, 2025 – A summit ... has been put on hold", "2025-03-16 Witkoff, who met Putin
   * last week, ...") unless it is the only time of a held meeting.
   */
  private List<TimeResolver.Ref> dateRefs(SentenceFacts s, int from, int to, boolean held) {
    List<TimeResolver.Ref> out = new ArrayList<>();
    boolean otherTime = false;
    for (TimeResolver.Ref r : s.times) {
      otherTime |= r.firstToken >= from && r.firstToken < to && r.firstToken > s.from + 2 && !r.reporting;
    }
    for (TimeResolver.Ref r : s.times) {
      if (r.firstToken < from || r.firstToken >= to || r.reporting || saidAt(s, r.firstToken)) {
        continue;
      }
      if (r.type == TimeResolver.Type.DATE && r.firstToken <= s.from + 2 && (!held || otherTime)) {
        continue;
      }
      if (r.type == TimeResolver.Type.DATE || r.type == TimeResolver.Type.WEEKDAY
          || r.type == TimeResolver.Type.TODAY || r.type == TimeResolver.Type.YESTERDAY
          || r.type == TimeResolver.Type.TOMORROW) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A time right after a reporting verb or a call: "remarked on Wednesday", "noted Friday", "after the two spoke by
   * phone on Monday" date the remark or the call.
   */
  private static boolean saidAt(SentenceFacts s, int t) {
    int k = t - 1;
    if (k >= s.from && s.lower(k).equals("on")) {
      k--;
    }
    if (k < s.from) {
      return false;
    }
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.endToken() == k + 1 && (m.value().equals("speech") || m.value().equals("not_meeting"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "near", "outside", "to", "into", "for");

  /**
   * A place named as where something happens: after "in", "at", "to" ... ("at the Kremlin", "at Istanbul's
   * Dolmabahce Palace") or right before a meeting word ("the Geneva talks", "Riyadh hosted"); not a place standing
   * for its government or its people ("the Kremlin said", "a White House official", "Washington's envoy", "Kremlin
   * aide Yuri Ushakov").
   */
  private static boolean isVenueUse(SentenceFacts s, PhraseMatcher.Match<Vocabulary.Place> m) {
    if (m.endToken() < s.to) {
      for (PhraseMatcher.Match<String> t : s.meetingTerms) {
        if (t.firstToken() == m.endToken() && (isTrigger(t, s) || t.value().equals("held"))) {
          return true;
        }
      }
    }
    return isLocative(s, m);
  }

  /** A place after "in", "at", "to" ..., past "the" and a possessive place ("at Istanbul's Dolmabahce Palace"). */
  private static boolean isLocative(SentenceFacts s, PhraseMatcher.Match<Vocabulary.Place> m) {
    int k = m.firstToken() - 1;
    while (k >= s.from) {
      String w = s.lower(k);
      if (w.equals("the")) {
        k--;
        continue;
      }
      // "at Istanbul's Dolmabahce Palace": the possessive place before the venue
      if (w.equals("'s") || w.equals("’s")) {
        PhraseMatcher.Match<Vocabulary.Place> owner = null;
        for (PhraseMatcher.Match<Vocabulary.Place> p : s.places) {
          if (p.endToken() == k) {
            owner = p;
          }
        }
        if (owner != null) {
          k = owner.firstToken() - 1;
          continue;
        }
      }
      return LOCATIVE.contains(w);
    }
    return false;
  }

  /**
   * Where the meeting of a clause is: a venue before a city, a place after "in", "at" ... before one named only as
   * a modifier of a meeting word ("The Florida meetings come days after Putin met Witkoff in Moscow").
   */
  private static String place(SentenceFacts s, int from, int to) {
    String found = place(s, from, to, true);
    return found != null ? found : place(s, from, to, false);
  }

  private static String place(SentenceFacts s, int from, int to, boolean locativeOnly) {
    Vocabulary.Place venue = null;
    Vocabulary.Place city = null;
    for (PhraseMatcher.Match<Vocabulary.Place> m : s.places) {
      if (m.firstToken() < from || m.firstToken() >= to) {
        continue;
      }
      String prev = m.firstToken() > s.from ? s.lower(m.firstToken() - 1) : "";
      boolean country = m.value().type().equals("country");
      if (prev.equals("from") || (prev.equals("to") || prev.equals("for")) && country
          || !(locativeOnly ? isLocative(s, m) : isVenueUse(s, m))) {
        continue;
      }
      if (m.value().type().equals("venue")) {
        if (venue == null) {
          venue = m.value();
        }
      } else if (city == null) {
        city = m.value();
      }
    }
    if (venue != null) {
      return venue.display();
    }
    return city == null ? null : city.display();
  }

  /** The people taking part in a clause, after the exclusions in the class comment. */
  private List<String> participants(SentenceFacts s, int from, int to, boolean joining, Set<Integer> claimed) {
    Set<String> out = new LinkedHashSet<>();
    for (ActorExtractor.Found a : s.actors) {
      if (!a.isPerson() || claimed.contains(a.begin)) {
        continue;
      }
      int t = s.text.tokenAtOrAfter(a.begin);
      if (t < from || t >= to) {
        continue;
      }
      int end = s.text.tokenAtOrAfter(a.end);
      if (!joining && isSpeaker(s, t, end) || isOtherPossessive(s, end) || isCallPartner(s, t)
          || isNotMeetingSubject(s, end) || isAbsent(s, end) || isPrincipal(s, t)) {
        continue;
      }
      out.add(a.actor);
    }
    return new ArrayList<>(out);
  }

  /** "Ushakov said", "said Peskov", "that Rubio described", "according to Zelenskyy" — unless "said he ...". */
  private boolean isSpeaker(SentenceFacts s, int first, int end) {
    if (end < s.to && s.lower(end).equals(":") && first == s.from) {
      // a headline "Trump: Witkoff met Putin" quotes its first name
      return true;
    }
    int k = end;
    // skip an appositive ("Kirill Dmitriev, the head of the fund, said") up to the next comma
    if (k < s.to && s.lower(k).equals(",")) {
      int j = k + 1;
      while (j < s.to && j < k + 12 && !s.lower(j).equals(",")) {
        j++;
      }
      boolean appositive = true;
      for (int a = k + 1; a < j; a++) {
        if (roleAt(s, a, "met") || roleAt(s, a, "meeting") || roleAt(s, a, "held")) {
          appositive = false;
        }
      }
      if (appositive && j < s.to && s.lower(j).equals(",") && j + 1 < s.to && roleAt(s, j + 1, "speech")
          && !s.lower(j + 1).equals("according")) {
        return !speaksOfSelf(s, j + 1);
      }
    }
    for (int j = end; j < Math.min(s.to, end + 3); j++) {
      if (s.lower(j).equals(",")) {
        break;
      }
      if (roleAt(s, j, "speech") && !s.lower(j).equals("according")) {
        return !speaksOfSelf(s, j);
      }
      if (roleAt(s, j, "met") || roleAt(s, j, "meeting") || roleAt(s, j, "planned")) {
        break;
      }
    }
    // "..., said Kremlin aide Yuri Ushakov" / "according to Ukrainian officials" — not "Ushakov said Trump and
    // Putin had agreed", where the name after the verb is its subject
    for (int j = first - 1; j >= Math.max(s.from, first - 4); j--) {
      if (roleAt(s, j, "speech")) {
        String prev = j > s.from ? s.lower(j - 1) : ",";
        return s.lower(j).equals("according") || prev.equals(",") || prev.equals("\"") || prev.equals("”")
            || prev.equals("'") || prev.equals("’");
      }
      if (s.lower(j).equals(",") || s.lower(j).equals("and")) {
        break;
      }
    }
    return false;
  }

  /** "Trump said on Thursday that he would meet Putin": the speaker speaks of himself (he, she, they, we). */
  private static boolean speaksOfSelf(SentenceFacts s, int speechToken) {
    for (int k = speechToken + 1; k < Math.min(s.to, speechToken + 6); k++) {
      String w = s.lower(k);
      if (w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we")) {
        return true;
      }
      if (w.equals(",") || w.equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** "Yermak's resignation": a possessive that is not about the meeting itself ("Putin's talks with ..."). */
  private boolean isOtherPossessive(SentenceFacts s, int end) {
    if (end >= s.to || !(s.lower(end).equals("'s"))) {
      return false;
    }
    for (int j = end + 1; j < Math.min(s.to, end + 3); j++) {
      if (roleAt(s, j, "meeting") || s.lower(j).equals("team") || s.lower(j).equals("delegation")) {
        return false;
      }
    }
    return true;
  }

  /** "The call with Putin", "spoke by phone with Putin". */
  private boolean isCallPartner(SentenceFacts s, int first) {
    for (int j = first - 1; j >= Math.max(s.from, first - 8); j--) {
      if (roleAt(s, j, "not_meeting")) {
        return true;
      }
      // "The call with Putin came a day before Trump hosted ...": a call of another clause
      if (roleAt(s, j, "met") || roleAt(s, j, "meeting") || CLAUSE_WORDS.contains(s.lower(j))) {
        return false;
      }
    }
    return false;
  }

  /** "Macron and Starmer spoke briefly with both men": the subject of a call or a chat, not of the meeting. */
  private boolean isNotMeetingSubject(SentenceFacts s, int end) {
    for (int j = end; j < Math.min(s.to, end + 4); j++) {
      if (roleAt(s, j, "not_meeting")) {
        return true;
      }
      if (roleAt(s, j, "met") || roleAt(s, j, "meeting") || s.lower(j).equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** "Kellogg was not part of the delegation". */
  /**
   * "Kellogg was not part of the delegation", "Putin and Zelenskyy did not attend", "Rubio and other envoys, though
   * they are not participating": the next absence cue, with no meeting word and no other subject in between.
   */
  private boolean isAbsent(SentenceFacts s, int end) {
    for (int j = end; j < Math.min(s.to, end + 12); j++) {
      if (roleAt(s, j, "absent")) {
        return true;
      }
      String w = s.lower(j);
      if (w.equals(";") || roleAt(s, j, "met") || roleAt(s, j, "meeting") || roleAt(s, j, "join")
          || roleAt(s, j, "held") || roleAt(s, j, "happened")) {
        return false;
      }
      // "Zelenskyy, who met X in Jeddah, did not take part": past a comma the cue is about someone else, unless a
      // pronoun takes the name up again (", though they are not participating")
      if (w.equals(",") && j > end && !(j + 2 < s.to && CONCESSIVE.contains(s.lower(j + 1))
          && PRONOUNS.contains(s.lower(j + 2)))) {
        return false;
      }
      if (personStartsAt(s, j) && j > end && !s.lower(j - 1).equals("and") && !s.lower(j - 1).equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> CONCESSIVE = Set.of("though", "although", "but", "yet");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

  private static boolean personStartsAt(SentenceFacts s, int t) {
    for (ActorExtractor.Found a : s.actors) {
      if (a.isPerson() && s.text.tokenAtOrAfter(a.begin) == t) {
        return true;
      }
    }
    return false;
  }

  /**
   * "an aide to Russian President Vladimir Putin", "son-in-law of US President Donald Trump", "a deadline set by
   * Trump": the person is named for whom someone works, not as someone at the table. Only titles may stand between
   * the cue and the name (a place does not: "the envoy to Ukraine, Keith Kellogg" is the envoy himself).
   */
  private static boolean isPrincipal(SentenceFacts s, int first) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (!m.value().equals("principal") || m.endToken() > first || first - m.endToken() > 4) {
        continue;
      }
      boolean titles = true;
      for (int k = m.endToken(); k < first && titles; k++) {
        String w = s.text.token(k);
        titles = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isPlaceToken(s, k);
      }
      if (titles) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlaceToken(SentenceFacts s, int t) {
    for (PhraseMatcher.Match<Vocabulary.Place> m : s.places) {
      if (t >= m.firstToken() && t < m.endToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean roleAt(SentenceFacts s, int t, String role) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.firstToken() == t && m.value().equals(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A meeting word: a meeting noun or verb, or a status phrase built on one ("will meet", "had been due to meet",
   * "possible talks", "could sit down", "would receive").
   */
  private static boolean isTrigger(PhraseMatcher.Match<String> m, SentenceFacts s) {
    if (m.value().equals("meeting") || m.value().equals("met")) {
      return true;
    }
    if (m.value().equals("join") || m.value().equals("speech") || m.value().equals("absent")
        || m.value().equals("not_meeting") || m.value().equals("principal") || m.value().equals("party")) {
      return false;
    }
    for (int t = m.firstToken(); t < m.endToken(); t++) {
      String w = s.lower(t);
      if (w.equals("meet") || w.equals("meeting") || w.equals("talks") || w.equals("summit") || w.equals("sit")
          || w.equals("receive")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTrigger(SentenceFacts s, int from, int to) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.firstToken() >= from && m.firstToken() < to && isTrigger(m, s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRole(SentenceFacts s, String role, int from, int to) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.firstToken() >= from && m.firstToken() < to && m.value().equals(role)) {
        return true;
      }
    }
    return false;
  }

  /** The clause around token t. */
  private static int[] clauseOf(SentenceFacts s, int t) {
    for (int[] c : clauses(s)) {
      if (t >= c[0] && t < c[1]) {
        return c;
      }
    }
    return new int[] {s.from, s.to};
  }

  /**
   * Clauses that can carry their own meeting: split at ";", ", while", ", but", ", with", ", whereas" and ", when"
   * ("the first meeting since 2022, when Blinken and Lavrov met in Geneva"). A clause
   * without a meeting word is merged into the previous one.
   */
  private static List<int[]> clauses(SentenceFacts s) {
    List<int[]> out = new ArrayList<>();
    int start = s.from;
    for (int t = s.from; t < s.to; t++) {
      String w = s.lower(t);
      boolean split = w.equals(";")
          || w.equals(",") && t + 1 < s.to && (s.lower(t + 1).equals("while") || s.lower(t + 1).equals("but")
          || s.lower(t + 1).equals("with") || s.lower(t + 1).equals("whereas") || s.lower(t + 1).equals("when"));
      if (split && t > start) {
        out.add(new int[] {start, t});
        start = t + 1;
      }
    }
    out.add(new int[] {start, s.to});
    List<int[]> merged = new ArrayList<>();
    for (int[] c : out) {
      boolean trigger = hasTrigger(s, c[0], c[1]);
      if (merged.isEmpty()) {
        merged.add(c);
      } else if (!trigger) {
        merged.get(merged.size() - 1)[1] = c[1];
      } else {
        int[] last = merged.get(merged.size() - 1);
        if (hasTrigger(s, last[0], last[1])) {
          merged.add(c);
        } else {
          last[1] = c[1];
        }
      }
    }
    return merged;
  }
}
