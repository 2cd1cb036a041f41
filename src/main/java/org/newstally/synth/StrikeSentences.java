package org.newstally.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences that carry strike figures, in the registers of the different styles. Each builder writes the
 * sentence and the gold fields it supports into the same record, from the same choices.
 */
final class StrikeSentences {
  private static final String[] TAILS = {
    "hitting energy facilities in several regions",
    "damaging homes and power lines",
    "the latest in a run of strikes on the power grid",
    "targeting gas production sites in the west of the country",
    "in one of the heaviest attacks of the year",
    "forcing emergency power cuts across much of the country",
    "damaging rail infrastructure and warehouses",
    "with much of the barrage aimed at the capital"
  };

  private StrikeSentences() {}

  static String tail(Rand r) {
    return r.chance(0.6) ? ", " + r.pick(TAILS) : "";
  }

  private static String attribution(Rand r, LocalDate truePublished) {
    return r.pick("the air force said", "Ukraine's air force said",
        "the Ukrainian air force said on " + TimeRef.weekday(truePublished),
        "the air force said in its morning report", "according to Ukraine's air force");
  }

  /** The record sentence of a wire report: the figures in the lede. */
  static String wireLede(Rand r, Figures f, Launch l, TimeRef t, LocalDate truePublished) {
    String p = l.phrase(f);
    switch (r.index(5)) {
      case 0:
        return "Russia launched " + p + " at Ukraine " + t.phrase() + ", " + attribution(r, truePublished)
            + tail(r) + ".";
      case 1:
        return "Russia attacked Ukraine " + t.phrase() + " with " + p + ", " + attribution(r, truePublished)
            + tail(r) + ".";
      case 2:
        return t.capitalised() + ", Russia sent " + p + " against Ukrainian cities, according to the air force"
            + tail(r) + ".";
      case 3:
        return "The air force said Russia had fired " + p + " at Ukraine " + t.phrase() + tail(r) + ".";
      default:
        return "Russian forces fired " + p + " at targets across Ukraine " + t.phrase() + ", "
            + attribution(r, truePublished) + ".";
    }
  }

  /** A hedged lede with no record of its own: the exact figures come later, and the hedge goes in lead_hedge. */
  static String hedgedLede(Rand r, Figures f, Launch hedged, TimeRef t) {
    return r.pick(
        "Russia sent " + hedged.phrase(f) + hedged.vagueRest() + " into Ukraine " + t.phrase()
            + ", keeping air defence crews busy across the country until dawn.",
        "Russia attacked Ukraine " + t.phrase() + " with " + hedged.phrase(f) + hedged.vagueRest()
            + ", officials said, as explosions were heard in several cities.");
  }

  /** The exact figures after a hedged lede. */
  static String exactAfterHedge(Rand r, Figures f, Launch exact) {
    return r.pick(
        "In its morning report, the air force put the number at " + exact.phrase(f) + ".",
        "The air force later gave the full figures: " + exact.phrase(f) + " had been launched.",
        "According to the final air force tally, Russia used " + exact.phrase(f) + ".");
  }

  static String liveLede(Rand r, Figures f, Launch l, TimeRef t) {
    return r.pick(
        "The air force says Russia launched " + l.phrase(f) + " " + t.phrase() + tail(r) + ".",
        "Russia used " + l.phrase(f) + " in the attack " + t.phrase() + ", the air force now says.",
        "The air force has published its figures: Russia launched " + l.phrase(f) + " " + t.phrase() + ".");
  }

  static String bulletinLede(Rand r, Figures f, Launch l, TimeRef t) {
    String p = l.phrase(f, r.pick("attack UAVs of the Shahed type and imitator drones", "attack UAVs"),
        r.pick("missiles of various types", "missiles"), r.pick("means of air attack", "air attack weapons"));
    return r.pick(
        t.capitalised() + ", the enemy attacked Ukraine with " + p + ", the Air Force of the Armed Forces of "
            + "Ukraine reports.",
        t.capitalised() + ", the enemy launched " + p + " against Ukraine, according to the Air Force Command.");
  }

