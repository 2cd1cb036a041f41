package org.newstally.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The strike styles: wire report, live blog, feature, opinion piece, regional bulletin, evening article, and the
 * wire report with a meeting paragraph (mixed). Each writes the text and its gold in one pass.
 */
final class StrikeStories {
  private static final List<String> LIVE_OPENINGS = List.of(
      "Good morning. Air raid alerts have been sounding across most of the country for hours, and we will follow "
          + "the attack and its aftermath here.",
      "Good morning. Another night of drones and missiles: this blog will track the attack as it unfolds.",
      "We are following what looks like another combined attack on Ukraine's cities and power grid. Alerts are in "
          + "force nationwide.");
  private static final List<String> LIVE_ENTRIES = List.of(
      "Explosions reported in {city} and {otherCity}. Local channels show smoke rising over an industrial area.",
      "The air force warns that missiles have been launched and urges everyone to stay in shelters.",
      "Metro stations in the capital are open as shelters and are filling up, our correspondent reports.",
      "Ukrenergo announces emergency power cuts in several regions, including {region}.",
      "The all-clear has sounded in {city}, though alerts remain in force in the east.",
      "Power has been restored to some districts of {city}, the local distribution company says.",
      "Our correspondent in {city} reports queues at cafes that have generators, as people look for somewhere to "
          + "charge their phones.",
      "Rail operator Ukrzaliznytsia says several trains are delayed because of damage to the power supply.",
      "Firefighters in {region} say they have put out a large fire at an industrial site. No details yet on what "
          + "was hit.");

  private StrikeStories() {}

  /** What every strike story shares: the night, the dates, the draft, the places. */
  private static final class Setup {
    final NightSource nights;
    final int nightIndex;
    final Night night;
    final ArticleDraft d;
    final Rand r;
    final Figures f;
    final Gazetteer.City city;
    final Gazetteer.City otherCity;
    final int target;

    Setup(Rand r, NightSource nights, int nightIndex, int daysAfter, boolean allowNullPublished) {
      this.nights = nights;
      this.nightIndex = nightIndex;
      this.night = nights.night(nightIndex);
      this.r = r;
      LocalDate truePublished = night.nightEnd().plusDays(daysAfter);
      this.d = new ArticleDraft(r, allowNullPublished && r.chance(0.3) ? null : truePublished, truePublished);
      this.f = new Figures(r, r.chance(0.12));
      List<Gazetteer.City> two = r.sample(Gazetteer.CITIES, 2);
      this.city = two.get(0);
      this.otherCity = two.get(1);
      this.target = r.between(1500, 2250);
    }

    String fill(String template) {
      return Filler.fill(template, d, city, otherCity);
    }

    void pad(List<List<String>> pools) {
      Filler.pad(d, target, city, otherCity, pools);
    }
  }

  static ArticleDraft write(ArticleKind kind, Rand r, NightSource nights, int nightIndex) {
    switch (kind) {
      case WIRE:
        return wire(new Setup(r, nights, nightIndex, 0, true), false);
      case MIXED:
        return wire(new Setup(r, nights, nightIndex, 0, true), true);
      case LIVE_BLOG:
        return liveBlog(new Setup(r, nights, nightIndex, 0, true));
      case FEATURE:
        return feature(new Setup(r, nights, nightIndex, r.between(0, 2), true));
      case OPINION:
        return opinion(new Setup(r, nights, nightIndex, r.between(2, 6), true));
      case BULLETIN:
        return bulletin(new Setup(r, nights, nightIndex, 0, true));
      case EVENING:
        return evening(new Setup(r, nights, nightIndex, 0, true));
      default:
        throw new IllegalArgumentException(kind + " is not a strike style");
    }
  }

  // --- wire --------------------------------------------------------------------------------------------------

