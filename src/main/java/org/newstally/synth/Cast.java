package org.newstally.synth;

import java.util.List;

/**
 * The people the corpus names: the envoys and leaders with the canonical names the gold uses and the spelling
 * variants the texts use, and pools from which officials who are in no lexicon are invented per article.
 */
final class Cast {
  static final Person ZELENSKYY = Person.variants("Ukrainian President", "Ukraine's president", Side.UKRAINE,
      List.of("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskiy"),
      List.of("Zelenskyy", "Zelensky", "Zelenskiy"));
  static final Person WITKOFF = Person.variants("US special envoy", "the White House special envoy", Side.US,
      List.of("Steve Witkoff", "Steven Witkoff"), List.of("Witkoff"));
  static final Person PUTIN = Person.of("Vladimir Putin", "Russian President", "the Russian president", Side.RUSSIA);
  static final Person UMEROV = Person.variants("", "the secretary of Ukraine's National Security and Defence Council",
      Side.UKRAINE, List.of("Rustem Umerov", "Rustem Umierov"), List.of("Umerov", "Umierov"));
  static final Person KUSHNER = Person.of("Jared Kushner", "", "the US president's son-in-law", Side.US);
  static final Person DMITRIEV = Person.variants("Kremlin envoy", "the Kremlin's envoy for investment and economic "
      + "cooperation", Side.RUSSIA, List.of("Kirill Dmitriev", "Kirill Dmitriyev"), List.of("Dmitriev", "Dmitriyev"));
  static final Person YERMAK = Person.variants("", "the head of Ukraine's presidential office", Side.UKRAINE,
      List.of("Andrii Yermak", "Andriy Yermak"), List.of("Yermak"));
  static final Person TRUMP = Person.of("Donald Trump", "US President", "the US president", Side.US);
  static final Person RUBIO = Person.of("Marco Rubio", "Secretary of State", "the US secretary of state", Side.US);
  static final Person LAVROV = Person.variants("Foreign Minister", "Russia's foreign minister", Side.RUSSIA,
      List.of("Sergey Lavrov", "Sergei Lavrov"), List.of("Lavrov"));
  static final Person USHAKOV = Person.variants("Kremlin aide", "a foreign policy adviser to the Kremlin",
      Side.RUSSIA, List.of("Yuri Ushakov", "Yury Ushakov"), List.of("Ushakov"));
  static final Person DRISCOLL = Person.variants("Army Secretary", "the US Army secretary", Side.US,
      List.of("Dan Driscoll", "Daniel Driscoll"), List.of("Driscoll"));
  static final Person KELLOGG = Person.of("Keith Kellogg", "US envoy", "Washington's envoy for Ukraine", Side.US);
  static final Person SYBIHA = Person.of("Andrii Sybiha", "Foreign Minister", "Ukraine's foreign minister",
      Side.UKRAINE);
  static final Person PESKOV = Person.of("Dmitry Peskov", "Kremlin spokesman", "the Kremlin's spokesman",
      Side.RUSSIA);
  static final Person MACRON = Person.of("Emmanuel Macron", "French President", "the French president",
      Side.EUROPE);
  static final Person MERZ = Person.of("Friedrich Merz", "German Chancellor", "the German chancellor", Side.EUROPE);
  static final Person ERDOGAN = Person.of("Recep Tayyip Erdogan", "Turkish President", "Turkey's president",
      Side.EUROPE);
  static final Person STARMER = Person.of("Keir Starmer", "British Prime Minister", "the British prime minister",
      Side.EUROPE);
  static final Person RUTTE = Person.of("Mark Rutte", "NATO Secretary General", "NATO's secretary general",
      Side.EUROPE);

  static final List<Person> ENVOYS = List.of(ZELENSKYY, WITKOFF, PUTIN, UMEROV, KUSHNER, DMITRIEV, YERMAK, TRUMP,
      RUBIO, LAVROV, USHAKOV, DRISCOLL, KELLOGG, SYBIHA, PESKOV, MACRON, MERZ, ERDOGAN, STARMER, RUTTE);

