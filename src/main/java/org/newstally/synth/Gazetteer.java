package org.newstally.synth;

import java.util.List;

/** Places and outlets the texts use. Outlet names are invented. */
final class Gazetteer {
  /** A Ukrainian city and the region the texts name with it. */
  record City(String name, String region) {
    String regionPhrase() {
      return "the " + region + " region";
    }
  }

  /** A meeting venue: the gold {@code place} and the words the text uses for it. */
  record Venue(String place, String phrase) {}

  static final List<City> CITIES = List.of(
      new City("Kyiv", "Kyiv"), new City("Kharkiv", "Kharkiv"), new City("Odesa", "Odesa"),
      new City("Lviv", "Lviv"), new City("Dnipro", "Dnipropetrovsk"), new City("Zaporizhzhia", "Zaporizhzhia"),
      new City("Poltava", "Poltava"), new City("Sumy", "Sumy"), new City("Chernihiv", "Chernihiv"),
      new City("Vinnytsia", "Vinnytsia"), new City("Khmelnytskyi", "Khmelnytskyi"), new City("Rivne", "Rivne"),
      new City("Lutsk", "Volyn"), new City("Ternopil", "Ternopil"), new City("Ivano-Frankivsk", "Ivano-Frankivsk"),
      new City("Chernivtsi", "Chernivtsi"), new City("Mykolaiv", "Mykolaiv"), new City("Kherson", "Kherson"),
      new City("Cherkasy", "Cherkasy"), new City("Zhytomyr", "Zhytomyr"), new City("Kropyvnytskyi", "Kirovohrad"),
      new City("Uzhhorod", "Zakarpattia"));

  static final List<String> RUSSIAN_REGIONS = List.of("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov",
      "Tula", "Kaluga", "Oryol", "Smolensk", "Lipetsk", "Tambov", "Saratov");

  static final List<Venue> US_RUSSIA_VENUES = List.of(new Venue("Kremlin, Moscow", "at the Kremlin"),
      new Venue("Moscow", "in Moscow"), new Venue("Riyadh", "in Riyadh"), new Venue("Abu Dhabi", "in Abu Dhabi"),
      new Venue("Istanbul", "in Istanbul"), new Venue("Miami", "in Miami"), new Venue("Doha", "in Doha"),
      new Venue("St Petersburg", "in St Petersburg"));
  static final List<Venue> US_UKRAINE_VENUES = List.of(new Venue("Geneva", "in Geneva"),
      new Venue("Miami", "in Miami"), new Venue("Berlin", "in Berlin"), new Venue("Jeddah", "in Jeddah"),
      new Venue("Kyiv", "in Kyiv"), new Venue("White House", "at the White House"), new Venue("Paris", "in Paris"),
      new Venue("London", "in London"), new Venue("Davos", "in Davos"), new Venue("Munich", "in Munich"),
      new Venue("Abu Dhabi", "in Abu Dhabi"));
  static final List<Venue> EUROPE_VENUES = List.of(new Venue("Paris", "in Paris"), new Venue("Berlin", "in Berlin"),
      new Venue("London", "in London"), new Venue("Brussels", "in Brussels"), new Venue("Kyiv", "in Kyiv"),
      new Venue("Rome", "in Rome"), new Venue("Ankara", "in Ankara"), new Venue("The Hague", "in The Hague"));
  static final List<Venue> RUSSIA_UKRAINE_VENUES = List.of(new Venue("Istanbul", "in Istanbul"),
      new Venue("Abu Dhabi", "in Abu Dhabi"), new Venue("Geneva", "in Geneva"), new Venue("Doha", "in Doha"));

  static final List<String> OUTLETS = List.of("Harbour Line News", "Continental Wire", "The Evening Courier",
      "Northern Lights Dispatch", "Riverbank Report", "East Gate Monitor", "Atlas News Service",
      "Borderland Review", "Morning Signal", "Granite Wire", "Kestrel News", "Linden Street Journal",
      "Cobalt Wire", "Amber Coast Times", "Crossroads Daily", "Lighthouse Press Agency", "Old Town Gazette",
      "Pinecrest Herald", "Foreign Desk Weekly", "Saltmarsh Chronicle", "Blue Ridge Correspondent",
      "Eastern Front Line", "Compass Rose News", "Seven Bridges Review", "Weathervane Wire", "Candle Street Post",
      "Twin Rivers Tribune", "Open Sky Report", "Milestone News Agency", "Quayside Journal");
  static final List<String> LIVE_OUTLETS = List.of("Night Watch Live", "Alert Map Live", "Shelter Line Live",
      "Kyiv Morning Live", "Air Raid Desk Live");
  static final List<String> OPINION_OUTLETS = List.of("The Long View", "Commentary Quarterly Online",
      "The Argument Desk", "Borderland Review", "Linden Street Journal", "Foreign Desk Weekly");

  private Gazetteer() {}
}
