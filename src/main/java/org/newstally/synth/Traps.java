package org.newstally.synth;

import java.util.Locale;

/**
 * Sentences carrying numbers that are not strike or meeting records: casualties, regional sub-counts, Russian MoD
 * claims, outages, alert lengths. Each records its {@code other_numbers} entry with the phrase it wrote.
 */
final class Traps {
  private Traps() {}

  /** "At least three people were killed and 14 injured in Kharkiv, ..." */
  static String casualties(ArticleDraft d, Figures f, Gazetteer.City city, Person official) {
    Rand r = d.rand();
    int killed = r.between(1, 12);
    int injured = r.between(2, 60);
    boolean hedged = r.chance(0.5);
    String people = killed == 1 ? "one person was killed" : f.small(killed) + " people were killed";
    String killedEvidence = NumberWords.capitalise((hedged ? "at least " : "") + people);
    d.other(killed, "people killed in " + city.name() + (hedged ? " (at least)" : ""), killedEvidence,
        hedged ? Qualifier.AT_LEAST : Qualifier.EXACT);
    String injuredEvidence = f.small(injured) + " injured";
    d.other(injured, "people injured in " + city.name(), injuredEvidence);
    return killedEvidence + " and " + injuredEvidence + " in " + city.name() + ", " + d.titled(official) + " said.";
  }

  /** "Over the Lviv region, air defence destroyed 19 drones, ..." — a regional sub-count, not a national figure. */
  static String regionalSubCount(ArticleDraft d, Figures f, Gazetteer.City city, Night night, Person official) {
    Rand r = d.rand();
    int drones = r.between(2, Math.max(2, Math.min(40, night.dronesDowned() / 3)));
    String evidence = r.pick("destroyed ", "shot down ") + f.small(drones) + " drones";
    d.other(drones, "drones downed over " + city.regionPhrase() + " (regional sub-count)", evidence);
    switch (r.index(3)) {
      case 0:
        return "Over " + city.regionPhrase() + ", air defence " + evidence + ", " + d.titled(official) + " said.";
      case 1:
        return d.described(official) + " said air defence units had " + evidence + " over the region during the "
            + "night.";
      default:
        return "In " + city.regionPhrase() + " alone, air defence " + evidence + ", according to "
            + d.titled(official) + ".";
    }
  }

  /** A Russian MoD claim about Ukrainian drones over Russia: not a strike on Ukraine. */
  static String modClaim(ArticleDraft d, Figures f) {
    Rand r = d.rand();
    int drones = r.between(8, 180);
    String verb = r.pick("shot down", "destroyed", "intercepted and destroyed");
    String evidence = verb + " " + f.small(drones) + " Ukrainian drones";
    d.other(drones, "Ukrainian drones Russia says it " + verb + " over Russian regions (Russian MoD claim)",
        evidence);
    return r.pick(
        "Russia's defence ministry said its air defences had " + evidence + " over Russian regions overnight.",
        "In Moscow, the defence ministry claimed it had " + evidence + " over several Russian regions during the "
            + "night.",
        "Russia's defence ministry, for its part, said it had " + evidence + " over its territory.");
  }

  /** Households or customers without power. */
  static String outage(ArticleDraft d, Gazetteer.City city) {
    Rand r = d.rand();
    int value = r.pick(5, 8, 12, 20, 35, 40, 60, 80, 120, 150, 200, 250, 320) * 1000;
    Qualifier q = r.pick(Qualifier.ABOUT, Qualifier.MORE_THAN, Qualifier.EXACT);
    String noun = r.pick("households", "customers", "homes");
    String phrase = (q == Qualifier.EXACT ? "" : r.pick(q.phrases()) + " ") + NumberWords.digits(value) + " " + noun;
    String object = noun + " without electricity in " + city.regionPhrase()
        + (q == Qualifier.EXACT ? "" : " (" + q.goldName().replace('_', ' ') + ")");
    switch (r.index(3)) {
      case 0:
        return d.other(value, object, NumberWords.capitalise(phrase), q) + " in " + city.regionPhrase()
            + " were left without power, the regional distribution company said.";
      case 1:
        return "By mid-morning, " + d.other(value, object, phrase, q) + " in " + city.regionPhrase()
            + " were still without electricity.";
      default:
        return "The regional power company said " + d.other(value, object, phrase, q) + " had lost electricity in "
            + city.regionPhrase() + ".";
    }
  }

  /** Number of locations hit. */
  static String locations(ArticleDraft d, Figures f) {
    Rand r = d.rand();
    int hits = r.between(2, 25);
    String evidence = f.small(hits) + " locations";
    d.other(hits, "locations where hits were recorded", evidence);
    return r.pick("Hits were recorded at " + evidence + ", the air force said.",
        "The air force said hits had been recorded at " + evidence + " across the country.");
  }

  /** "an air raid alert that lasted nearly five hours": a duration that is not a meeting. */
  static String alert(ArticleDraft d, Figures f, Gazetteer.City city) {
    Rand r = d.rand();
    int hours = r.between(2, 9);
    Qualifier q = r.pick(Qualifier.ALMOST, Qualifier.MORE_THAN, Qualifier.ABOUT, Qualifier.EXACT);
    String hedge = q == Qualifier.EXACT ? "" : r.pick(q.phrases()) + " ";
    String evidence = hedge + f.small(hours) + " hours";
    d.other(hours, "hours the air raid alert lasted in " + city.name() + " (not a meeting)", evidence, q);
    return r.pick("In " + city.name() + ", the air raid alert lasted " + evidence + ".",
        "The alert in " + city.name() + " lasted " + evidence + ", one of the longest this year.");
  }

  /** "power will be off for about four hours at a time": an outage schedule, not a meeting. */
  static String outageSchedule(ArticleDraft d, Figures f, Gazetteer.City city) {
    Rand r = d.rand();
    int hours = r.between(2, 6);
    String evidence = "about " + f.small(hours) + " hours";
    d.other(hours, "hours of power per outage-schedule cycle in " + city.regionPhrase() + " (about; not a meeting)",
        evidence, Qualifier.ABOUT);
    return String.format(Locale.ROOT, "Tomorrow's schedules for %s cut power in blocks of %s, the distribution "
        + "company said, and may change at short notice.", city.regionPhrase(), evidence);
  }

  /** A victim's age. */
  static String victimAge(ArticleDraft d, Gazetteer.City city) {
    Rand r = d.rand();
    int age = r.between(19, 88);
    String who = r.pick("man", "woman");
    String evidence = Figures.indefinite(age) + " " + age + "-year-old " + who;
    d.other(age, "age of a " + who + " injured in " + city.name(), evidence);
    return "Among the injured in " + city.name() + " was " + evidence + ", who was taken to hospital with shrapnel "
        + "wounds.";
  }
}
