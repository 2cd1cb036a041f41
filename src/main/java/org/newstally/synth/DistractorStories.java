package org.newstally.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles that look like strike or meeting news but hold no record: Russian MoD claims about Ukrainian drones,
 * weekly and monthly totals, casualty statistics, outages and prices, strikes in the Middle East, and envoys
 * mentioned without any meeting. Their numbers all go to other_numbers.
 */
final class DistractorStories {
  private static final List<String> RUSSIA_SIDE = List.of(
      "Ukraine's military did not comment on the claims. Kyiv says it targets military and energy facilities that "
          + "support Russia's war effort.",
      "Russia's defence ministry publishes such figures almost every day. It does not say how many drones were "
          + "launched or how many reached their targets, and its figures cannot be independently verified.",
      "Ukraine has expanded its long-range drone programme sharply, and refineries and fuel depots deep inside "
          + "Russia have been hit repeatedly.",
      "Regional authorities in Russia asked residents not to film or publish the work of air defence systems.",
      "Emergency services said they were working at the sites where fragments had fallen, and that no one had "
          + "been hurt.");
  private static final List<String> MIDDLE_EAST_COLOUR = List.of(
      "Sirens sounded across much of the country through the night, and residents spent hours in shelters and "
          + "protected rooms.",
      "Oil prices rose on fears that the fighting could disrupt supplies from the Gulf.",
      "Airlines suspended flights to the region, and several airports closed their airspace until further notice.",
      "World leaders called for restraint and urged both sides to avoid a wider regional war.",
      "Israel's military said its air defences, with help from allies, had intercepted most of the incoming "
          + "projectiles.");
  private static final List<String> HUMANITARIAN = List.of(
      "The mission said most of the casualties had been caused by long-range missiles and drones striking "
          + "residential areas, and by glide bombs in towns near the front line.",
      "The monitors said the real figures were probably considerably higher, because many reports from occupied "
          + "areas could not be verified.",
      "Aid agencies warned that damage to the energy system would make the coming winter especially hard for the "
          + "elderly and for families with small children.",
      "The report was based on interviews with victims and witnesses, site visits and official records.");

  private DistractorStories() {}

  static ArticleDraft write(ArticleKind kind, Rand r) {
    LocalDate truePublished = MeetingStories.FIRST.plusDays(r.index(MeetingStories.DAYS));
    ArticleDraft d = new ArticleDraft(r, r.chance(0.3) ? null : truePublished, truePublished);
    d.source(r.pick(Gazetteer.OUTLETS));
    Figures f = new Figures(r, false);
    List<Gazetteer.City> two = r.sample(Gazetteer.CITIES, 2);
    Gazetteer.City city = two.get(0);
    int target = r.between(1500, 2250);
    List<List<String>> pools;
    switch (kind) {
      case RUSSIAN_MOD_CLAIM:
        modClaim(d, f);
        pools = List.of(RUSSIA_SIDE, Filler.ANALYSIS);
        break;
      case WEEKLY_TOTALS:
        weeklyTotals(d);
        pools = List.of(Filler.ANALYSIS, Filler.DIPLOMACY);
        break;
      case CASUALTY_REPORT:
        casualties(d);
        pools = List.of(HUMANITARIAN, Filler.AFTERMATH);
        break;
      case ENERGY_AND_PRICES:
        energy(d, city);
        pools = List.of(Filler.ENERGY, Filler.AFTERMATH);
        break;
      case MIDDLE_EAST:
        middleEast(d);
        pools = List.of(MIDDLE_EAST_COLOUR);
        break;
      case ENVOYS_NO_MEETING:
        envoys(d);
        pools = List.of(Filler.DIPLOMATIC_BACKGROUND, MeetingStories.COLOUR.subList(1, 2));
        break;
      default:
        throw new IllegalArgumentException(kind + " is not a distractor style");
    }
    Filler.pad(d, target, city, two.get(1), pools);
    return d;
  }

