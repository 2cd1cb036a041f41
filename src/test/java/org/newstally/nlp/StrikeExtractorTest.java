package org.newstally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Strike figures from short texts written for these tests; each case is one phenomenon. */
class StrikeExtractorTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // plain report, night = published date
        Arguments.of("exact figures overnight",
            "Russia launched 412 drones and 37 missiles at Ukraine overnight, the air force said.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 412 exact 2025-03-08",
                "Russia->Ukraine missile launched 37 exact 2025-03-08")),
        // hedges, each on its own figure
        Arguments.of("hedges stay with their figure",
            "Russia sent more than 300 drones and about 20 missiles against Ukrainian cities overnight.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 300 more_than 2025-03-08",
                "Russia->Ukraine missile launched 20 about 2025-03-08")),
        Arguments.of("nearly and at least",
            "Overnight the enemy attacked with nearly 250 Shahed drones; at least 12 missiles followed.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 250 almost 2025-03-08")),
        // words
        Arguments.of("figures in words",
            "Russia fired sixty-one missiles and two hundred and five drones at Ukraine overnight.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 205 exact 2025-03-08",
                "Russia->Ukraine missile launched 61 exact 2025-03-08")),
        // combined total
        Arguments.of("combined total",
            "Last night Russia used 480 drones and missiles against the power grid.", "2025-03-08",
            List.of("Russia->Ukraine total launched 480 exact 2025-03-08")),
        Arguments.of("means of air attack",
            "During the night the enemy attacked Ukraine with 233 means of air attack.", "2025-03-08",
            List.of("Russia->Ukraine total launched 233 exact 2025-03-08")),
        // downed and lost kept apart
        Arguments.of("downed and lost",
            "Air defences shot down 290 drones and 30 missiles, while 95 drones were lost from radar.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 290 exact 2025-03-08",
                "Russia->Ukraine drone lost 95 exact 2025-03-08",
                "Russia->Ukraine missile downed 30 exact 2025-03-08")),
        Arguments.of("shot down or suppressed, locationally lost",
            "The air force said 281 drones were shot down or suppressed. Another 40 drones were locationally lost.",
            "2025-03-08",
            List.of("Russia->Ukraine drone downed 281 exact 2025-03-08",
                "Russia->Ukraine drone lost 40 exact 2025-03-08")),
        Arguments.of("of which",
            "Russia attacked with 77 drones overnight, of which 61 were intercepted and 12 were jammed.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 61 exact 2025-03-08",
                "Russia->Ukraine drone launched 77 exact 2025-03-08",
                "Russia->Ukraine drone lost 12 exact 2025-03-08")),
        // breakdowns are not added
        Arguments.of("per-type breakdown after including",
            "Russia launched 300 drones and 40 missiles overnight, including 20 Kh-101 cruise missiles and "
                + "12 Iskander-M ballistic missiles.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 300 exact 2025-03-08",
                "Russia->Ukraine missile launched 40 exact 2025-03-08")),
        Arguments.of("breakdown in its own sentence",
            "Russia launched 300 drones and 40 missiles overnight. The missiles included 28 Kh-101 cruise missiles "
                + "and 12 Kalibrs.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 300 exact 2025-03-08",
                "Russia->Ukraine missile launched 40 exact 2025-03-08")),
        Arguments.of("a model name alone stands for the class",
            "Air defences destroyed 70 cruise missiles and 28 drones overnight.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 28 exact 2025-03-08",
                "Russia->Ukraine missile downed 70 exact 2025-03-08")),
        Arguments.of("parts summed when the class figure is missing",
            "Russia launched 90 drones overnight. Of those, 10 Kh-101s, four Kalibrs and two Kinzhals were shot "
                + "down, along with 70 drones.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 70 exact 2025-03-08",
                "Russia->Ukraine drone launched 90 exact 2025-03-08",
                "Russia->Ukraine missile downed 16 exact 2025-03-08")),
        // a hedged lede and the exact figure later are one figure
        Arguments.of("exact figure beats the hedged lede",
            "Russia sent more than a hundred drones overnight. The air force later said 117 drones had been "
                + "launched.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 117 exact 2025-03-08")),
        // direction
        Arguments.of("Russian MoD claim about Ukrainian drones",
            "Russia's defence ministry said its air defences destroyed 96 Ukrainian drones over Russian regions "
                + "overnight.", "2025-03-08",
            List.of("Ukraine->Russia drone downed 96 exact 2025-03-08")),
        Arguments.of("the side attacked as subject",
            "Ukraine faced 530 drones and missiles overnight, the air force said.", "2025-03-08",
            List.of("Russia->Ukraine total launched 530 exact 2025-03-08")),
        Arguments.of("another conflict",
            "Iran fired more than 150 missiles at Israel overnight, the Israeli military said.", "2025-03-08",
            List.of("Iran->Israel missile launched 150 more_than 2025-03-08")),
        // not strike records
        Arguments.of("regional sub-count",
            "Over the Kharkiv region, air defences destroyed 14 drones and two missiles, the governor said.",
            "2025-03-08", List.of()),
        Arguments.of("weekly total",
            "Over the past week Russia launched more than 1,200 drones at Ukraine, the president said.", "2025-03-08",
            List.of()),
        Arguments.of("monthly total",
            "In February, Russia launched more than 4,000 drones at Ukraine.", "2025-03-08", List.of()),
        Arguments.of("interceptors are not attack figures",
            "Ukraine wants to build 1,000 interceptor drones a day.", "2025-03-08", List.of()),
        Arguments.of("absurd number",
            "Russia launched 1000000000000 drones overnight, a troll account claimed.", "2025-03-08", List.of()),
        Arguments.of("casualties are not figures",
            "At least 14 people were killed when drones hit a building overnight.", "2025-03-08", List.of()),
        // nights
        Arguments.of("overnight into a weekday",
            "Russia launched 210 drones at Ukraine overnight into Sunday.", "2025-03-09",
            List.of("Russia->Ukraine drone launched 210 exact 2025-03-09")),
        Arguments.of("last weekday is strictly before",
            "Last Friday, Russia had fired 150 drones and 12 missiles at Ukraine.", "2025-03-14",
            List.of("Russia->Ukraine drone launched 150 exact 2025-03-07",
                "Russia->Ukraine missile launched 12 exact 2025-03-07")),
        Arguments.of("weekday across the new year",
            "On Sunday, Russia fired 62 drones at Ukraine.", "2025-01-02",
            List.of("Russia->Ukraine drone launched 62 exact 2024-12-29")),
        Arguments.of("night of an explicit date beats a parenthesis",
            "On the night of 9 March (from 19:00 on 8 March), the enemy attacked with 145 attack UAVs.",
            "2025-03-09", List.of("Russia->Ukraine drone launched 145 exact 2025-03-09")),
        Arguments.of("back-reference with its own date",
            "Russia launched 200 drones overnight. Earlier this month, on March 2, the air force counted 380 "
                + "drones in a single night.", "2025-03-09",
            List.of("Russia->Ukraine drone launched 200 exact 2025-03-09",
                "Russia->Ukraine drone launched 380 exact 2025-03-02")),
        Arguments.of("no published date: weekday nights stay unresolved but apart",
            "Russia launched 300 drones overnight into Tuesday. Last Friday it had fired 250 drones.", null,
            List.of("Russia->Ukraine drone launched 250 exact null",
                "Russia->Ukraine drone launched 300 exact null")),
        Arguments.of("a night named by its two dates ends on the second",
            "Russia launched 210 drones at Ukraine on the night of Feb. 3-4, the air force reported.", "2025-02-04",
            List.of("Russia->Ukraine drone launched 210 exact 2025-02-04")),
        Arguments.of("the same, days first and a year",
            "On the night of 6 to 7 December 2024, the enemy attacked with 93 strike UAVs.", "2024-12-09",
            List.of("Russia->Ukraine drone launched 93 exact 2024-12-07")),
        Arguments.of("N of the M drones: M refers back",
            "Russia launched 120 drones overnight. The air force said it shot down 97 of the 120 drones.",
            "2025-03-08", List.of("Russia->Ukraine drone downed 97 exact 2025-03-08",
                "Russia->Ukraine drone launched 120 exact 2025-03-08")),
        // partitives: "X out of Y", "X of Y", "Y ..., X of which": the part is downed, the whole is launched
        Arguments.of("out of gives the downed part and the launched whole",
            "Air defences destroyed 31 out of 40 missiles and 50 out of 60 drones over several regions.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 50 exact 2025-03-08",
                "Russia->Ukraine drone launched 60 exact 2025-03-08",
                "Russia->Ukraine missile downed 31 exact 2025-03-08",
                "Russia->Ukraine missile launched 40 exact 2025-03-08")),
        Arguments.of("of without the article",
            "The air force said it shot down 66 of 70 Shahed drones launched overnight.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 66 exact 2025-03-08",
                "Russia->Ukraine drone launched 70 exact 2025-03-08")),
        Arguments.of("out of a record",
            "Ukraine intercepted 400 out of a record 450 Russian drones overnight.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 400 exact 2025-03-08",
                "Russia->Ukraine drone launched 450 exact 2025-03-08")),
        Arguments.of("the whole before of which",
            "Overnight Russia used 30 drones, 24 of which were shot down, and 12 missiles, nine of which were"
                + " intercepted.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 24 exact 2025-03-08",
                "Russia->Ukraine drone launched 30 exact 2025-03-08",
                "Russia->Ukraine missile downed 9 exact 2025-03-08",
                "Russia->Ukraine missile launched 12 exact 2025-03-08")),
        Arguments.of("all of them downed, the launch is the same count",
            "Ukraine's air force said it shot down all 29 Russia-launched drones over eight regions overnight.",
            "2025-03-08",
            List.of("Russia->Ukraine drone downed 29 exact 2025-03-08",
                "Russia->Ukraine drone launched 29 exact 2025-03-08")),
        // impacts are not launches, and they do not flip the direction
        Arguments.of("impacts are not launches",
            "Defenders intercepted 150 drones and three missiles overnight, while 14 drones and two missiles struck"
                + " their targets.", "2025-03-08",
            List.of("Russia->Ukraine drone downed 150 exact 2025-03-08",
                "Russia->Ukraine missile downed 3 exact 2025-03-08")),
        Arguments.of("hits after but",
            "Air defences stopped 210 drones and six missiles, but 18 drones and five missiles hit their targets.",
            "2025-03-08",
            List.of("Russia->Ukraine drone downed 210 exact 2025-03-08",
                "Russia->Ukraine missile downed 6 exact 2025-03-08")),
        // totals of a week are not a night
        Arguments.of("weekly total",
            "Over the past week Russia launched more than 1,300 drones and 40 missiles against Ukraine.",
            "2025-03-08", List.of()),
        Arguments.of("weapons as the subject of hit are impacts, as the object they are launches",
            "Two cruise missiles hit a warehouse in the west, officials said, after Russia struck Lviv with 15"
                + " missiles overnight.", "2025-03-08",
            List.of("Russia->Ukraine missile launched 15 exact 2025-03-08")),
        Arguments.of("colourful launch verbs",
            "Russia pummelled the capital with 420 drones and 13 missiles overnight; defences could only down five"
                + " of the missiles.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 420 exact 2025-03-08",
                "Russia->Ukraine missile downed 5 exact 2025-03-08",
                "Russia->Ukraine missile launched 13 exact 2025-03-08")),
        Arguments.of("the assault included",
            "The overnight assault included 88 strike drones and decoys and four ballistic missiles.", "2025-03-08",
            List.of("Russia->Ukraine drone launched 88 exact 2025-03-08",
                "Russia->Ukraine missile launched 4 exact 2025-03-08")),
        Arguments.of("an earlier record is its own back-referenced row",
            "Russia launched 320 drones overnight, beating the previous record of 250 drones set in the autumn.",
            "2025-03-08",
            List.of("Russia->Ukraine drone launched 250 exact null",
                "Russia->Ukraine drone launched 320 exact 2025-03-08")),
        Arguments.of("drones that took part",
            "Fourteen drones and two guided missiles took part in the night attack, the air force said.",
            "2025-03-08",
            List.of("Russia->Ukraine drone launched 14 exact 2025-03-08",
                "Russia->Ukraine missile launched 2 exact 2025-03-08")),
        Arguments.of("'the downing of' governs the part after a launch verb",
            "Twenty drones and three missiles participated in the strike, and the air force confirmed the downing of 18 drones and two of the missiles.",
            "2025-03-08",
            List.of("Russia->Ukraine drone downed 18 exact 2025-03-08",
                "Russia->Ukraine drone launched 20 exact 2025-03-08",
                "Russia->Ukraine missile downed 2 exact 2025-03-08",
                "Russia->Ukraine missile launched 3 exact 2025-03-08")),
        Arguments.of("a combined count of air assault vehicles",
            "Russia launched 640 air assault vehicles overnight, comprising 610 drones and 30 missiles.",
            "2025-03-08",
            List.of("Russia->Ukraine drone launched 610 exact 2025-03-08",
                "Russia->Ukraine missile launched 30 exact 2025-03-08",
                "Russia->Ukraine total launched 640 exact 2025-03-08")),
        Arguments.of("year from a dateline",
            "Odesa, 12.02.2025. On the night of 12 February, the enemy launched 77 drones.", null,
            List.of("Russia->Ukraine drone launched 77 exact 2025-02-12"))
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void figures(String name, String text, String published, List<String> expected) {
    assertThat(Extraction.strikes(text, published)).as(text).containsExactlyElementsOf(expected);
  }
}
