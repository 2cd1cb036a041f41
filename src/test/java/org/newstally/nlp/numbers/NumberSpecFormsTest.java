package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms the Recognizers-Text specification taught the scanner (signs, decimals without a leading zero, glued
 * scale letters, lakh and crore, decimals read aloud, "and a quarter"), in invented sentences, with the guards that
 * keep news prose read as before (metres, designations, ranges).
 */
class NumberSpecFormsTest {
  private static final NumberScanner scanner = Mentions.SCANNER;

  static NumberMention mention(String sentence, String surface) {
    return Mentions.mention(sentence, surface);
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # signs: a lone minus glued to digits, or a sign word
      The gauge on the roof showed -3 at dawn.                | -3                  | count    | -3
      Readings ranged widely, (-12) being the lowest.         | -12                 | count    | -12
      The lake froze at minus four overnight.                  | minus four          | count    | -4
      Output changed by negative 2 percent in spring.          | negative 2 percent  | percent  | -2
      # decimals without the leading zero
      The index moved by .35 points over the week.             | .35                 | count    | 0.35
      # scale letters glued to digits, and scale abbreviations after a space
      About 20k fans filled the square.                        | About 20k           | count    | 20000
      The studio spent 3M on the film.                         | 3M                  | count    | 3e6
      The club's debt reached 4 bn by spring.                  | 4 bn                | count    | 4e9
      # South Asian scales, alone and stacked
      The charity raised 7 lakh for the clinic.                | 7 lakh              | count    | 700000
      The plan was costed at two lakh crore overall.           | two lakh crore      | count    | 2e12
      # decimals read aloud
      The judge gave her six point two five out of ten.        | six point two five  | count    | 6.25
      The meter read nine point forty-one at noon.             | nine point forty-one | count   | 9.41
      # a whole number and one part
      The recipe calls for two and a quarter cups of flour.    | two and a quarter cups | volume | 2.25
      The hike took three and a third days in the end.         | three and a third days | duration | 3.333333333333333
      # currencies beyond the big four, and hundredths kept as written
      The stall charged 300 yen for a bowl.                    | 300 yen             | money    | 300
      A stamp now costs 85 cents at the post office.           | 85 cents            | money    | 85
      The lender wrote off 40 million Swiss francs.            | 40 million Swiss francs | money | 40e6
      # distances in imperial and small metric units
      The wave reached 12 ft near the pier.                    | 12 ft               | distance | 12
      Snow lay 30 cm deep on the pass.                         | 30 cm               | distance | 30
      # ages in years and in smaller units
      The foal was only seven months old in spring.            | seven months old    | age      | 7
      Most pupils start school at 5 years of age there.        | 5 years of age      | age      | 5
      # proper fractions with a slash, and plural percents
      Roughly 3/4 of the voters stayed home.                   | Roughly 3/4         | fraction | 0.75
      Prices rose by 12 percents in a year.                    | 12 percents         | percent  | 12
      # spoken fractions of several words: the longest denominator that leaves a numerator
      The survey found three twenty-fifths of the farms idle.  | three twenty-fifths | fraction | 0.12
      Only one hundred thirty sevenths were left, he joked.    | one hundred thirty sevenths | fraction | 2.702702702702703
      He scribbled one hundred and thirty sevenths on the board. | one hundred and thirty sevenths | fraction | 18.571428571428573
      The drop was one one hundred fifth of the total.         | one one hundred fifth | fraction | 0.009523809523809525
      Its share was two twenty-firsts of the vote.             | two twenty-firsts   | fraction | 0.09523809523809523
      # a hyphen with spaces inside a number word, as speech transcripts write it
      The tally stood at forty - six by noon.                  | forty - six         | count    | 46
      # mixed numbers: a whole, "and", a part below one; after a million the part is of the million
      The tank held twelve and three fifths litres.            | twelve and three fifths litres | volume | 12.6
      The board counted one hundred and seven tenths in all.   | one hundred and seven tenths | count | 100.7
      The fund grew to four million and a half by May.         | four million and a half | count | 4.5e6
      The fund grew to 4 million and a quarter by May.         | 4 million and a quarter | count | 4.25e6
      Turnout was one billion and a half million voters.       | one billion and a half million | count | 1.0005e9
      Turnout was six and a half million voters.               | six and a half million | count | 6.5e6
      # a part of a scale
      A half million people marched on Sunday.                 | A half million      | count    | 5e5
      Nearly three quarters billion was pledged at the summit. | Nearly three quarters billion | count | 7.5e8
      The club sold two thirds of a million tickets.           | two thirds of a million | count | 666666.6666666666
      Organisers expected quarter million visitors.            | quarter million     | count    | 2.5e5
      # ordinals of several words, and a scale with its one unwritten
      The town marked its two hundredth anniversary.           | two hundredth       | ordinal  | 200
      She finished one hundred twenty third of 300 runners.    | one hundred twenty third | ordinal | 123
      The firm paid hundred thousand dollars in fines.         | hundred thousand dollars | money | 1e5
      # fractions written as one character, and after a whole number
      The recipe needs 2½ cups of sugar.                       | 2½ cups             | volume   | 2.5
      He ran ¾ of the course before stopping.                  | ¾                   | fraction | 0.75
      The trail is 3 1/2 miles long.                           | 3 1/2 miles         | distance | 3.5
      # dollars named by the word before the sign, signs after the number, amounts with their hundredths
      The bank booked a HK$4.5 billion loss.                    | HK$4.5 billion      | money    | 4.5e9
      A ticket costs 25 € at the door.                          | 25 €                | money    | 25
      The tip came to 7 dollars and 25 cents.                   | 7 dollars and 25 cents | money | 7.25
      Lunch cost nine dollars forty.                            | nine dollars forty  | money    | 9.4
      The fund lost 40 USD million last year.                   | 40 USD million      | money    | 4e7
      # codes glued to the amount, millions as finance shorthand, Indian digit groups
      The invoice said 230EUR in total.                         | 230EUR              | money    | 230
      The invoice said EUR230 in total.                         | EUR230              | money    | 230
      Revenue reached 12 MEUR in the quarter.                   | 12 MEUR             | money    | 1.2e7
      The flat sold for 45,60,000 rupees.                       | 45,60,000 rupees    | money    | 4.56e6
      # digits with scale words and the rest of the number; thousands grouped by a narrow space
      The crate held 4 thousand 2 hundred and 15 bolts.         | 4 thousand 2 hundred and 15 | count | 4215
      She paid 3 hundred and one francs.                        | 3 hundred and one francs | money | 301
      The census counted 2\u202F345\u202F678 residents.       | 2\u202F345\u202F678  | count    | 2345678
      # a unit after a one-character fraction, and units of letters and a digit
      Stir in ½ cup of milk.                                    | ½ cup               | volume   | 0.5
      The reserve covers 840 km2 of marsh.                      | 840 km2             | area     | 840
      # weights, volumes, areas and speeds; an age written as a unit
      The truck carried 500 kg of flour.                        | 500 kg              | mass     | 500
      Output fell by 2 million barrels a day.                   | 2 million barrels   | volume   | 2e6
      The fire burned 1,200 hectares of forest.                 | 1,200 hectares      | area     | 1200
      The ferry sails at 30 knots in calm seas.                 | 30 knots            | speed    | 30
      The storm's winds reached 120 miles an hour.              | 120 miles an hour   | speed    | 120
      The notes describe a 64 yo farmer.                        | 64 yo               | age      | 64
      The notes describe a farmer of age 64 from the valley.    | 64                  | age      | 64
      A 1/4 mile track circles the field.                       | 1/4 mile            | distance | 0.25
      """)
  void readsTheSpecifiedForm(String sentence, String surface, String kind, double value) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.kind().code()).isEqualTo(kind);
    assertThat(m.value()).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # comparatives and bounds with "equal" are hedges
      The crowd was larger than 4,000 by noon.                 | larger than 4,000   | more_than
      Turnout stayed lower than 30 percent in the north.       | lower than 30 percent | less_than
      Each crate holds less than or equal to 12 bottles.       | less than or equal to 12 | up_to
      Bids must be equal to or greater than 500 to count.      | equal to or greater than 500 | at_least
      """)
  void readsComparativeHedges(String sentence, String surface, String qualifier) {
    assertThat(mention(sentence, surface).qualifier().code()).isEqualTo(qualifier);
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # the currency named, or two amounts kept apart; "u.s $" is US dollars
      The bank booked a HK$4.5 billion loss.                    | HK$4.5 billion      | hkd
      Shares rose to C$ 12 in Toronto.                          | C$ 12               | cad
      Analysts quoted u.s $ 40 per barrel.                      | $ 40                | usd
      It cost 50 dollars 40 yuan.                               | 40 yuan             | cny
      # a number after the amount that is no hundredths
      They paid 10 dollars and 20 workers left.                 | 10 dollars          | usd
      """)
  void readsTheCurrency(String sentence, String surface, String unit) {
    assertThat(mention(sentence, surface).unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # after a million, "and" starts another number
      They raised 2 million and 300 more came later.            | 2 million           | count    | 2e6
      # "second" is a duration unless it ends a long ordinal; an ordinal in a compound adjective stays one
      The alarm rang for one second only.                      | one second          | duration | 1
      The clip lasts twenty seconds in all.                    | twenty seconds      | duration | 20
      It was a twenty-first-century problem.                   | twenty-first        | ordinal  | 21
      # a scale then a plain ordinal is a count and what it counts
      They thanked one hundred first responders.               | one hundred         | count    | 100
      """)
  void keepsTheReadingOf(String sentence, String surface, String kind, double value) {
    NumberMention m = Mentions.SCANNER.scanOrThrow(sentence).stream()
        .filter(x -> sentence.substring(x.numberBegin()).startsWith(surface) || x.surface().equals(surface))
        .findFirst().orElseThrow(() -> new AssertionError(surface + " in " + Mentions.SCANNER.scanOrThrow(sentence)));
    assertThat(m.kind().code()).as("%s", m).isEqualTo(kind);
    assertThat(m.value()).as("%s", m).isCloseTo(value, within(1e-9));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # two bounds that enclose something are one range, with their open and closed ends
      Bids came in greater than 200 and smaller than 450 this week. | greater than 200 and smaller than 450 | (200,450)
      The quota is at most 80 and at least 30 seats.            | at most 80 and at least 30 | [30,80]
      # bounds written after the number, and "or equal" closing a bound
      Each team fields 11 or more players.                      | 11 or more          | [11,)
      Shipments of 500 or fewer crates were exempt.             | 500 or fewer        | (,500]
      Scores lower than 60 or equal were failing.               | lower than 60 or equal | (,60]
      # equality, and verbs that set a lower bound
      The fee equals 40 dollars.                                | equals 40 dollars   | [40,40]
      Profits exceeded 3,000 in May.                            | exceeded 3,000      | (3000,)
      # ranges written with a spaced hyphen, scale letters or "through"
      The hall seats 1000 - 1500 guests.                        | 1000 - 1500         | [1000,1500)
      Prices ranged 5k-20k over the year.                       | 5k-20k              | [5000,20000)
      Grades ran from 20 through 80.                            | from 20 through 80  | [20,80)
      # bounds that enclose nothing stay two; a hedge before the next number is that number's
      More than 40 and less than 10 were counted.               | less than 10        | (,10)
      His score was 200 or greater than 190.                    | greater than 190    | (190,)
      """)
  void readsTheRange(String sentence, String surface, String range) {
    assertThat(mention(sentence, surface).range()).isEqualTo(range);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a chain of three digit groups is a phone number or a code, no range
      Call the desk on 555-1234-5678 after noon.
      """)
  void readsNoRangeIn(String sentence) {
    assertThat(scanner.scanOrThrow(sentence)).allSatisfy(m -> assertThat(m.valueMax()).as("%s", m).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # web addresses are not prose; slash pairs that are not a small proper fraction stay unread
      Details are at https://example.org/list?page=30%25&year=2020 today.
      Open www.example.com/a/12/b for more.
      # "and a half" after a noun has no number before it
      The talks took another hour and a half.
      The shop is open 24/7 all year.
      """)
  void readsNoNumberIn(String sentence) {
    assertThat(scanner.scanOrThrow(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a hyphen after a word or a number is no sign: designations and ranges keep their reading
      The Kh-101 missile was tracked over the sea.             | Kh-101              | 101      |
      Between 40-50 boats were seen at the port.               | 40-50               | 40       | 50
      # a small m glued to digits is metres, not million
      A 5m wall surrounds the yard.                            | 5m                  | 5        |
      """)
  void keepsNewsReadings(String sentence, String surface, double value, Double valueMax) {
    List<NumberMention> found = scanner.scanOrThrow(sentence);
    int begin = sentence.indexOf(surface);
    for (NumberMention m : found) {
      if (m.numberBegin() >= begin && m.numberEnd() <= begin + surface.length()) {
        assertThat(m.value()).as("%s", m).isPositive();
        if (surface.equals("5m")) {
          assertThat(m.value()).isEqualTo(value);
          assertThat(m.kind()).isEqualTo(Kind.DISTANCE);
        }
        if (valueMax != null) {
          assertThat(m.valueMax()).isEqualTo(valueMax);
        }
      }
    }
  }
}