  private static ArticleDraft wire(Setup s, boolean withMeeting) {
    ArticleDraft d = s.d;
    Rand r = s.r;
    d.source(r.pick(Gazetteer.OUTLETS));
    d.note(withMeeting ? "Wire report with meeting news (mixed)." : "Wire report, figures in the lede.");
    TimeRef t = r.chance(0.25)
        ? TimeRef.onWeekday("overnight into %s", s.night.nightEnd(), d.published())
        : TimeRef.overnight(r, s.night.nightEnd(), d.published());
    StrikeRecord rec = new StrikeRecord();
    rec.night(t);
    rec.addNote((withMeeting ? "mixed wire report" : "wire report") + "; " + t.how());
    Launch launch = Launch.choose(r, s.night, 0.12, 0.25);
    String dateline = r.chance(0.5) ? s.city.name().toUpperCase(Locale.ROOT) + " \u2014 " : "";
    Launch hedgedLede = Launch.choose(r, s.night, 0, 1.0).leadOnly();
    boolean leadHedge = !launch.hedged() && launch.form != Launch.Form.TOTAL_ONLY && hedgedLede.hedged()
        && r.chance(0.18);
    if (leadHedge) {
      d.paragraph(dateline + StrikeSentences.hedgedLede(r, s.f, hedgedLede, t));
      d.paragraph(s.fill(r.pick(Filler.AFTERMATH)));
      Launch exact = launch.exact();
      rec.evidence = StrikeSentences.exactAfterHedge(r, s.f, exact);
      exact.fill(rec);
      rec.leadHedge = hedgedLede.leadHedge(s.f);
      rec.addNote("lede hedges; the exact figure later is the record");
      List<String> downed = StrikeSentences.downed(r, s.f, s.night, rec, "wire");
      List<String> para = new ArrayList<>();
      para.add(rec.evidence);
      para.addAll(downed);
      d.paragraph(para);
      if (!downed.isEmpty()) {
        rec.downedEvidence = downed.get(0);
      }
    } else {
      rec.evidence = StrikeSentences.wireLede(r, s.f, launch, t, d.truePublished());
      launch.fill(rec);
      d.paragraph(dateline + rec.evidence);
      List<String> downed = StrikeSentences.downed(r, s.f, s.night, rec, "wire");
      if (!downed.isEmpty()) {
        rec.downedEvidence = downed.get(0);
        d.paragraph(downed);
      }
    }
    d.strike(rec);
    breakdownParagraph(s, rec, 0.5);
    title(s, launch, rec);

    List<String> body = new ArrayList<>();
    if (r.chance(0.5)) {
      body.add(Traps.casualties(d, s.f, s.city, r.chance(0.5) ? Officials.regionalHead(d, s.city)
          : Officials.mayor(d, s.city)) + (r.chance(0.3) ? " " + Traps.victimAge(d, s.city) : ""));
    }
    if (r.chance(0.4)) {
      Person minister = Officials.energyMinister(d);
      body.add(Traps.outage(d, s.otherCity) + " " + Officials.quote(d, minister));
    }
    if (r.chance(0.35) && s.night.dronesDowned() >= 9) {
      body.add(Traps.regionalSubCount(d, s.f, s.otherCity, s.night, Officials.regionalHead(d, s.otherCity)));
    }
    if (r.chance(0.3)) {
      body.add(Traps.locations(d, s.f));
    }
    if (r.chance(0.3)) {
      body.add(Traps.modClaim(d, s.f));
    }
    for (String p : body) {
      d.paragraph(p);
      if (r.chance(0.35)) {
        d.paragraph(s.fill(r.pick(Filler.AFTERMATH)));
      }
    }
    if (withMeeting) {
      MeetingStories.meetingParagraphs(d, s.f, 1 + r.index(2));
    }
    if (r.chance(0.25)) {
      backReference(s);
    }
    s.pad(List.of(Filler.AFTERMATH, Filler.DIPLOMACY, Filler.ENERGY, Filler.ANALYSIS));
    return d;
  }

  private static void breakdownParagraph(Setup s, StrikeRecord rec, double probability) {
    if (breakdownFits(s.night, rec) && s.r.chance(probability)) {
      String sentence = StrikeSentences.breakdown(s.r, s.f, s.night, rec, false);
      if (StrikeSentences.downedBreakdownFits(s.night, rec) && s.r.chance(0.3)) {
        s.d.paragraph(sentence, StrikeSentences.downedBreakdown(s.f, s.night, rec));
      } else {
        s.d.paragraph(sentence);
      }
    }
  }