  static String opinionLede(Rand r, Figures f, Launch l, TimeRef t) {
    return r.pick(
        t.capitalised() + ", Russia sent " + l.phrase(f) + " against "
            + r.pick("Ukraine's power system", "Ukrainian cities", "the country's energy grid") + ", "
            + r.pick("and most of them were stopped.", "and the damage will take months to repair."),
        "When Russia fired " + l.phrase(f) + " at Ukraine " + t.phrase() + ", the story made the front pages "
            + "for barely a day.");
  }

  static String eveningLede(Rand r, Figures f, Launch l, TimeRef t, String city) {
    return r.pick(
        t.capitalised() + " Russia sent " + l.phrase(f) + " against Ukraine, and by this evening repair crews in "
            + city + " were still working to restore heat and power.",
        "The attack " + t.phrase() + " involved " + l.phrase(f) + ", the air force said, and the clean-up in "
            + city + " went on as darkness fell.");
  }

  static String featureLede(Rand r, Figures f, Launch l, TimeRef t) {
    return r.pick(
        "According to the air force, Russia launched " + l.phrase(f) + " " + t.phrase() + tail(r) + ".",
        "Air force figures show that Russia sent " + l.phrase(f) + " against Ukraine " + t.phrase() + ".",
        "The attack " + t.phrase() + " was one of many: Russia used " + l.phrase(f) + ", the air force said.");
  }

  /** A back-reference to an earlier night, which is its own record. */
  static String backReference(Rand r, Figures f, Launch l, TimeRef t) {
    return r.pick(
        t.capitalised() + ", Russia had fired " + l.phrase(f) + " at Ukraine, the air force said at the time.",
        "The strike came days after Russia launched " + l.phrase(f) + " " + t.phrase() + tail(r) + ".",
        "That followed an attack " + t.phrase() + ", when Russia sent " + l.phrase(f)
            + " against Ukrainian cities.");
  }

  /**
   * The downed figures (and the drones lost to jamming) as one or two sentences. Sets drones_downed /
   * missiles_downed, qualifier_downed, drones_lost_jammed and jammed_evidence; the caller decides whether the first
   * sentence is downed_evidence (it is, unless it is also the record's evidence).
   *
   * @param voice "wire", "live" or "bulletin"
   */
  static List<String> downed(Rand r, Figures f, Night n, StrikeRecord rec, String voice) {
    List<String> out = new ArrayList<>();
    boolean drones = n.dronesDowned() > 0 && n.drones() > 0;
    boolean missiles = n.missilesDowned() > 0 && n.missiles() > 0;
    if (!drones && !missiles) {
      return out;
    }
    String verb = "bulletin".equals(voice)
        ? r.pick("shot down", "neutralised", "shot down or suppressed", "destroyed")
        : r.pick("shot down", "shot down", "destroyed", "intercepted", "neutralised", "shot down or suppressed");
    if (verb.equals("shot down or suppressed")) {
      rec.addNote("\"shot down or suppressed\" counted as downed");
    }
    Hedge droneHedge = drones && !missiles && !"bulletin".equals(voice)
        ? Hedge.of(r, n.dronesDowned(), Hedge.someQualifier(r, 0.3)) : Hedge.exact(n.dronesDowned());
    String droneNoun = "bulletin".equals(voice) ? "UAVs" : "drones";
    List<String> parts = new ArrayList<>();
    if (drones) {
      rec.dronesDowned = droneHedge.value();
      if (droneHedge.hedged()) {
        rec.qualifierDowned = droneHedge.qualifier();
      }
      parts.add(droneHedge.around(Figures.counted(f.lead(droneHedge.value()), droneHedge.value(), droneNoun)));
    }
    if (missiles) {
      rec.missilesDowned = n.missilesDowned();
      parts.add(r.chance(0.5) ? 0 : parts.size(),
          Figures.counted(f.lead(n.missilesDowned()), n.missilesDowned(), "missiles"));
    }
    String list = Figures.list(parts);
    int jammed = n.dronesJammed();
    boolean mentionJammed = jammed > 0 && n.drones() > 0 && r.chance(0.75);
    boolean jammedInline = mentionJammed && r.chance(0.5);
    String jam = "";
    if (mentionJammed) {
      rec.dronesLostJammed = jammed;
      rec.addNote("drones lost from radar (electronic warfare) kept apart from downed");
      String j = Figures.counted(f.small(jammed), jammed, droneNoun) + " " + Figures.were(jammed);
      if (jammedInline) {
        jam = "bulletin".equals(voice)
            ? "; " + j + " locationally lost without negative consequences"
            : r.pick(", while " + j + " lost from radar",
                ", and a further " + j + " \"locationally lost\" to electronic warfare");
      }
    }
    String sentence;
    switch (voice) {
      case "bulletin":
        sentence = "As of " + r.pick("08:00", "09:00", "10:30", "11:00") + ", " + list + " had been " + verb + jam
            + ".";
        break;
      case "live":
        sentence = "The air force has updated its figures: " + list + " " + (parts.size() == 1
            ? Figures.were(drones ? droneHedge.value() : n.missilesDowned()) : "were") + " " + verb + jam + ".";
        break;
      default:
        switch (r.index(3)) {
          case 0:
            sentence = "Air defences " + verb + " " + list + ", the air force said" + jam + ".";
            break;
          case 1:
            sentence = "Of those, " + list + " " + (parts.size() == 1
                ? Figures.were(drones ? droneHedge.value() : n.missilesDowned()) : "were") + " " + verb + jam
                + ", it said.";
            break;
          default:
            sentence = "The air force said " + list + " had been " + verb + jam + ".";
        }
    }
    out.add(sentence);
    if (mentionJammed && !jammedInline) {
      String j = NumberWords.capitalise(r.pick("another ", "a further ")) + Figures.counted(f.small(jammed),
          jammed, "drones") + " " + Figures.were(jammed);
      String jamSentence = r.pick(
          j + " lost from radar, which usually means brought down or diverted by electronic warfare.",
          j + " recorded as \"locationally lost\", the air force's term for drones that vanish from tracking, "
              + "usually because of jamming.");
      rec.jammedEvidence = jamSentence;
      out.add(jamSentence);
    }
    return out;
  }

