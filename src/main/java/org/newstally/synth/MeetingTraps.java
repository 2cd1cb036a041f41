package org.newstally.synth;

/**
 * Numbers around meetings that are not meeting records: call lengths, press conferences, waits, flights, breaks
 * and the figures of the plans being discussed. Each goes to other_numbers with the phrase it wrote.
 */
final class MeetingTraps {
  private MeetingTraps() {}

  /** A call between two people; {@code separately} opens with "Separately," for calls mentioned after talks. */
  static String phoneCall(ArticleDraft d, Person a, Person b, boolean separately) {
    Rand r = d.rand();
    String who = a.canonical() + " and " + b.canonical();
    if (r.chance(0.6)) {
      int minutes = r.between(4, 30) * 5;
      String evidence = minutes + "-minute phone call";
      d.other(minutes, "minutes of the phone call between " + who + " (not a meeting)", evidence);
      return (separately ? "Separately, " + d.titled(a) : NumberWords.capitalise(d.titled(a))) + " held "
          + Figures.indefinite(minutes) + " " + evidence + " with " + d.titled(b) + ", "
          + r.pick("officials said", "the Kremlin said", "the White House said") + ".";
    }
    int hours = r.between(1, 2);
    Qualifier q = r.pick(Qualifier.MORE_THAN, Qualifier.ALMOST, Qualifier.ABOUT);
    String hedge = q == Qualifier.ABOUT ? r.pick("about", "around", "roughly") : r.pick(q.phrases());
    String evidence = hedge + " " + (hours == 1 ? "an hour" : "two hours");
    d.other(hours, "hours of the phone call between " + who + " (not a meeting)", evidence, q);
    return d.titled(a) + " and " + d.titled(b) + " also spoke by phone for " + evidence + ", a conversation that "
        + "officials said had been arranged at short notice.";
  }

  static String pressConference(ArticleDraft d, Person p) {
    Rand r = d.rand();
    int hours = r.between(1, 4);
    String evidence = "about " + (hours == 1 ? "an hour" : NumberWords.words(hours, false) + " hours");
    d.other(hours, "hours the news conference lasted (about; not a meeting)", evidence, Qualifier.ABOUT);
    return d.titled(p) + " later gave a news conference that lasted " + evidence + ", taking questions mostly "
        + "about the war.";
  }

  static String briefing(ArticleDraft d, Person p) {
    Rand r = d.rand();
    int minutes = r.between(2, 6) * 5;
    String evidence = "about " + minutes + " minutes";
    d.other(minutes, "minutes of the briefing for reporters (about; not a meeting)", evidence, Qualifier.ABOUT);
    return d.titled(p) + " briefed reporters for " + evidence + " afterwards but gave few details.";
  }

  static String waiting(ArticleDraft d) {
    Rand r = d.rand();
    int hours = r.between(2, 7);
    String evidence = "more than " + NumberWords.words(hours, false) + " hours";
    d.other(hours, "hours reporters waited outside the venue (more than; not a meeting)", evidence,
        Qualifier.MORE_THAN);
    return "Reporters waited " + evidence + " outside the venue before the delegations emerged.";
  }

  static String breakInTalks(ArticleDraft d) {
    Rand r = d.rand();
    int hours = r.between(1, 3);
    String evidence = hours == 1 ? "one-hour break" : NumberWords.words(hours, false) + "-hour break";
    d.other(hours, "hours of the break in the talks (not a meeting)", evidence);
    return "The talks were interrupted by a " + evidence + " for consultations with capitals.";
  }

  /** The flight of a US envoy to talks abroad. */
  static String flight(ArticleDraft d, Person p) {
    Rand r = d.rand();
    int hours = r.between(3, 14);
    String evidence = hours + "-hour flight";
    d.other(hours, "hours of the flight from Washington (not a meeting)", evidence);
    return d.titled(p) + " will arrive after " + Figures.indefinite(hours) + " " + evidence
        + " from Washington, officials said.";
  }

  /** The figures of the plans on the table: points of a draft, days of a ceasefire, prisoners to be exchanged. */
  static String planNumbers(ArticleDraft d) {
    Rand r = d.rand();
    switch (r.index(3)) {
      case 0: {
        int points = r.between(12, 30);
        String evidence = points + "-point";
        d.other(points, "points in the draft peace plan", evidence);
        return "The document under discussion is " + Figures.indefinite(points) + " " + evidence
            + " draft that has been revised several times.";
      }
      case 1: {
        int days = r.pick(30, 60, 90);
        String evidence = days + "-day ceasefire";
        d.other(days, "days of the proposed ceasefire", evidence);
        return "Kyiv has said it is ready to back " + Figures.indefinite(days) + " " + evidence
            + " if Moscow agrees to the same terms.";
      }
      default: {
        int prisoners = r.between(5, 80) * 10;
        String evidence = prisoners + " prisoners";
        d.other(prisoners, "prisoners each side would release in the agreed exchange", evidence);
        return "The sides did agree on an exchange of " + evidence + " each, officials said.";
      }
    }
  }
}
