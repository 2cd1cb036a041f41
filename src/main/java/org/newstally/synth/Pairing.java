package org.newstally.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Who meets whom: the people named in a meeting sentence, the people who may be named as also attending, an
 * unnamed counterpart when one side is not named, and where such a meeting would take place.
 */
final class Pairing {
  final List<Person> first;
  final List<Person> second;
  final List<Person> extras;
  final String unnamedCounterpart;
  final List<Gazetteer.Venue> venues;
  final String topic;

  private Pairing(List<Person> first, List<Person> second, List<Person> extras, String unnamedCounterpart,
      List<Gazetteer.Venue> venues, String topic) {
    this.first = first;
    this.second = second;
    this.extras = extras;
    this.unnamedCounterpart = unnamedCounterpart;
    this.venues = venues;
    this.topic = topic;
  }

  private static final List<String> TOPICS = List.of("the US peace framework", "security guarantees for Ukraine",
      "a possible ceasefire", "prisoner exchanges", "the future of sanctions", "energy security",
      "a reconstruction fund for Ukraine", "the latest draft of the peace plan");

  /** A random plausible pairing; invented officials are created through the draft. */
  static Pairing draw(Rand r, ArticleDraft d) {
    String topic = r.pick(TOPICS);
    switch (r.index(9)) {
      case 0:
      case 1: {
        List<Person> us = new ArrayList<>(List.of(Cast.WITKOFF));
        if (r.chance(0.4)) {
          us.add(Cast.KUSHNER);
        }
        boolean putin = r.chance(0.6);
        List<Gazetteer.Venue> venues = putin
            ? List.of(new Gazetteer.Venue("Kremlin, Moscow", "at the Kremlin"), new Gazetteer.Venue("Moscow",
                "in Moscow"), new Gazetteer.Venue("St Petersburg", "in St Petersburg"))
            : Gazetteer.US_RUSSIA_VENUES;
        return new Pairing(us, List.of(putin ? Cast.PUTIN : Cast.DMITRIEV),
            putin ? List.of(Cast.USHAKOV, Cast.DMITRIEV) : List.of(Cast.USHAKOV), null, venues, topic);
      }
      case 2:
        return new Pairing(List.of(Cast.RUBIO), List.of(Cast.LAVROV), List.of(Cast.WITKOFF, Cast.USHAKOV), null,
            List.of(new Gazetteer.Venue("Riyadh", "in Riyadh"), new Gazetteer.Venue("Istanbul", "in Istanbul"),
                new Gazetteer.Venue("Geneva", "in Geneva"), new Gazetteer.Venue("Doha", "in Doha")), topic);
      case 3:
      case 4: {
        List<Person> us = r.sample(List.of(Cast.WITKOFF, Cast.RUBIO, Cast.DRISCOLL, Cast.KUSHNER, Cast.KELLOGG),
            r.between(1, 2));
        Person ua = r.pick(Cast.ZELENSKYY, Cast.UMEROV, Cast.UMEROV, Cast.YERMAK);
        List<Person> extras = new ArrayList<>();
        extras.add(ua == Cast.UMEROV ? Cast.YERMAK : Cast.UMEROV);
        extras.add(Cast.invent(r, d, Side.UKRAINE, "First Deputy Foreign Minister",
            "Ukraine's first deputy foreign minister"));
        return new Pairing(us, List.of(ua), extras, null, Gazetteer.US_UKRAINE_VENUES, topic);
      }
      case 5:
        return new Pairing(List.of(Cast.ZELENSKYY), List.of(r.pick(Cast.EUROPEAN_LEADERS)),
            List.of(Cast.SYBIHA), null, Gazetteer.EUROPE_VENUES, topic);
      case 6:
        return new Pairing(List.of(Cast.TRUMP), List.of(r.pick(Cast.ZELENSKYY, Cast.PUTIN)),
            List.of(Cast.RUBIO, Cast.WITKOFF), null,
            List.of(new Gazetteer.Venue("White House", "at the White House"), new Gazetteer.Venue("Budapest",
                "in Budapest"), new Gazetteer.Venue("Davos", "in Davos"), new Gazetteer.Venue("Rome", "in Rome")),
            topic);
      case 7: {
        Person russian = Cast.invent(r, d, Side.RUSSIA, "Russian Deputy Foreign Minister",
            "a Russian deputy foreign minister");
        return new Pairing(List.of(Cast.UMEROV), List.of(russian), List.of(Cast.invent(r, d, Side.UKRAINE,
            "Deputy Defence Minister", "a Ukrainian deputy defence minister")), null,
            Gazetteer.RUSSIA_UKRAINE_VENUES, topic);
      }
      default:
        return new Pairing(List.of(r.pick(Cast.DRISCOLL, Cast.WITKOFF)), List.of(), List.of(),
            r.pick("a Russian delegation", "a Russian team"),
            List.of(new Gazetteer.Venue("Abu Dhabi", "in Abu Dhabi"), new Gazetteer.Venue("Doha", "in Doha")),
            topic);
    }
  }

  /** A pairing of named people with no extras, e.g. for statements that a meeting is off. */
  static Pairing of(List<Person> first, List<Person> second, List<Gazetteer.Venue> venues) {
    return new Pairing(first, second, List.of(), null, venues, "the war");
  }

  /** Both named sides, first side first. */
  List<Person> named() {
    List<Person> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