  /** The per-type breakdown of the missiles launched: never added to the total, its own evidence. */
  static String breakdown(Rand r, Figures f, Night n, StrikeRecord rec, boolean bulletin) {
    List<String> items = new ArrayList<>();
    rec.missilesBreakdown = StrikeRecord.breakdown();
    for (Night.MissileCount t : n.missileTypes()) {
      String number = bulletin ? NumberWords.digits(t.launched()) : f.small(t.launched());
      items.add(Figures.counted(number, t.launched(), t.name() + " " + t.kind()));
      rec.missilesBreakdown.put(t.key(), t.launched());
    }
    String list = Figures.list(items);
    String sentence = bulletin ? "Among the missiles: " + list + "."
        : r.pick("The missiles included " + list + ".", "Among the missiles were " + list + ", the air force said.",
            "According to the air force, the barrage included " + list + ".");
    rec.missilesEvidence = sentence;
    return sentence;
  }

  /** The downed missiles per type, when the record already states the downed missile total. */
  static String downedBreakdown(Figures f, Night n, StrikeRecord rec) {
    List<String> items = new ArrayList<>();
    rec.missilesDownedBreakdown = StrikeRecord.breakdown();
    for (Night.MissileCount t : n.missileTypes()) {
      if (t.downed() > 0) {
        items.add(Figures.counted(f.small(t.downed()), t.downed(), t.name() + " " + t.kind()));
        rec.missilesDownedBreakdown.put(t.key(), t.downed());
      }
    }
    return "Those brought down included " + Figures.list(items) + ".";
  }

  /** True when a downed breakdown can be printed without contradicting the record. */
  static boolean downedBreakdownFits(Night n, StrikeRecord rec) {
    return n.breakdownPrintable() && rec.missilesDowned != null && rec.missilesDowned == n.missilesDowned()
        && n.missileTypes().stream().mapToInt(Night.MissileCount::downed).sum() == n.missilesDowned()
        && n.missilesDowned() > 0;
  }
}
