package org.newstally.synth;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs with no figures in them that give each style its body: aftermath, energy, analysis, diplomacy,
 * argument. Tokens in braces are filled per article: {city}, {region}, {otherCity}, and people such as {ZELENSKYY},
 * which go through the draft so every name written is in the gold actors. Fillers never state a meeting, a strike
 * figure or any other number, so they add length without adding gold.
 */
final class Filler {
  private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)\\}");

  static final List<String> AFTERMATH = List.of(
      "Emergency crews worked through the morning in {city}, pulling debris away from a damaged apartment block "
          + "while neighbours carried water and blankets to those who had been forced out of their homes.",
      "In {region}, firefighters spent hours putting out a blaze at a warehouse that had been hit by debris. Local "
          + "officials said the building had stored food and household goods.",
      "Residents of {city} described hearing the engines of the drones long before the explosions, a low drone "
          + "that has become the soundtrack of nights across the country.",
      "Windows were blown out along several streets in {city}, and volunteers handed out plywood and plastic "
          + "sheeting so families could close the gaps before the evening cold set in.",
      "Police in {region} cordoned off a field where the wreckage of a drone had come down and asked residents not "
          + "to approach any fragments, which can still contain explosives.",
      "Schools in {city} moved lessons online for the day, and several hospitals switched to backup generators "
          + "while engineers checked damaged power lines.",
      "Rail operator Ukrzaliznytsia said some trains in the east were running late because of damage to the "
          + "overhead lines, and that passengers would be moved to diesel services where possible.",
      "In a village outside {city}, a family whose house had been destroyed stood in the garden sorting what "
          + "could be saved, while a neighbour offered them her kitchen for as long as they needed it.",
      "The city authorities in {city} opened heating points in schools and administrative buildings, where "
          + "people could charge phones, drink tea and keep warm.",
      "Local television in {region} showed a crater in the middle of a road and a row of cars burned out in a "
          + "courtyard, their owners looking on from behind the police tape.",
      "Municipal workers in {city} were clearing glass from the pavements by midday, and trams on most routes were "
          + "running again by the afternoon.",
      "Doctors at the regional hospital in {city} said most of those treated had cuts from flying glass and that "
          + "several patients remained under observation.",
      "Debris fell on the grounds of a kindergarten in {region}; the building was empty at the time, but its roof "
          + "and windows were badly damaged.",
      "The regional authorities said gas supply to a district of {city} had been cut as a precaution while "
          + "engineers inspected damaged pipes.");

  static final List<String> ENERGY = List.of(
      "The grid operator Ukrenergo said it had been forced to introduce emergency power cuts in several regions "
          + "and asked industrial consumers to limit their use during the evening peak.",
      "Energy companies said repairs would take days in some places, because crews could only start work once the "
          + "air raid alerts had been lifted and the sites had been checked for unexploded ordnance.",
      "Ukraine has spent the past months building up reserves of spare transformers and dispersing small gas-fired "
          + "generators around the country, so that a single hit cannot black out a whole city.",
      "Outage schedules published by regional distribution companies showed households in {region} facing rolling "
          + "blackouts for the rest of the week.",
      "Neighbouring countries have stepped up electricity exports to Ukraine, but the capacity of the "
          + "interconnections limits how much of the shortfall they can cover.",
      "Thermal power plants, which are large and hard to protect, have borne the brunt of the attacks, and several "
          + "have been damaged so often that their operators no longer give repair estimates.",
      "Cafes and shops in {city} kept working on generators, their engines humming on the pavements, as the "
          + "streetlights stayed dark.",
      "The energy ministry urged people to charge devices and store water while power was available, and to avoid "
          + "switching on heavy appliances in the evening.");

  static final List<String> ANALYSIS = List.of(
      "Military analysts say Russia has been mixing cheap decoy drones with armed ones to overload air defences, "
          + "forcing crews to decide within minutes which targets are worth an interceptor.",
      "Mobile fire groups armed with machine guns mounted on pickup trucks have become Ukraine's main answer to the "
          + "drones, but they are stretched thin across a very large country.",
      "Ballistic missiles remain the hardest part of any Russian attack to stop: they reach their targets in "
          + "minutes, and only a handful of Western systems in Ukraine can intercept them.",
      "Ukrainian officials have asked partners for more interceptors for the Patriot and SAMP/T systems, warning "
          + "that stocks run low after each large attack.",
      "Russia has steadily increased production of Shahed-type drones at a plant in Tatarstan, and the size of its "
          + "raids has grown accordingly.",
      "Ukraine is also fielding interceptor drones of its own, small and fast aircraft that ram attack drones in the "
          + "air, and officials say their share of the kills is growing.",
      "Electronic warfare units jam the navigation signals the drones rely on, sending many of them off course; the "
          + "air force reports such drones separately from those it shoots down.",
      "The attacks tend to come in waves: drones first, to draw out the air defences, then cruise missiles, with "
          + "ballistic missiles fired at the end, when the defenders are tired and short of ammunition.");

  static final List<String> DIPLOMACY = List.of(
      "{ZELENSKYY} again urged Western partners to speed up deliveries of air defence systems, saying every delay "
          + "was paid for with destroyed homes.",
      "{SYBIHA} said the attack showed that Moscow was not interested in a ceasefire and called on partners to "
          + "tighten sanctions on Russian oil exports.",
      "In Moscow, {PESKOV} declined to comment on the strikes and referred questions to the defence ministry.",
      "Russia's defence ministry said it had carried out a massive strike on energy facilities that supply Ukraine's "
          + "defence industry, and that all targets had been hit.",
      "{RUTTE} condemned the attack and said allies were working to send more air defence systems to Ukraine "
          + "before the winter.",
      "In Washington, {RUBIO} said the attack showed how far the sides still were from a settlement.",
      "European governments condemned the strikes, and the European Commission said work on a new package of "
          + "sanctions would continue.",
      "{MACRON} called the attack a deliberate assault on civilians and said Europe had to do more to protect "
          + "Ukraine's skies.");

  static final List<String> ARGUMENT = List.of(
      "There is a temptation in Western capitals to treat each night of strikes as a separate event, a headline that "
          + "is replaced by the next headline. It is better understood as a single campaign with a clear aim.",
      "The arithmetic is brutal. An attack drone is cheap to build, an interceptor is not, and a defender who has "
          + "to fire something at every target will run out first.",
      "Ukraine's partners have been generous with words. What the country needs now is less rhetoric and more "
          + "launchers, interceptors and the money to build its own.",
      "Nobody should pretend that more air defence alone will end the war. But without it, every other conversation "
          + "about the country's future happens in the dark, quite literally.",
      "It is worth remembering what the targets are: power stations, substations, gas facilities, the systems that "
          + "keep hospitals running and flats warm.",
      "Diplomacy has its place, and talks may yet produce something. But talks conducted while the missiles keep "
          + "flying are not a peace process; they are a negotiation under fire.",
      "Europe's leaders like to say that Ukraine's security is their security. The test of that claim is not in "
          + "communiques but in factory output and delivery schedules.",
      "The people of {city} have learned to live with sirens, generators and cold flats. They should not have to "
          + "learn to live with a world that has grown used to their suffering.",
      "{PUTIN} is betting that the West will tire before Ukraine does. So far that bet has not paid off, but it is "
          + "not yet lost either.",
      "{TRUMP} has said he wants the killing to stop. The simplest way to show that he means it would be to make "
          + "every night of strikes more costly for Moscow.");

  static final List<String> BULLETIN = List.of(
      "Residents are reminded to go to shelters when the air alert is announced and not to approach fragments of "
          + "downed drones and missiles.",
      "Information about damage is being clarified. Operational groups of the regional administration are working "
          + "at the sites.",
      "The State Emergency Service of {region} continues to work at the sites of the hits. Psychologists are "
          + "providing assistance to residents.",
      "Schools in the affected communities will work remotely today. Kindergartens are open where there is a "
          + "shelter.",
      "Energy workers have restored supply to most consumers. Stabilisation outage schedules remain in force in "
          + "some communities.",
      "Citizens whose homes were damaged can apply for compensation through the state portal or at the local "
          + "administrative services centre.");

  static final List<String> DIPLOMATIC_BACKGROUND = List.of(
      "The talks are part of a wider effort by Washington to agree a framework for ending the war, although "
          + "officials on all sides have cautioned against expecting a quick result.",
      "The main disputes remain territory, security guarantees for Ukraine and the future of sanctions on Russia, "
          + "and neither side has publicly moved on any of them.",
      "European officials have pressed to be involved in any settlement, arguing that the security of the "
          + "continent is at stake.",
      "Kyiv has said it will not accept any deal that requires it to give up land its forces still hold.",
      "Moscow has insisted that any agreement must address what it calls the root causes of the conflict, a phrase "
          + "Kyiv and its allies read as a demand for Ukraine's capitulation.",
      "Diplomats familiar with the process said the drafts exchanged so far were long on principles and short on "
          + "detail.",
      "Officials have said that prisoner exchanges and the return of deported children could be agreed separately "
          + "from the harder political questions.",
      "The Kremlin has repeatedly said it values the contacts with Washington, while accusing European governments "
          + "of trying to derail them.");

  private Filler() {}

  /**
   * Fills tokens and returns the paragraph. Unknown tokens are a programming error and fail loudly, so a typo in a
   * template cannot leak braces into the corpus.
   */
  static String fill(String template, ArticleDraft draft, Gazetteer.City city, Gazetteer.City otherCity) {
    draft.useTemplate(template);
    Matcher m = TOKEN.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), template, draft, city, otherCity)));
    }
    m.appendTail(out);
    return NumberWords.capitalise(out.toString());
  }

  private static String value(String token, String template, ArticleDraft draft, Gazetteer.City city,
      Gazetteer.City otherCity) {
    switch (token) {
      case "city":
        return city.name();
      case "region":
        return city.regionPhrase();
      case "otherCity":
        return otherCity.name();
      default:
        for (Person p : Cast.ENVOYS) {
          if (p.canonical().substring(p.canonical().lastIndexOf(' ') + 1).toUpperCase(java.util.Locale.ROOT)
              .equals(token)) {
            return draft.titled(p);
          }
        }
        throw new IllegalArgumentException("unknown filler token {" + token + "} in: " + template);
    }
  }

  /**
   * Appends paragraphs drawn from the pools, in turn, until the text reaches {@code targetChars} or the pools run
   * out; templates the article already used are skipped.
   */
  static void pad(ArticleDraft draft, int targetChars, Gazetteer.City city, Gazetteer.City otherCity,
      List<List<String>> pools) {
    Rand rand = draft.rand();
    List<List<String>> shuffled = new java.util.ArrayList<>();
    for (List<String> pool : pools) {
      shuffled.add(rand.sample(pool, pool.size()));
    }
    int round = 0;
    while (draft.length() < targetChars) {
      boolean added = false;
      for (List<String> pool : shuffled) {
        if (round < pool.size() && draft.length() < targetChars) {
          added = true;
          if (!draft.templateUsed(pool.get(round))) {
            draft.paragraph(fill(pool.get(round), draft, city, otherCity));
          }
        }
      }
      if (!added) {
        return;
      }
      round++;
    }
  }
}