  /** A breakdown is printed only when the record states the missiles exactly and there are several to list. */
  private static boolean breakdownFits(Night night, StrikeRecord rec) {
    return night.breakdownPrintable() && night.missiles() >= 3 && rec.missilesLaunched != null
        && rec.missilesLaunched == night.missiles();
  }

  private static void title(Setup s, Launch launch, StrikeRecord rec) {
    Figures digits = new Figures(s.r, false);
    String figures = launch.phrase(digits);
    s.d.title(s.r.pick(
        "Russia launches " + figures + " at Ukraine",
        "Russia hits " + s.city.name() + " and other cities with " + figures,
        NumberWords.capitalise(figures) + " fired at Ukraine in overnight attack",
        "Overnight attack: " + figures + ", power cuts in " + s.city.regionPhrase()));
  }

  /** A back-reference to an earlier night, as its own strike record. */
  private static void backReference(Setup s) {
    ArticleDraft d = s.d;
    LocalDate tp = d.truePublished();
    for (int j = s.nightIndex - 1; j >= Math.max(0, s.nightIndex - 12); j--) {
      Night earlier = s.nights.night(j);
      long days = ChronoUnit.DAYS.between(earlier.nightEnd(), tp);
      TimeRef t;
      if (days >= 1 && days <= 6 && s.r.chance(0.7)) {
        t = TimeRef.lastWeekday("%s", earlier.nightEnd(), d.published());
      } else if (days >= 1 && days <= 45) {
        boolean sameYear = earlier.nightEnd().getYear() == tp.getYear();
        t = TimeRef.explicit(s.r, "on %s", earlier.nightEnd(), d.published(), !sameYear || s.r.chance(0.3));
      } else {
        continue;
      }
      Launch launch = Launch.choose(s.r, earlier, 0.2, 0.4);
      StrikeRecord rec = new StrikeRecord();
      rec.night(t);
      launch.fill(rec);
      rec.evidence = StrikeSentences.backReference(s.r, s.f, launch, t);
      rec.addNote("back-reference to an earlier night; " + t.how());
      d.paragraph(rec.evidence);
      d.strike(rec);
      return;
    }
  }

  // --- live blog ---------------------------------------------------------------------------------------------