  static final List<Person> US_NEGOTIATORS = List.of(WITKOFF, KUSHNER, RUBIO, DRISCOLL, KELLOGG);
  static final List<Person> UKRAINE_NEGOTIATORS = List.of(UMEROV, YERMAK, SYBIHA);
  static final List<Person> RUSSIA_NEGOTIATORS = List.of(DMITRIEV, USHAKOV, LAVROV);
  static final List<Person> EUROPEAN_LEADERS = List.of(MACRON, MERZ, STARMER, RUTTE, ERDOGAN);

  /** Invented Ukrainian names: combined at random, they name officials no lexicon knows. */
  static final List<String> UKRAINIAN_FIRST = List.of("Olena", "Oksana", "Iryna", "Nataliia", "Halyna", "Larysa",
      "Maryna", "Yuliia", "Svitlana", "Tetiana", "Taras", "Bohdan", "Mykola", "Serhii", "Vitalii", "Yaroslav",
      "Oleh", "Dmytro", "Roman", "Ihor", "Petro", "Vasyl", "Ostap", "Hanna", "Zoriana", "Lesia", "Myroslav",
      "Stepan");
  static final List<String> UKRAINIAN_LAST = List.of("Hordiienko", "Pasichnyk", "Levchuk", "Ostapchuk", "Rudenko",
      "Bondarchuk", "Yatsenko", "Savchuk", "Mazurenko", "Dovhan", "Shevchuk", "Kravets", "Holub", "Moroz",
      "Tymoshchuk", "Zhuk", "Panasiuk", "Pylypenko", "Vakulenko", "Stetsenko", "Herasymchuk", "Demchuk",
      "Semeniuk", "Hnatiuk", "Marusiak", "Voloshyn", "Karpenko", "Prokopiv", "Slyusar", "Yurchenko", "Babiichuk",
      "Lozynska", "Datsenko", "Kostiuk", "Haidai", "Martyniuk");
  static final List<String> RUSSIAN_FIRST = List.of("Artyom", "Gennady", "Vadim", "Oleg", "Pavel", "Konstantin",
      "Yevgeny", "Anatoly", "Boris", "Timofei", "Grigory", "Maxim", "Stanislav");
  static final List<String> RUSSIAN_LAST = List.of("Zhilin", "Rogachev", "Tarasenkov", "Belyaev", "Kuzmin",
      "Sorokin", "Gromov", "Lapshin", "Vedernikov", "Shchukin", "Kalinov", "Ozerov", "Bragin", "Nesterenko");
  static final List<String> WESTERN_FIRST = List.of("Marta", "Henrik", "Claire", "Tomas", "Ingrid", "Paolo",
      "Lucia", "Stefan", "Aoife", "Matthias", "Elena", "Joost", "Rachel", "Daniel");
  static final List<String> WESTERN_LAST = List.of("Lindqvist", "Brennan", "Okafor", "Rasmussen", "Delacroix",
      "Novak", "Albrecht", "Moretti", "Halvorsen", "Van Dijk", "Whitcombe", "Castellano", "Ferreira", "Lindahl");

  private Cast() {}

  /**
   * A new invented person of the given side, with a surname no one else in the draft carries (so later
   * surname-only mentions stay unambiguous).
   */
  static Person invent(Rand rand, ArticleDraft draft, Side side, String title, String appositive) {
    List<String> first;
    List<String> last;
    switch (side) {
      case RUSSIA:
        first = RUSSIAN_FIRST;
        last = RUSSIAN_LAST;
        break;
      case UKRAINE:
        first = UKRAINIAN_FIRST;
        last = UKRAINIAN_LAST;
        break;
      default:
        first = WESTERN_FIRST;
        last = WESTERN_LAST;
    }
    for (int attempt = 0; ; attempt++) {
      String surname = rand.pick(last);
      if (draft.claimSurname(surname) || attempt > 20) {
        return Person.of(rand.pick(first) + " " + surname, title, appositive, side);
      }
    }
  }
}
