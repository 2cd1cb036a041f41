package org.newstally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Meetings from short texts written for these tests; each case is one phenomenon. */
class MeetingExtractorTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("held, with place, weekday and duration",
            "Steve Witkoff met Vladimir Putin in the Kremlin on Tuesday for about four hours.", "2025-12-03",
            List.of("held [Steve Witkoff, Vladimir Putin] @Kremlin, Moscow 2025-12-02 4.0h")),
        Arguments.of("compound duration and a meeting between two people",
            "The talks in Geneva followed a six-hour meeting between Rubio and Sergei Lavrov in Riyadh earlier "
                + "this month.", "2025-12-03",
            List.of("held [Marco Rubio, Sergey Lavrov] @Riyadh null 6.0h")),
        Arguments.of("planned, future weekday",
            "Zelensky will meet Emmanuel Macron in Paris on Monday.", "2025-12-06",
            List.of("planned [Emmanuel Macron, Volodymyr Zelenskyy] @Paris 2025-12-08")),
        Arguments.of("cancelled", "Trump said he had called off a summit with Putin in Budapest.", "2025-10-22",
            List.of("cancelled [Donald Trump, Vladimir Putin] @Budapest null")),
        Arguments.of("postponed", "A meeting between Rubio and Lavrov was put on hold.", "2025-10-22",
            List.of("postponed [Marco Rubio, Sergey Lavrov] @null null")),
        Arguments.of("possible", "Putin might meet Zelenskyy in Istanbul, a Turkish official suggested.",
            "2025-05-10", List.of("possible [Vladimir Putin, Volodymyr Zelenskyy] @Istanbul null")),
        Arguments.of("not scheduled",
            "Dmitry Peskov said there were no plans for Putin to meet Zelenskyy.", "2025-05-10",
            List.of("not_scheduled [Vladimir Putin, Volodymyr Zelenskyy] @null null")),
        Arguments.of("due to meet but did not: cancelled",
            "Zelenskyy had been due to meet Trump in Rome, but the meeting did not take place.", "2025-05-10",
            List.of("cancelled [Donald Trump, Volodymyr Zelenskyy] @Rome null")),
        Arguments.of("a phone call is not a meeting",
            "Trump spoke with Putin by phone for more than two hours on Tuesday.", "2025-05-10", List.of()),
        Arguments.of("the speaker is not a participant",
            "Andrii Yermak met Marco Rubio in Jeddah on Tuesday, Andrii Sybiha said.", "2025-03-12",
            List.of("held [Andrii Yermak, Marco Rubio] @Jeddah 2025-03-11")),
        Arguments.of("the speaker who speaks of himself is",
            "Trump said on Friday that he would meet Putin in Alaska.", "2025-08-08",
            List.of("planned [Donald Trump, Vladimir Putin] @Alaska null")),
        Arguments.of("an absent person is left out",
            "Keith Kellogg was not part of the delegation that met Lavrov in Riyadh, where Marco Rubio and Steve "
                + "Witkoff held talks with Sergey Lavrov.", "2025-02-20",
            List.of("held [Marco Rubio, Sergey Lavrov, Steve Witkoff] @Riyadh null")),
        Arguments.of("a possessive about something else is left out",
            "Witkoff and Kushner met Umerov in Miami on Sunday, the first talks since Yermak's resignation.",
            "2025-12-01", List.of("held [Jared Kushner, Rustem Umerov, Steve Witkoff] @Miami, Florida 2025-11-30")),
        Arguments.of("participants named in the next sentence",
            "The two delegations met in Istanbul on Friday for about two hours. The Ukrainian side was led by "
                + "Rustem Umerov and the Russian side by Vladimir Medinsky.", "2025-05-17",
            List.of("held [Rustem Umerov, Vladimir Medinsky] @Istanbul 2025-05-16 2.0h")),
        Arguments.of("joined by",
            "Marco Rubio met Andrii Yermak in Geneva on Sunday. Rubio was joined by Dan Driscoll.", "2025-11-24",
            List.of("held [Andrii Yermak, Dan Driscoll, Marco Rubio] @Geneva 2025-11-23")),
        Arguments.of("the meeting's length in a later sentence",
            "Witkoff met Putin in St Petersburg on Friday. The meeting lasted four and a half hours, an aide said.",
            "2025-04-12", List.of("held [Steve Witkoff, Vladimir Putin] @St Petersburg 2025-04-11 4.5h")),
        Arguments.of("a wait is not the meeting's length",
            "Reporters waited almost seven hours before Zelenskyy met Friedrich Merz in Berlin on Sunday.",
            "2025-12-15", List.of("held [Friedrich Merz, Volodymyr Zelenskyy] @Berlin 2025-12-14")),
        Arguments.of("a later sentence names who took part in the meeting at a place",
            "Zelensky met Trump in The Hague on Wednesday. Zelensky later spoke to Putin's critics. Trump called it "
                + "a good meeting. Andriy Yermak took part in the meeting in The Hague along with Rustem Umerov.",
            "2025-06-25", List.of("held [Andrii Yermak, Donald Trump, Rustem Umerov, Volodymyr Zelenskyy] @The Hague "
                + "2025-06-25")),
        Arguments.of("two meetings in one sentence stay apart",
            "The talks in Florida, which include Jared Kushner, followed a five-hour meeting between Witkoff and "
                + "Putin in Moscow.", "2025-12-06",
            List.of("held [Steve Witkoff, Vladimir Putin] @Moscow null 5.0h"))
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void meetings(String name, String text, String published, List<String> expected) {
    assertThat(Extraction.meetings(text, published)).as(text).containsExactlyElementsOf(expected);
  }
}
