package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven cases for every phenomenon the scanner handles. Each row names the expected surface; the test finds
 * the mention with exactly that span (first occurrence in the sentence), so spans are checked too.
 */
class NumberScannerTest {
  private static final NumberScanner scanner = Mentions.SCANNER;

  static NumberMention mention(String sentence, String surface) {
    return Mentions.mention(sentence, surface);
  }

  static String surfaces(String sentence) {
    return scanner.scanOrThrow(sentence).stream().map(NumberMention::surface).collect(Collectors.joining(";"));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # digits, separators, decimals, scale words
      The convoy carried 1,200 tents to the border.                 | 1,200               | count    | 1200        | exact     | tent
      Officials counted 13,000 volunteers at the stations.          | 13,000              | count    | 13000       | exact     | volunteer
      The river rose by 4.5 metres in a day.                        | 4.5 metres          | distance | 4.5         | exact     |
      A total of 1,250,000 ballots were printed.                    | 1,250,000           | count    | 1250000     | exact     | ballot
      Some 1.5 million households lost heating.                     | Some 1.5 million    | count    | 1500000     | about     | household
      She said a million voters had registered.                     | a million           | count    | 1000000     | exact     | voter
      The fund pledged $60 billion over five years.                 | $60 billion         | money    | 60e9        | exact     |
      Exports reached 300 billion dollars last year.                | 300 billion dollars | money    | 300e9       | exact     |
      The grant was worth €2.5m in the end.                         | €2.5m               | money    | 2.5e6       | exact     |
      The city budget adds ₴5 billion for shelters.                 | ₴5 billion          | money    | 5e9         | exact     |
      Damage was put at US$4 billion by the ministry.               | US$4 billion        | money    | 4e9         | exact     |
      The bank holds USD 12 million in reserve.                     | USD 12 million      | money    | 12e6        | exact     |
      A ticket costs 450 hryvnias at the counter.                   | 450 hryvnias        | money    | 450         | exact     |
      The deal was valued at £3bn by analysts.                      | £3bn                | money    | 3e9         | exact     |
      The plant produced 40bn cubic metres of gas.                  | 40bn cubic metres   | volume   | 40e9        | exact     |
      # number words
      Crews cleared fifty-one roads before noon.                    | fifty-one           | count    | 51          | exact     | road
      They reported ninety-nine launches in total.                  | ninety-nine         | count    | 99          | exact     | launch
      Rescuers found thirty-five survivors.                         | thirty-five         | count    | 35          | exact     | survivor
      The ministry listed two hundred and five schools.             | two hundred and five | count   | 205         | exact     | school
      The village has a hundred houses left.                        | a hundred           | count    | 100         | exact     | house
      Investigators questioned a dozen witnesses.                   | a dozen             | count    | 12          | exact     | witness
      The crew saw two dozen boats on the river.                    | two dozen           | count    | 24          | exact     | boat
      Engineers needed half a dozen cranes.                         | half a dozen        | count    | 6           | exact     | crane
      The fleet lost one hundred thousand tonnes of cargo.          | one hundred thousand tonnes | mass | 100000  | exact     |
      They have waited a couple of weeks for parts.                 | a couple of weeks   | duration | 2           | about     | week
      Pilots flew a couple of sorties each day.                     | a couple            | count    | 2           | about     | sortie
      The navy sank seventy-two of the boats.                       | seventy-two         | count    | 72          | exact     | boat
      Eleven trains were cancelled.                                 | Eleven              | count    | 11          | exact     | train
      There were zero casualties among the crew.                    | zero                | count    | 0           | exact     | casualty
      # compounds with a hyphen
      He chaired a five-hour session of the council.                | five-hour           | duration | 5           | exact     | hour
      Nurses work a 12-hour shift in winter.                        | 12-hour             | duration | 12          | exact     | hour
      The parties agreed a 30-day truce.                            | 30-day              | duration | 30          | exact     | day
      A nine-storey tower was hit.                                  | nine-storey         | count    | 9           | exact     | storey
      Both camps discussed a 28-point memo.                         | 28-point            | count    | 28          | exact     | point
      The minister began a three-day tour.                          | three-day           | duration | 3           | exact     | day
      It was a 40-minute call with the envoy.                       | 40-minute           | duration | 40          | exact     | minute
      A six-year-old boy was rescued.                               | six-year-old        | age      | 6           | exact     |
      The pilot is 54 years old.                                    | 54 years old        | age      | 54          | exact     |
      # fractions
      The army holds roughly one-fifth of the province.             | roughly one-fifth   | fraction | 0.2         | about     | province
      A fifth of the budget goes to defence.                        | A fifth             | fraction | 0.2         | exact     | budget
      Half the staff stayed home.                                   | Half                | fraction | 0.5         | exact     |
      The factory lost roughly half of its orders.                  | roughly half        | fraction | 0.5         | about     | order
      Turnout fell by two-thirds in the city.                       | two-thirds          | fraction | 0.666666667 | exact     |
      Three quarters of the wells are dry.                          | Three quarters      | fraction | 0.75        | exact     | well
      Strikes may cut up to a fifth of the output.                  | up to a fifth       | fraction | 0.2         | up_to     | output
      One third of the homes have no glass.                         | One third           | fraction | 0.333333333 | exact     | home
      Nearly a third of the staff left.                             | Nearly a third      | fraction | 0.333333333 | almost    | staff
      A quarter of the bridges are closed.                          | A quarter           | fraction | 0.25        | exact     | bridge
      # percentages
      Prices climbed 5% in March.                                   | 5%                  | percent  | 5           | exact     |
      Prices climbed 5 percent in March.                            | 5 percent           | percent  | 5           | exact     |
      Prices climbed 5 per cent in March.                          | 5 per cent          | percent  | 5           | exact     |
      Output grew more than 7 percent last quarter.                 | more than 7 percent | percent  | 7           | more_than |
      Support slipped about 3.5 percentage points.                  | about 3.5 percentage points | percent | 3.5  | about     |
      Only twelve percent of voters agreed.                         | twelve percent      | percent  | 12          | exact     | voter
      # ordinals
      It was the third evacuation this week.                        | third               | ordinal  | 3           | exact     | evacuation
      The eleventh convoy arrived late.                             | eleventh            | ordinal  | 11          | exact     | convoy
      Crowds gathered for the fourth night.                         | fourth              | ordinal  | 4           | exact     | night
      The 21st brigade moved north.                                 | 21st                | ordinal  | 21          | exact     | brigade
      It was at least the fifth blackout.                           | at least the fifth  | ordinal  | 5           | at_least  | blackout
      Talks resumed for a second round.                             | second              | ordinal  | 2           | exact     | round
      The twenty-first session opened.                              | twenty-first        | ordinal  | 21          | exact     | session
      The ferry sailed for a third time.                            | third               | ordinal  | 3           | exact     | time
      # hedges
      Traders sold oil at just under $70 a barrel.                  | just under $70      | money    | 70          | almost    |
      The index closed above $58 on Friday.                         | above $58           | money    | 58          | more_than |
      Officials counted nearly 640 shells.                          | nearly 640          | count    | 640         | almost    | shell
      The group raised more than a hundred tents.                   | more than a hundred | count    | 100         | more_than | tent
      At least 375 homes were flooded.                              | At least 375        | count    | 375         | at_least  | home
      Some 20 trucks crossed at dawn.                               | Some 20             | count    | 20          | about     | truck
      Police detained around 300 people.                            | around 300          | count    | 300         | about     | person
      Medics treated approximately 45 patients.                     | approximately 45    | count    | 45          | about     | patient
      The agency estimated an estimated 8,000 evacuees.             | an estimated 8,000  | count    | 8000        | about     | evacuee
      The vote drew almost 900 delegates.                           | almost 900          | count    | 900         | almost    | delegate
      Crews repaired close to 70 substations.                       | close to 70         | count    | 70          | almost    | substation
      The storm left just shy of 400 villages dark.                 | just shy of 400     | count    | 400         | almost    | village
      Up to 60 buses will run tonight.                              | Up to 60            | count    | 60          | up_to     | bus
      As many as 25 ships were waiting.                             | As many as 25       | count    | 25          | up_to     | ship
      Fewer than 200 lorries got through.                           | Fewer than 200      | count    | 200         | less_than | lorry
      Less than 10 percent of trains ran.                           | Less than 10 percent | percent | 10          | less_than | train
      No fewer than 14 ministers resigned.                          | No fewer than 14    | count    | 14          | at_least  | minister
      Over 90 flights were cancelled.                               | Over 90             | count    | 90          | more_than | flight
      Upwards of 3,000 people marched.                              | Upwards of 3,000    | count    | 3000        | more_than | person
      Losses ran in excess of 40 tanks.                             | in excess of 40     | count    | 40          | more_than | tank
      The total was just over 1,100 votes.                          | just over 1,100     | count    | 1100        | more_than | vote
      Under 50 families returned.                                   | Under 50            | count    | 50          | less_than | family
      A minimum of 12 judges must sign.                             | A minimum of 12     | count    | 12          | at_least  | judge
      Sirens sounded in over 11 regions.                            | 11                  | count    | 11          | exact     | region
      Sirens sounded over 14 oblasts at night.                      | 14                  | count    | 14          | exact     | oblast
      Power was cut in over 120 towns.                              | 120                 | count    | 120         | exact     | town
      Russia fired over 70 rockets at the port.                     | over 70             | count    | 70          | more_than | rocket
      # durations
      The hearing lasted two hours and 45 minutes.                  | two hours and 45 minutes | duration | 2.75   | exact     | hour
      The call went on for an hour and 15 minutes.                  | an hour and 15 minutes | duration | 1.25     | exact     | hour
      The briefing took about 40 minutes.                           | about 40 minutes    | duration | 40          | about     | minute
      The queue moved for three hours.                              | three hours         | duration | 3           | exact     | hour
      The interview lasted four and a half hours.                   | four and a half hours | duration | 4.5       | exact     | hour
      The summit ran more than two hours over time.                 | more than two hours | duration | 2           | more_than | hour
      The delegates waited an hour outside.                         | an hour             | duration | 1           | exact     | hour
      We stopped for half an hour.                                  | half an hour        | duration | 0.5         | exact     | hour
      The session lasted an hour and a half.                        | an hour and a half  | duration | 1.5         | exact     | hour
      Repairs will take six weeks.                                  | six weeks           | duration | 6           | exact     | week
      The ban has held for 18 months.                               | 18 months           | duration | 18          | exact     | month
      She has lived there for forty years.                          | forty years         | duration | 40          | exact     | year
      The alarm lasted 90 seconds.                                  | 90 seconds          | duration | 90          | exact     | second
      A reply is due within about a week.                           | about a week        | duration | 1           | about     | week
      The pause lasted less than a month.                           | less than a month   | duration | 1           | less_than | month
      # weapon designations are names, the count before them is a number
      Crews downed 31 Kh-101s near the coast.                       | 31                  | count    | 31          | exact     | kh-101
      Radar tracked 12 Kh-101 cruise missiles.                      | 12                  | count    | 12          | exact     | missile
      The air force saw 9 Iskander-M/KN-23 ballistic missiles.      | 9                   | count    | 9           | exact     | missile
      Gunners hit four Kh-59/69s in the morning.                    | four                | count    | 4           | exact     | kh-59/69
      The battery downed two Su-34s overnight.                      | two                 | count    | 2           | exact     | su-34
      Three MiG-31 interceptors took off.                           | Three               | count    | 3           | exact     | interceptor
      The unit fired six S-300 missiles.                            | six                 | count    | 6           | exact     | missile
      # objects: modifiers, of-phrases, irregular lemmas
      Russia launched 212 Shahed attack drones at night.            | 212                 | count    | 212         | exact     | drone
      The air force shot down 44 long-range drones.                 | 44                  | count    | 44          | exact     | drone
      Defences stopped 18 Russian guided aerial bombs.              | 18                  | count    | 18          | exact     | bomb
      Sappers cleared 15 enemy imitator drones.                     | 15                  | count    | 15          | exact     | drone
      Troops captured 8 further hypersonic missiles.                | 8                   | count    | 8           | exact     | missile
      Engineers found 7 of the unexploded shells.                   | 7                   | count    | 7           | exact     | shell
      Inspectors checked 25 of the 40 factories.                    | 25                  | count    | 25          | exact     | factory
      The blast injured 19 children.                                | 19                  | count    | 19          | exact     | child
      Officers evacuated 250 people from the block.                 | 250                 | count    | 250         | exact     | person
      The unit lost 3 UAVs to jamming.                              | 3                   | count    | 3           | exact     | uav
      A drone hit 5 aircraft on the ground.                         | 5                   | count    | 5           | exact     | aircraft
      The regiment trained 60 women as medics.                      | 60                  | count    | 60          | exact     | woman
      Workers installed 14 boxes of filters.                        | 14                  | count    | 14          | exact     | box
      Volunteers packed 80 parcels and 30 blankets.                 | 30                  | count    | 30          | exact     | blanket
      The strike damaged 6 power lines and a depot.                 | 6                   | count    | 6           | exact     | line
      Only 31 were destroyed.                                       | 31                  | count    | 31          | exact     |
      The death toll has climbed to 28.                             | 28                  | count    | 28          | exact     |
      Two of them were wounded.                                     | Two                 | count    | 2           | exact     |
      The shelter holds 600 a day at most.                          | 600                 | count    | 600         | exact     |
      One official confirmed the figure.                            | One                 | count    | 1           | exact     | official
      About 9,000 more than last year attended.                     | About 9,000         | count    | 9000        | about     |
      Three Russian were named.                                     | Three               | count    | 3           | exact     |
      A 40,000-strong garrison stayed.                              | 40,000-strong       | count    | 40000       | exact     | garrison
      The second large convoy arrived.                              | second              | ordinal  | 2           | exact     | convoy
      It was the ninth large-scale Russian missile barrage on the grid. | ninth             | ordinal  | 9           | exact     | barrage
      He met the First Deputy Prime Minister Anna Lenko today.      | First               | ordinal  | 1           | exact     |
      # ages
      Harris, 67, said the plan was sound.                          | 67                  | age      | 67          | exact     |
      The envoy, aged 72, flew home.                                | 72                  | age      | 72          | exact     |
      # years
      Elections were held in 2019.                                  | 2019                | year     | 2019        | exact     |
      The 2024 budget was cut.                                      | 2024                | year     | 2024        | exact     |
      The blocks date from the 1970s.                               | 1970s               | year     | 1970        | exact     |
      Prices have doubled since mid-2022.                           | 2022                | year     | 2022        | exact     |
      More than 2000 drones were built.                             | More than 2000      | count    | 2000        | more_than | drone
      """)
  void findsNumbers(String sentence, String surface, String kind, double value, String qualifier, String object) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.kind().code()).isEqualTo(kind);
    assertThat(m.value()).isCloseTo(value, offset(1e-6 * Math.max(1, Math.abs(value))));
    assertThat(m.qualifier().code()).isEqualTo(qualifier);
    assertThat(m.object()).isEqualTo(object);
    assertThat(m.surface()).isEqualTo(surface);
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Between 40 and 50 boats were seen.               | Between 40 and 50   | 40    | 50    | boat
      Police reported 40-50 arrests.                   | 40-50               | 40    | 50    | arrest
      Police reported 40–50 arrests.                   | 40–50               | 40    | 50    | arrest
      The train carries 40 to 50 wagons.               | 40 to 50            | 40    | 50    | wagon
      The count rose from 40 to 50 shelters.           | from 40 to 50       | 40    | 50    | shelter
      Repairs take two to three weeks.                 | two to three weeks  | 2     | 3     | week
      The loan is worth 5 to 7 million euros.          | 5 to 7 million euros | 5e6  | 7e6   |
      Losses of 3-4 percent are expected.              | 3-4 percent         | 3     | 4     |
      The estimate was between two and four thousand.  | between two and four thousand | 2000 | 4000 |
      From 2022 to 2024 the plant was idle.            | From 2022 to 2024   | 2022  | 2024  |
      The repairs cost $5-7 billion in total.          | $5-7 billion        | 5e9   | 7e9   |
      Oil traded between $40 and $50 a barrel.         | between $40 and $50 | 40    | 50    |
      """)
  void findsRanges(String sentence, String surface, double low, double high, String object) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.value()).isEqualTo(low);
    assertThat(m.valueMax()).isEqualTo(high);
    assertThat(m.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(m.object()).isEqualTo(object);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      The value fell from 500 to 300 within a year.   | 500;300;a year
      The panel voted 7 to 2 in favour.               | 7;2
      The score was 3-2 after extra time.             | 3;2
      """)
  void aFallingPairIsNotARange(String sentence, String expected) {
    assertThat(surfaces(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} = {3} h")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The meeting lasted 40 minutes.                   | 40 minutes                 | minute | 0.666666667
      The meeting lasted two hours and 45 minutes.     | two hours and 45 minutes   | hour   | 2.75
      The meeting lasted an hour and 15 minutes.       | an hour and 15 minutes     | hour   | 1.25
      The meeting lasted four and a half hours.        | four and a half hours      | hour   | 4.5
      It was a five-hour meeting.                      | five-hour                  | hour   | 5
      The meeting lasted three days.                   | three days                 | day    | 72
      The meeting lasted 2 weeks.                      | 2 weeks                    | week   | 336
      The meeting lasted ten minutes.                  | ten minutes                | minute | 0.166666667
      The meeting lasted 90 mins.                      | 90 mins                    | minute | 1.5
      The meeting lasted a day and 6 hours.            | a day and 6 hours          | day    | 30
      The meeting lasted half an hour.                 | half an hour               | hour   | 0.5
      The meeting lasted a half-hour.                  | a half-hour                | hour   | 0.5
      """)
  void convertsDurationsToHours(String sentence, String surface, String unit, double hours) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.kind()).isEqualTo(Kind.DURATION);
    assertThat(m.unit()).isEqualTo(unit);
    assertThat(m.hours()).isCloseTo(hours, offset(1e-6));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      The order is dated 28.11.2024 and signed.          | 28.11.2024        | 2024 | 11 | 28
      The order is dated 3.4.25 and signed.              | 3.4.25            | 2025 | 4  | 3
      Talks resumed on January 15, 2025 in Riyadh.       | January 15, 2025  | 2025 | 1  | 15
      Talks resumed on January 15 in Riyadh.             | January 15        | -    | 1  | 15
      Talks resumed on 15 January 2025 in Riyadh.        | 15 January 2025   | 2025 | 1  | 15
      Talks resumed on 15 January in Riyadh.             | 15 January        | -    | 1  | 15
      The strike came on July 12 at night.               | July 12           | -    | 7  | 12
      The summit opens June 2 in Rome.                   | June 2            | -    | 6  | 2
      The file is dated 2024-11-28.                      | 2024-11-28        | 2024 | 11 | 28
      The file is dated 28/11/2024.                      | 28/11/2024        | 2024 | 11 | 28
      The deadline was Sept. 30, 2025.                   | Sept. 30, 2025    | 2025 | 9  | 30
      The deadline is the 3rd of March.                  | 3rd of March      | -    | 3  | 3
      The deadline is March 3rd.                         | March 3rd         | -    | 3  | 3
      Shipments resumed in March 2024.                   | March 2024        | 2024 | 3  | -
      """)
  void readsDates(String sentence, String surface, Integer year, Integer month, Integer day) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.kind()).isEqualTo(Kind.DATE);
    assertThat(m.year()).isEqualTo(year);
    assertThat(m.month()).isEqualTo(month);
    assertThat(m.day()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Sirens started at 21:00 local time.           | 21:00       | 21 | 0
      Sirens started at 10:00 sharp.                | 10:00       | 10 | 0
      Sirens started at 9:30 p.m. and stopped.      | 9:30 p.m.   | 21 | 30
      Sirens started at 2 a.m. and stopped.         | 2 a.m.      | 2  | 0
      Sirens started at 2am and stopped.            | 2am         | 2  | 0
      Sirens started at 11 pm and stopped.          | 11 pm       | 23 | 0
      Sirens started at 12 a.m. exactly.            | 12 a.m.     | 0  | 0
      Sirens started at one o'clock.                | one o'clock | 1  | 0
      Sirens started at one o’clock.                | one o’clock | 1  | 0
      Sirens started at 3 o'clock.                  | 3 o'clock   | 3  | 0
      Sirens started at 8.30am and stopped.         | 8.30am      | 8  | 30
      Sirens started at 0230 GMT.                   | 0230        | 2  | 30
      Sirens started at 1800 UTC.                   | 1800        | 18 | 0
      Sirens started at 7.45 p.m. and stopped.      | 7.45 p.m.   | 19 | 45
      """)
  void readsTimes(String sentence, String surface, int hour, int minute) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.kind()).isEqualTo(Kind.TIME);
    assertThat(m.hour()).isEqualTo(hour);
    assertThat(m.minute()).isEqualTo(minute);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The Kh-101 is a cruise missile.
      Batteries of S-300/S-400 systems were moved.
      The Iskander-M/KN-23 has a short flight time.
      A MiG-31 took off from the base.
      A Tu-95 bomber was seen over the sea.
      The Su-34 and the F-16 are jets.
      The G7 met in the mountains.
      Guided Kh-59/69 missiles were used.
      Crews repaired the Kh-101s quickly.
      The rules of COVID-19 were lifted.
      The service runs 24/7 now.
      Version 3.5.9 was released.
      """)
  void designationsAreNotNumbers(String sentence) {
    assertThat(scanner.scanOrThrow(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      No one was hurt, and the one who called was safe.
      They talked one-on-one before a three-on-three format.
      The first-hand account was half-hearted.
      Dozens of drones and thousands of shells were fired.
      The second half of the match was dull.
      They waited another hour and a half.
      """)
  void wordsThatAreNotCountsAreSkipped(String sentence) {
    assertThat(scanner.scanOrThrow(sentence)).allSatisfy(m -> assertThat(m.kind()).isEqualTo(Kind.ORDINAL));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The raid involved 37 Kh-101 cruise missiles.              | 37          | Kh-101 cruise missiles
      Guards found 14 Shahed drones in a field.                 | 14          | Shahed drones
      Crews destroyed seventy-two of the missiles.              | seventy-two | missiles
      Crews destroyed 22 of the ballistic missiles.             | 22          | ballistic missiles
      Crews destroyed 16 ballistic and cruise missiles.         | 16          | ballistic and cruise missiles
      It was the eleventh large-scale attack this year.         | eleventh    | large-scale attack
      """)
  void keepsTheObjectPhraseAsWritten(String sentence, String surface, String phrase) {
    NumberMention m = mention(sentence, surface);
    assertThat(m.objectPhrase()).isEqualTo(phrase);
    assertThat(sentence.substring(m.objectBegin(), m.objectEnd())).isEqualTo(phrase);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Up to 40 people fled.                      | Up to 40               | 40
      It took roughly one-fifth of the land.     | roughly one-fifth      | one-fifth
      It cost just under $66 a barrel.           | just under $66         | 66
      The note raised $60 billion in a week.     | $60 billion            | 60 billion
      Prices rose about 5 percent overnight.     | about 5 percent        | 5
      We met for a five-hour session.            | five-hour              | five
      Between 40 and 50 boats were seen.         | Between 40 and 50      | 40 and 50
      It lasted two hours and 45 minutes.        | two hours and 45 minutes | two hours and 45
      """)
  void numberSpanCoversOnlyTheNumber(String sentence, String surface, String number) {
    NumberMention m = mention(sentence, surface);
    assertThat(sentence.substring(m.numberBegin(), m.numberEnd())).isEqualTo(number);
  }

  @Test
  void findsEveryNumberOfASentenceInOrder() {
    String s = "On 3.10.2025 Russia sent 496 drones and about 50 missiles; over 430 were downed in 2 hours.";
    assertThat(surfaces(s)).isEqualTo("3.10.2025;496;about 50;over 430;2 hours");
  }

  @Test
  void aYearWithAPluralNounIsACount() {
    assertThat(mention("Factories built 2024 drones that year.", "2024").kind()).isEqualTo(Kind.COUNT);
  }

  @Test
  void typographicCharactersAndNonBreakingSpacesAreHandled() {
    String s = "“Roughly\u00a0300 drones” came – then 40—50 more\u202Fdrones.";
    NumberMention m = mention(s, "Roughly\u00a0300");
    assertThat(m.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(m.object()).isEqualTo("drone");
  }

  @Test
  void emptyAndNullInputGiveNoMentions() {
    assertThat(scanner.scan("")).isEmpty();
    assertThat(scanner.scan(null)).isEmpty();
    assertThat(scanner.scan("   \u00a0 ")).isEmpty();
  }

  @Test
  void hugeNumbersAreDoubles() {
    NumberMention m = mention("The ledger showed 1234567890123456789012345 coins.", "1234567890123456789012345");
    assertThat(m.value()).isCloseTo(1.2345678901234568e24, offset(1e10));
    assertThat(m.object()).isEqualTo("coin");
  }
}
