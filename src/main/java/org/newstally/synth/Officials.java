package org.newstally.synth;

import java.util.List;

/** Invented officials for strike and aftermath stories, and the things they are quoted as saying (no figures). */
final class Officials {
  static final List<String> QUOTES = List.of(
      "{P} said repair crews were already at the damaged sites and asked residents to use electricity sparingly in "
          + "the evening.",
      "{P} said the attack had been aimed squarely at civilian infrastructure.",
      "{P} urged residents to stay in shelters until the all-clear and to rely only on official channels for "
          + "updates.",
      "{P} said all emergency services were at work and that the situation was under control.",
      "{P} said it would take time to establish the full extent of the damage.",
      "{P} thanked the air defence crews who had worked through the night.");

  private Officials() {}

  static Person regionalHead(ArticleDraft d, Gazetteer.City c) {
    return Cast.invent(d.rand(), d, Side.UKRAINE, "regional governor",
        "the head of the " + c.region() + " regional military administration");
  }

  static Person mayor(ArticleDraft d, Gazetteer.City c) {
    return Cast.invent(d.rand(), d, Side.UKRAINE, c.name() + " mayor", "the mayor of " + c.name());
  }

  static Person energyMinister(ArticleDraft d) {
    return Cast.invent(d.rand(), d, Side.UKRAINE, "Energy Minister", "Ukraine's energy minister");
  }

  static Person resident(ArticleDraft d, Gazetteer.City c) {
    return Cast.invent(d.rand(), d, Side.UKRAINE, "",
        d.rand().pick("a retired teacher", "a nurse", "a bus driver", "a shop owner", "an engineer",
            "a university student", "a pensioner", "a volunteer") + " from " + c.name());
  }

  /** A quote from the official, as a sentence starting with their name. */
  static String quote(ArticleDraft d, Person official) {
    return NumberWords.capitalise(d.rand().pick(QUOTES).replace("{P}", d.described(official)));
  }
}
