package org.newstally.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newstally.nlp.numbers.Kind;
import org.newstally.nlp.numbers.NumberMention;

/**
 * Meetings of one article: who met (named people only), where, when, for how long, and whether the meeting was
 * held, planned, cancelled, postponed, only possible, or explicitly not scheduled.
 *
 * <p>Rules:
 * <ul>
 *   <li>a meeting starts in a clause with a meeting word (met, talks, summit ...); its status comes from the cues of
 *       the clause, strongest first: cancelled, postponed, possible, not_scheduled, planned, held. A clause with only a
 *       neutral meeting word and no cue is not a report of a meeting.</li>
 *   <li>participants are the people named in the clause, except: the speaker of a reporting verb ("Ushakov said"),
 *       a possessive not about the meeting ("Yermak's resignation"), the other side of a phone call ("the call with
 *       Putin"), and people marked absent ("Kellogg was not part of the delegation").</li>
 *   <li>the next sentence adds its people when it says so ("was joined by", "led by", "took part", "accompanied
 *       by"); a meeting of unnamed delegations takes the people of such a sentence.</li>
 *   <li>duration only from the meeting's own sentences and never from a phone call, a wait, a flight or an alert
 *       (those sentences have no meeting word); date as for strikes, in the past for held meetings and in the future
 *       for planned ones.</li>
 * </ul>
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

  private final Vocabulary vocab;

  public MeetingExtractor(Vocabulary vocab) {
    this.vocab = vocab;
  }

  List<Event> extract(List<SentenceFacts> sentences, LocalDate published, Integer contextYear) {
    List<Event> events = new ArrayList<>();
    Event current = null;
    int currentSentence = -10;
    for (SentenceFacts s : sentences) {
      boolean join = hasRole(s, "join", s.from, s.to);
      if (join && current != null && s.index - currentSentence <= 2 && !startsOwnMeeting(s)) {
        for (String p : participants(s, s.from, s.to, true)) {
          current.participants.add(p);
        }
        fillDetails(current, s, s.from, s.to, published, contextYear);
        currentSentence = s.index;
        continue;
      }
      if (!hasRole(s, "meeting", s.from, s.to) && !hasRole(s, "met", s.from, s.to)) {
        continue;
      }
      Event previousInSentence = null;
      for (int[] clause : clauses(s)) {
        Event e = clauseEvent(s, clause[0], clause[1], published, contextYear);
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
        events.add(e);
        current = e;
        currentSentence = s.index;
        previousInSentence = e;
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (!e.participants.isEmpty()) {
        out.add(e);
      }
    }
    return out;
  }

  private static int rank(String status) {
    for (int i = 0; i < STATUS_PRIORITY.length; i++) {
      if (STATUS_PRIORITY[i].equals(status)) {
        return i;
      }
    }
    return STATUS_PRIORITY.length;
  }

  /** A sentence with its own past meeting verb and two people starts a new meeting even with a join word. */
  private boolean startsOwnMeeting(SentenceFacts s) {
    return hasRole(s, "met", s.from, s.to) && participants(s, s.from, s.to, false).size() >= 2
        && !hasRole(s, "absent", s.from, s.to);
  }

  private Event clauseEvent(SentenceFacts s, int from, int to, LocalDate published, Integer contextYear) {
    boolean trigger = hasRole(s, "meeting", from, to) || hasRole(s, "met", from, to);
    if (!trigger) {
      return null;
    }
    String status = null;
    for (String candidate : STATUS_PRIORITY) {
      if (hasRole(s, candidate, from, to)) {
        status = candidate;
        break;
      }
    }
    if (status == null && (hasRole(s, "met", from, to) || pastContext(s, from, to))) {
      status = "held";
    }
    if (status == null) {
      return null;
    }
    if (hasRole(s, "not_meeting", from, to) && !hasRole(s, "met", from, to) && !meetingNoun(s, from, to)) {
      return null;
    }
    Event e = new Event(s.index, status, s.sentence);
    e.participants.addAll(participants(s, from, to, false));
    fillDetails(e, s, from, to, published, contextYear);
    return e;
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
        if (w.equals("after") || w.equals("following")) {
          return true;
        }
      }
    }
    for (TimeResolver.Ref r : s.times) {
      if (r.firstToken >= from && r.firstToken < to && !r.reporting
          && (r.type == TimeResolver.Type.VAGUE_PAST || r.type == TimeResolver.Type.YESTERDAY || r.last)) {
        return true;
      }
    }
    return false;
  }

  /** "meeting", "talks", "summit" written out, not only "call" and a verb. */
  private static boolean meetingNoun(SentenceFacts s, int from, int to) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.firstToken() >= from && m.firstToken() < to && m.value().equals("meeting")) {
        String w = s.lower(m.firstToken());
        if (w.equals("meeting") || w.equals("talks") || w.equals("summit") || w.equals("session")) {
          return true;
        }
      }
    }
    return false;
  }

  private void fillDetails(Event e, SentenceFacts s, int from, int to, LocalDate published, Integer contextYear) {
    if (e.place == null) {
      e.place = place(s, from, to);
    }
    if (e.date == null) {
      TimeResolver.Ref ref = dateRef(s, from, to);
      if (ref != null) {
        e.date = e.status.equals("held") ? TimeResolver.resolvePast(ref, published, contextYear)
            : TimeResolver.resolveFuture(ref, published, contextYear);
      }
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

  /** A duration right after a call, a break, a wait or a trip is not the meeting's length. */
  private static boolean isTrap(SentenceFacts s, int t) {
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

  private TimeResolver.Ref dateRef(SentenceFacts s, int from, int to) {
    TimeResolver.Ref best = null;
    for (TimeResolver.Ref r : s.times) {
      if (r.firstToken < from || r.firstToken >= to || r.reporting) {
        continue;
      }
      if (r.type == TimeResolver.Type.DATE || r.type == TimeResolver.Type.WEEKDAY
          || r.type == TimeResolver.Type.TODAY || r.type == TimeResolver.Type.YESTERDAY
          || r.type == TimeResolver.Type.TOMORROW) {
        if (best == null) {
          best = r;
        }
      }
    }
    return best;
  }

  private static String place(SentenceFacts s, int from, int to) {
    Vocabulary.Place venue = null;
    Vocabulary.Place city = null;
    for (PhraseMatcher.Match<Vocabulary.Place> m : s.places) {
      if (m.firstToken() < from || m.firstToken() >= to) {
        continue;
      }
      String prev = m.firstToken() > s.from ? s.lower(m.firstToken() - 1) : "";
      if (prev.equals("from") || prev.equals("to") && m.value().type().equals("country")) {
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
  private List<String> participants(SentenceFacts s, int from, int to, boolean joining) {
    Set<String> out = new LinkedHashSet<>();
    for (ActorExtractor.Found a : s.actors) {
      if (!a.isPerson()) {
        continue;
      }
      int t = s.text.tokenAtOrAfter(a.begin);
      if (t < from || t >= to) {
        continue;
      }
      int end = s.text.tokenAtOrAfter(a.end);
      if (!joining && isSpeaker(s, t, end) || isOtherPossessive(s, end) || isCallPartner(s, t)
          || isAbsent(s, end)) {
        continue;
      }
      out.add(a.actor);
    }
    return new ArrayList<>(out);
  }

  /** "Ushakov said", "said Peskov", "that Rubio described", "according to Zelenskyy". */
  private boolean isSpeaker(SentenceFacts s, int first, int end) {
    int k = end;
    // skip an appositive ("Kirill Dmitriev, the head of the fund, said") up to the next comma
    if (k < s.to && s.lower(k).equals(",")) {
      int j = k + 1;
      while (j < s.to && j < k + 12 && !s.lower(j).equals(",")) {
        j++;
      }
      if (j < s.to && s.lower(j).equals(",") && j + 1 < s.to && roleAt(s, j + 1, "speech")) {
        return true;
      }
    }
    for (int j = end; j < Math.min(s.to, end + 3); j++) {
      if (s.lower(j).equals(",")) {
        break;
      }
      if (roleAt(s, j, "speech") && !s.lower(j).equals("according")) {
        // "Trump said he would meet Putin": the speaker speaks of himself
        int next = j + 1;
        if (next < s.to && s.lower(next).equals("that")) {
          next++;
        }
        return !(next < s.to && (s.lower(next).equals("he") || s.lower(next).equals("she")
            || s.lower(next).equals("they") || s.lower(next).equals("we")));
      }
      if (roleAt(s, j, "met") || roleAt(s, j, "meeting") || roleAt(s, j, "planned")) {
        break;
      }
    }
    // "..., said Kremlin aide Yuri Ushakov" / "according to Ukrainian officials"
    for (int j = first - 1; j >= Math.max(s.from, first - 4); j--) {
      if (roleAt(s, j, "speech")) {
        return true;
      }
      if (s.lower(j).equals(",") || s.lower(j).equals("and")) {
        break;
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
    for (int j = first - 1; j >= Math.max(s.from, first - 3); j--) {
      if (roleAt(s, j, "not_meeting")) {
        return true;
      }
    }
    return false;
  }

  /** "Kellogg was not part of the delegation". */
  private boolean isAbsent(SentenceFacts s, int end) {
    for (int j = end; j < Math.min(s.to, end + 2); j++) {
      if (roleAt(s, j, "absent")) {
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

  private static boolean hasRole(SentenceFacts s, String role, int from, int to) {
    for (PhraseMatcher.Match<String> m : s.meetingTerms) {
      if (m.firstToken() >= from && m.firstToken() < to && m.value().equals(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Clauses that can carry their own meeting: split at ";", ", while", ", but", ", with" and ", and" when a new
   * subject follows. A clause without a meeting word is merged into the previous one.
   */
  private static List<int[]> clauses(SentenceFacts s) {
    List<int[]> out = new ArrayList<>();
    int start = s.from;
    for (int t = s.from; t < s.to; t++) {
      String w = s.lower(t);
      boolean split = w.equals(";")
          || w.equals(",") && t + 1 < s.to && (s.lower(t + 1).equals("while") || s.lower(t + 1).equals("but")
          || s.lower(t + 1).equals("with") || s.lower(t + 1).equals("whereas"));
      if (split && t > start) {
        out.add(new int[] {start, t});
        start = t + 1;
      }
    }
    out.add(new int[] {start, s.to});
    // clauses without a meeting word belong to their neighbour
    List<int[]> merged = new ArrayList<>();
    for (int[] c : out) {
      boolean trigger = hasRole(s, "meeting", c[0], c[1]) || hasRole(s, "met", c[0], c[1]);
      if (!trigger && !merged.isEmpty()) {
        merged.get(merged.size() - 1)[1] = c[1];
      } else if (!trigger && merged.isEmpty()) {
        merged.add(c);
      } else if (!merged.isEmpty() && !(hasRole(s, "meeting", merged.get(merged.size() - 1)[0],
          merged.get(merged.size() - 1)[1]) || hasRole(s, "met", merged.get(merged.size() - 1)[0],
          merged.get(merged.size() - 1)[1]))) {
        merged.get(merged.size() - 1)[1] = c[1];
      } else {
        merged.add(c);
      }
    }
    return merged;
  }
}