  private static void modClaim(ArticleDraft d, Figures f) {
    Rand r = d.rand();
    d.note("DISTRACTOR: Russian MoD and governors' counts of Ukrainian drones over Russia are not strikes on "
        + "Ukraine.");
    int drones = r.between(20, 250);
    int regions = r.between(3, 14);
    String region = r.pick(Gazetteer.RUSSIAN_REGIONS);
    int subCount = r.between(3, Math.max(4, drones / 4));
    String verb = r.pick("intercepted and destroyed", "shot down", "destroyed");
    String claim = d.other(drones, "Ukrainian drones Russia says it " + verb + " overnight (Russian MoD claim)",
        verb + " " + drones + " Ukrainian drones");
    String over = d.other(regions, "Russian regions over which drones were downed", "over " + regions + " regions");
    String sub = d.other(subCount, "Ukrainian drones downed over the " + region + " region (Russian MoD sub-count)",
        subCount + " over the " + region + " region");
    d.paragraph("Russia's defence ministry said on " + TimeRef.weekday(d.truePublished()) + " that its air defence "
        + "systems had " + claim + " overnight " + over + ", including " + sub + ".");
    d.title("Russia says it downed " + drones + " Ukrainian drones overnight");
    String governorRegion = r.pick(Gazetteer.RUSSIAN_REGIONS);
    Person governor = Cast.invent(r, d, Side.RUSSIA, "Governor", "the governor of the " + governorRegion
        + " region");
    int local = r.between(2, 30);
    String localPhrase = d.other(local, "drones destroyed over the " + governorRegion + " region (governor)",
        f.small(local) + " drones had been destroyed");
    d.paragraph("In the " + governorRegion + " region, " + d.titled(governor) + " said " + localPhrase
        + " and that a power line had been damaged, leaving some villages without electricity.");
    if (r.chance(0.6)) {
      int flights = r.between(3, 30) * 5;
      String phrase = d.other(flights, "flights delayed or diverted (more than)", "more than " + flights
          + " flights", Qualifier.MORE_THAN);
      d.paragraph("Aviation authorities imposed temporary restrictions at several airports, and " + phrase
          + " were delayed or diverted.");
    }
  }

  private static void weeklyTotals(ArticleDraft d) {
    Rand r = d.rand();
    d.note("DISTRACTOR: weekly and monthly totals are not per-night strike records.");
    int drones = r.between(8, 25) * 100;
    int bombs = r.between(6, 16) * 100;
    int missiles = r.between(3, 12) * 10;
    String dronePhrase = d.other(drones, "attack drones used over the past week (weekly total, more than)",
        "more than " + NumberWords.digits(drones) + " attack drones", Qualifier.MORE_THAN);
    String bombPhrase = d.other(bombs, "guided aerial bombs over the past week (weekly total, nearly)",
        "nearly " + NumberWords.digits(bombs) + " guided aerial bombs", Qualifier.ALMOST);
    String missilePhrase = d.other(missiles, "missiles over the past week (weekly total, over)",
        "over " + missiles + " missiles", Qualifier.MORE_THAN);
    d.paragraph(d.titled(Cast.ZELENSKYY) + " said that over the past week Russia had used " + dronePhrase + ", "
        + bombPhrase + " and " + missilePhrase + " against Ukraine.");
    d.title(d.headline(Cast.ZELENSKYY) + ": Russia used " + r.pick("more than " + NumberWords.digits(drones)
        + " drones", "hundreds of missiles and thousands of drones") + " this week");
    String month = TimeRef.month(d.truePublished().minusMonths(1));
    int monthly = r.between(30, 65) * 100;
    String monthlyPhrase = d.other(monthly, "long-range drones launched in " + month + " (monthly total, more than)",
        "more than " + NumberWords.digits(monthly) + " long-range drones", Qualifier.MORE_THAN);
    d.paragraph("In " + month + " alone, Russia launched " + monthlyPhrase + ", according to figures from the air "
        + "force, a record for a single month.");
    int interceptors = r.between(5, 20) * 100;
    String goal = d.other(interceptors, "interceptor drones per day (production goal)",
        NumberWords.digits(interceptors) + " interceptors a day");
    d.paragraph(d.name(Cast.ZELENSKYY) + " said Ukraine aimed to produce " + goal + " and asked partners to "
        + "finance the work.");
  }

  private static void casualties(ArticleDraft d) {
    Rand r = d.rand();
    d.note("DISTRACTOR: casualty statistics; no per-night strike figures.");
    Person head = Cast.invent(r, d, Side.EUROPE, "", "the head of the UN Human Rights Monitoring Mission in "
        + "Ukraine");
    String month = TimeRef.month(d.truePublished().minusMonths(1));
    int killed = r.between(100, 300);
    int injured = r.between(500, 1600);
    String killedPhrase = d.other(killed, "civilians killed in " + month + " (at least)", "At least " + killed
        + " civilians were killed", Qualifier.AT_LEAST);
    String injuredPhrase = d.other(injured, "civilians injured in " + month, NumberWords.digits(injured)
        + " injured");
    d.paragraph(killedPhrase + " and " + injuredPhrase + " in Ukraine in " + month + ", the UN human rights "
        + "monitoring mission said, making it one of the deadliest months for civilians this year.");
    d.title("UN: civilian casualties in Ukraine rose sharply in " + month);
    int total = r.between(12, 15) * 1000;
    String totalPhrase = d.other(total, "civilians killed since the full-scale invasion (more than)",
        "more than " + NumberWords.digits(total) + " civilians", Qualifier.MORE_THAN);
    int children = r.between(6, 8) * 100;
    String childPhrase = d.other(children, "children killed since the full-scale invasion (more than)",
        "more than " + children + " children", Qualifier.MORE_THAN);
    d.paragraph("Since the full-scale invasion began, the mission has verified the deaths of " + totalPhrase
        + ", among them " + childPhrase + ".");
    d.paragraph(d.described(head) + " said the rise was driven by attacks on cities far from the front line.");
  }