  private static ArticleDraft liveBlog(Setup s) {
    ArticleDraft d = s.d;
    Rand r = s.r;
    d.source(r.pick(Gazetteer.LIVE_OUTLETS));
    d.note("Live blog, newest entry first.");
    TimeRef t = TimeRef.overnight(r, s.night.nightEnd(), d.published());
    StrikeRecord rec = new StrikeRecord();
    rec.night(t);
    rec.addNote("live blog, newest entry first; " + t.how());
    Launch launch = Launch.choose(r, s.night, 0.1, 0.3);
    boolean interceptionOnly = r.chance(0.1) && (s.night.dronesDowned() > 0 || s.night.missilesDowned() > 0);

    List<List<String>> entries = new ArrayList<>();
    entries.add(List.of(r.pick(LIVE_OPENINGS)));
    List<String> fillers = r.sample(LIVE_ENTRIES, LIVE_ENTRIES.size());
    int nextFiller = 0;
    entries.add(List.of(s.fill(fillers.get(nextFiller++))));
    if (!interceptionOnly && s.night.drones() >= 100 && r.chance(0.4)) {
      int early = (int) Math.round(s.night.drones() * r.uniform(0.45, 0.75) / 50.0) * 50;
      if (early >= 50) {
        String phrase = "at least " + s.f.lead(early);
        entries.add(List.of("Regional officials say " + phrase + " drones have crossed into Ukrainian airspace so "
            + "far. A full tally from the air force is expected later this morning."));
        rec.leadHedge = phrase + " (at_least " + early + ")";
        rec.addNote("superseded early estimate \"" + phrase + " drones\"; the air force figure later is the record");
      }
    }
    if (r.chance(0.5)) {
      entries.add(List.of(Traps.modClaim(d, s.f)));
    }
    if (r.chance(0.6)) {
      entries.add(List.of(Traps.casualties(d, s.f, s.city, Officials.mayor(d, s.city))));
    }
    entries.add(List.of(s.fill(fillers.get(nextFiller++))));
    if (r.chance(0.4)) {
      entries.add(List.of(Traps.outage(d, s.city)));
    }
    if (!interceptionOnly) {
      rec.evidence = StrikeSentences.liveLede(r, s.f, launch, t);
      launch.fill(rec);
      entries.add(List.of(rec.evidence));
    } else {
      rec.addNote("interception-only entry: launch totals not given");
    }
    List<String> downed = StrikeSentences.downed(r, s.f, s.night, rec, "live");
    if (!downed.isEmpty()) {
      if (interceptionOnly) {
        rec.evidence = downed.get(0);
      } else {
        rec.downedEvidence = downed.get(0);
      }
      entries.add(downed);
    }
    if (breakdownFits(s.night, rec) && r.chance(0.4)) {
      entries.add(List.of(StrikeSentences.breakdown(r, s.f, s.night, rec, false)));
    }
    if (rec.evidence == null) {
      // A night with nothing downed leaves an interception-only blog with no record: state the launches after all.
      rec.evidence = StrikeSentences.liveLede(r, s.f, launch, t);
      launch.fill(rec);
      entries.add(List.of(rec.evidence));
    }
    d.strike(rec);
    while (estimate(entries) < s.target && nextFiller < fillers.size()) {
      entries.add(entries.size() - 1, List.of(s.fill(fillers.get(nextFiller++))));
    }
    int minutes = r.between(5 * 60 + 30, 6 * 60 + 40);
    List<String> stamps = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      stamps.add(String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60));
      minutes += r.between(12, 40);
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      d.entry(stamps.get(i), entries.get(i));
    }
    String day = TimeRef.weekday(d.truePublished());
    d.title(r.pick("Live: " + s.city.name() + " and other cities hit in overnight attack \u2014 updates",
        day + " live: Russia's overnight strike on Ukraine",
        "Live updates: air raid alerts across Ukraine as Russia launches drones and missiles"));
    return d;
  }

  private static int estimate(List<List<String>> entries) {
    int n = 0;
    for (List<String> e : entries) {
      for (String s : e) {
        n += s.length() + 1;
      }
      n += 10;
    }
    return n;
  }

  // --- feature -----------------------------------------------------------------------------------------------

  private static ArticleDraft feature(Setup s) {
    ArticleDraft d = s.d;
    Rand r = s.r;
    d.source(r.pick(Gazetteer.OUTLETS));
    d.note("Long feature; the figures come in paragraph five or later.");
    long daysAfter = ChronoUnit.DAYS.between(s.night.nightEnd(), d.truePublished());
    TimeRef t = daysAfter == 0 ? TimeRef.overnight(r, s.night.nightEnd(), d.published())
        : TimeRef.onWeekday(r.pick("early on %s", "overnight into %s", "on %s"), s.night.nightEnd(), d.published());
    StrikeRecord rec = new StrikeRecord();
    rec.night(t);
    rec.addNote("feature; figures deep in the text; " + t.how());

    Person resident = Officials.resident(d, s.city);
    String fullName = d.fullName(resident);
    String residentName = fullName + ", " + resident.appositive() + ",";
    if (r.chance(0.5)) {
      int years = r.between(23, 84);
      residentName = d.other(years, "age of " + resident.canonical(), fullName + ", " + years) + ", "
          + resident.appositive() + ",";
    }
    d.paragraph(r.pick(
        "When the sirens started, " + residentName + " went down to the basement with a torch, a bottle of water "
            + "and the documents every family here now keeps in one folder.",
        residentName + " has stopped counting the nights spent in the corridor of the flat, away from the windows, "
            + "listening for the engines overhead."));
    d.paragraph(s.fill(r.pick(Filler.AFTERMATH)));
    d.paragraph(r.pick(
        d.name(resident) + " says the worst part is not the noise but the waiting: the minutes between the alert on "
            + "the phone and the first explosion, when nobody knows where it will land.",
        "By morning, " + d.name(resident) + " was on the street with the neighbours, sweeping glass and taping "
            + "plastic over the empty window frames of the building."));
    while (d.paragraphCount() < 4) {
      d.paragraph(s.fill(r.pick(Filler.ANALYSIS)));
    }
    Launch launch = Launch.choose(r, s.night, 0.15, 0.3);
    rec.evidence = StrikeSentences.featureLede(r, s.f, launch, t);
    launch.fill(rec);
    List<String> para = new ArrayList<>();
    para.add(rec.evidence);
    List<String> downed = StrikeSentences.downed(r, s.f, s.night, rec, "wire");
    if (!downed.isEmpty()) {
      rec.downedEvidence = downed.get(0);
      para.addAll(downed);
    }
    d.paragraph(para);
    d.strike(rec);
    breakdownParagraph(s, rec, 0.3);
    if (r.chance(0.4)) {
      d.paragraph(Traps.alert(d, s.f, s.city));
    }
    if (r.chance(0.4)) {
      d.paragraph(Traps.outage(d, s.city) + " " + s.fill(r.pick(Filler.ENERGY)));
    }
    if (r.chance(0.2)) {
      backReference(s);
    }
    d.paragraph(r.pick(
        "For " + d.name(resident) + ", the numbers matter less than the building. \"We will fix the windows again,\" "
            + "came the reply when asked about the winter. \"We always do.\"",
        d.name(resident) + " plans to stay in " + s.city.name() + ". \"Where would we go?\" was the answer. \"This "
            + "is home.\""));
    s.pad(List.of(Filler.ANALYSIS, Filler.ENERGY, Filler.AFTERMATH));
    d.title(r.pick("After the sirens: " + s.city.name() + " counts the cost of another night",
        "In " + s.city.name() + ", a long night and a longer morning",
        "Glass, generators and grit: life in " + s.city.name() + " under the drones"));
    return d;
  }

  // --- opinion -----------------------------------------------------------------------------------------------

  private static ArticleDraft opinion(Setup s) {
    ArticleDraft d = s.d;
    Rand r = s.r;
    d.source(r.pick(Gazetteer.OPINION_OUTLETS));
    d.note("Opinion piece referring back to the night.");
    TimeRef t = TimeRef.lastWeekday(r.pick("%s", "in the early hours of %s"), s.night.nightEnd(), d.published());
    StrikeRecord rec = new StrikeRecord();
    rec.night(t);
    rec.addNote("opinion piece published " + d.truePublished() + " (" + TimeRef.weekday(d.truePublished()) + "); "
        + t.how());
    List<String> argument = r.sample(Filler.ARGUMENT, Filler.ARGUMENT.size());
    d.paragraph(s.fill(argument.get(0)));
    Launch launch = Launch.choose(r, s.night, 0.35, 0.6);
    rec.evidence = StrikeSentences.opinionLede(r, s.f, launch, t);
    launch.fill(rec);
    d.paragraph(rec.evidence, s.fill(argument.get(1)));
    d.strike(rec);
    d.paragraph(s.fill(argument.get(2)));
    if (r.chance(0.3)) {
      List<String> downed = StrikeSentences.downed(r, s.f, s.night, rec, "wire");
      if (!downed.isEmpty()) {
        rec.downedEvidence = downed.get(0);
        d.paragraph(downed);
      }
    }
    if (r.chance(0.3)) {
      backReference(s);
    }
    int next = 3;
    while (d.length() < s.target && next < argument.size()) {
      d.paragraph(s.fill(argument.get(next++)));
    }
    s.pad(List.of(Filler.ANALYSIS, Filler.DIPLOMACY));
    d.title("Opinion: " + r.pick("The arithmetic of air defence", "Ukraine's skies are Europe's business",
        "Every night of strikes is the same story. That is the point", "Interceptors, not communiques"));
    return d;
  }

  // --- regional bulletin -------------------------------------------------------------------------------------

  private static ArticleDraft bulletin(Setup s) {
    ArticleDraft d = s.d;
    Rand r = s.r;
    d.source(s.city.region() + " Regional Military Administration (English service)");
    d.note("Regional administration bulletin with an explicit date; regional counts are not national figures.");
    TimeRef t = TimeRef.explicit(r, "on the night of %s", s.night.nightEnd(), d.published(), r.chance(0.6));
    StrikeRecord rec = new StrikeRecord();
    rec.night(t);
    rec.addNote("regional bulletin; " + t.how());
    Launch launch = Launch.choose(r, s.night, 0.3, 0.0);
    rec.evidence = StrikeSentences.bulletinLede(r, s.f, launch, t);
    launch.fill(rec);
    d.paragraph(rec.evidence);
    if (breakdownFits(s.night, rec) && r.chance(0.5)) {
      d.paragraph(StrikeSentences.breakdown(r, s.f, s.night, rec, true));
    }
    List<String> downed = StrikeSentences.downed(r, new Figures(r, false), s.night, rec, "bulletin");
    if (!downed.isEmpty()) {
      rec.downedEvidence = downed.get(0);
      d.paragraph(downed);
    }
    d.strike(rec);
    Person head = Officials.regionalHead(d, s.city);
    if (s.night.dronesDowned() >= 9 && r.chance(0.7)) {
      d.paragraph(Traps.regionalSubCount(d, s.f, s.city, s.night, head));
    }
    List<String> local = new ArrayList<>();
    local.add(s.fill(r.pick(Filler.AFTERMATH)));
    if (r.chance(0.3)) {
      local.add(Traps.casualties(d, s.f, s.city, head));
    } else {
      local.add("There are no victims.");
    }
    d.paragraph(local);
    if (r.chance(0.3)) {
      d.paragraph(Traps.alert(d, s.f, s.city));
    }
    s.pad(List.of(Filler.BULLETIN, Filler.ENERGY, Filler.AFTERMATH));
    d.title(r.pick("Night of " + s.night.nightEnd().getDayOfMonth() + " " + TimeRef.month(s.night.nightEnd())
            + ": air defence at work over " + s.city.regionPhrase(),
        "Massive combined attack: situation in " + s.city.regionPhrase() + " as of the morning",
        "Consequences of the night attack in " + s.city.regionPhrase()));
    return d;
  }

  // --- evening -----------------------------------------------------------------------------------------------

  private static ArticleDraft evening(Setup s) {
    ArticleDraft d = s.d;
    Rand r = s.r;
    d.source(r.pick(Gazetteer.OUTLETS));
    d.note("Evening article: \"last night\" is the night that ended on the published morning.");
    TimeRef t = TimeRef.relative("last night", s.night.nightEnd(), d.published());
    StrikeRecord rec = new StrikeRecord();
    rec.night(t);
    rec.addNote("evening article; " + t.how());
    Launch launch = Launch.choose(r, s.night, 0.3, 0.25);
    rec.evidence = StrikeSentences.eveningLede(r, s.f, launch, t, s.city.name());
    launch.fill(rec);
    d.paragraph(rec.evidence);
    d.strike(rec);
    d.paragraph(Traps.outageSchedule(d, s.f, s.city), s.fill(r.pick(Filler.ENERGY)));
    if (r.chance(0.6)) {
      List<String> downed = StrikeSentences.downed(r, s.f, s.night, rec, "wire");
      if (!downed.isEmpty()) {
        rec.downedEvidence = downed.get(0);
        d.paragraph(downed);
      }
    }
    if (r.chance(0.4)) {
      d.paragraph(Officials.quote(d, Officials.energyMinister(d)), Traps.outage(d, s.city));
    }
    if (r.chance(0.2)) {
      backReference(s);
    }
    s.pad(List.of(Filler.ENERGY, Filler.AFTERMATH, Filler.DIPLOMACY));
    d.title(r.pick("Tonight's outage schedules after last night's strike",
        s.city.name() + " spends the evening without heat after overnight attack",
        "Evening update: repairs continue after last night's barrage"));
    return d;
  }
}