  private static void energy(ArticleDraft d, Gazetteer.City city) {
    Rand r = d.rand();
    d.note("DISTRACTOR: outages and prices after an attack, no strike counts.");
    int households = r.between(20, 200) * 1000;
    String householdsPhrase = d.other(households, "households without electricity in " + city.regionPhrase()
        + " (about)", "About " + NumberWords.digits(households) + " households", Qualifier.ABOUT);
    int days = r.between(2, 5);
    String daysPhrase = d.other(days, "days since the attack", NumberWords.words(days, false) + " days after");
    d.paragraph(householdsPhrase + " in " + city.regionPhrase() + " were still without electricity " + daysPhrase
        + " the latest attack on the grid, the regional distribution company said.");
    d.title(city.name() + " households still without power " + NumberWords.words(days, false)
        + " days after strike");
    Person chief = Cast.invent(r, d, Side.UKRAINE, "Energy Minister", "Ukraine's energy minister");
    int generators = r.between(10, 60) * 10;
    String genPhrase = d.other(generators, "generators brought in (more than)", "more than " + generators
        + " generators", Qualifier.MORE_THAN);
    d.paragraph(d.described(chief) + " said " + genPhrase + " had been brought into the region to keep hospitals, "
        + "water pumps and heating points running.");
    int hryvnias = r.between(300, 650);
    String tariff = String.format(java.util.Locale.ROOT, "%d.%02d", hryvnias / 100, hryvnias % 100);
    String tariffPhrase = d.other(hryvnias / 100.0, "hryvnias per kilowatt-hour household electricity tariff",
        tariff + " hryvnias per kilowatt-hour");
    d.paragraph("The government also confirmed that the household electricity tariff would stay at " + tariffPhrase
        + " until the end of the heating season.");
    if (r.chance(0.5)) {
      int percent = r.between(2, 9);
      int dollars = r.between(58, 92);
      String pct = d.other(percent, "percent rise in Brent crude (about)", "about " + percent + " percent",
          Qualifier.ABOUT);
      String price = d.other(dollars, "dollars per barrel of Brent crude", "$" + dollars + " a barrel");
      d.paragraph("On world markets, Brent crude rose " + pct + " to " + price + " as traders weighed the risk to "
          + "supplies from new sanctions on Russian oil companies.");
    }
  }

  private static void middleEast(ArticleDraft d) {
    Rand r = d.rand();
    d.note("DISTRACTOR: Iran/Israel strikes are not Russian strikes on Ukraine.");
    int drones = r.between(5, 20) * 10;
    int missiles = r.between(3, 20) * 10;
    String dronePhrase = d.other(drones, "Iranian drones launched at Israel (more than; not Russia/Ukraine)",
        "more than " + drones + " drones", Qualifier.MORE_THAN);
    String missilePhrase = d.other(missiles, "Iranian ballistic missiles fired at Israel (about; not "
        + "Russia/Ukraine)", "about " + missiles + " ballistic missiles", Qualifier.ABOUT);
    d.paragraph("Iran launched " + dronePhrase + " and " + missilePhrase + " at Israel overnight, the Israeli "
        + "military said, after Israeli strikes on Iranian military and nuclear sites.");
    d.title("Iran fires missiles and drones at Israel after Israeli strikes");
    int dead = r.between(2, 9);
    String deadPhrase = d.other(dead, "people killed in Israel (at least)", "at least "
        + NumberWords.words(dead, false) + " people", Qualifier.AT_LEAST);
    d.paragraph("Rescue services said " + deadPhrase + " had been killed where missiles hit residential "
        + "buildings.");
    int percent = r.between(3, 9);
    String pct = d.other(percent, "percent jump in oil prices (more than)", "more than " + percent + " percent",
        Qualifier.MORE_THAN);
    d.paragraph("Oil prices jumped " + pct + " in early trading.");
  }

  private static void envoys(ArticleDraft d) {
    Rand r = d.rand();
    d.note("DISTRACTOR: envoys named without any meeting; a phone call and a news conference are not meetings.");
    Person a = r.pick(Cast.TRUMP, Cast.RUBIO);
    Person b = r.pick(Cast.PUTIN, Cast.LAVROV);
    d.paragraph(MeetingTraps.phoneCall(d, a, b, false), d.titled(Cast.PESKOV) + " described the conversation as "
        + "frank and said the two sides had agreed to stay in contact.");
    d.title(d.headline(a) + " and " + d.headline(b) + " speak by phone as envoys weigh next steps");
    d.paragraph(d.titled(Cast.WITKOFF) + " and " + d.name(Cast.KUSHNER) + " have been working on revisions to the "
        + "US proposals, officials said, without saying when they would next travel.");
    d.paragraph(MeetingTraps.pressConference(d, Cast.PUTIN));
    if (r.chance(0.5)) {
      d.paragraph(MeetingTraps.planNumbers(d));
    }
    d.paragraph(d.titled(Cast.ZELENSKYY) + " said in his nightly address that Ukraine would not accept terms that "
        + "rewarded aggression.");
  }
}
