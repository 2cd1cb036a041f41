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
            List.of("held [Steve Witkoff, Vladimir Putin] @Moscow null 5.0h")),
        // who is at the table
        Arguments.of("everyone listed before 'negotiations with' had them",
            "Rubio and Driscoll held long negotiations with Umerov in Geneva on Sunday.", "2025-11-25",
            List.of("held [Dan Driscoll, Marco Rubio, Rustem Umerov] @Geneva 2025-11-23")),
        Arguments.of("the person an aide works for is not at the table",
            "Yermak, an aide to President Zelenskyy, met Witkoff in Miami on Friday.", "2025-11-30",
            List.of("held [Andrii Yermak, Steve Witkoff] @Miami, Florida 2025-11-28")),
        Arguments.of("a join sentence adds the people next to its cue, not everyone it names",
            "Witkoff met Putin in the Kremlin on Thursday. Ushakov, who attended the meeting, said the results would "
                + "be reported to Trump.", "2025-08-08",
            List.of("held [Steve Witkoff, Vladimir Putin, Yuri Ushakov] @Kremlin, Moscow 2025-08-07")),
        Arguments.of("a join list goes on past titles",
            "Lavrov met Rubio in Riyadh on Tuesday. The session, which also included adviser Mike Waltz, envoy "
                + "Steve Witkoff and aide Yuri Ushakov, went on for hours, officials said.", "2025-02-19",
            List.of("held [Marco Rubio, Mike Waltz, Sergey Lavrov, Steve Witkoff, Yuri Ushakov] @Riyadh 2025-02-18")),
        Arguments.of("a join list goes on past a long appositive to ', and' the next name",
            "Umerov met Witkoff in Doha on Monday. The US side was led by Witkoff, a property developer who has known "
                + "the president for decades, and Dan Driscoll, who runs the Army.", "2025-11-25",
            List.of("held [Dan Driscoll, Rustem Umerov, Steve Witkoff] @Doha 2025-11-24")),
        Arguments.of("a join cue under a modal is a possible meeting",
            "Driscoll met a Russian team in Doha on Monday. Ukraine may be represented by Budanov, reports said.",
            "2025-11-25", List.of("held [Dan Driscoll] @Doha 2025-11-24",
                "possible [Dan Driscoll, Kyrylo Budanov] @Doha null")),
        Arguments.of("a headline's quoted source is not a participant",
            "Trump: Witkoff met Putin in Moscow.", "2025-08-08",
            List.of("held [Steve Witkoff, Vladimir Putin] @Moscow null")),
        Arguments.of("the subject of reported speech is a participant, its speaker is not",
            "Zelenskyy remarked on Friday that Umerov had held talks with Rubio in Geneva.", "2025-11-28",
            List.of("held [Marco Rubio, Rustem Umerov] @Geneva null")),
        Arguments.of("after a comma an absence is about someone else",
            "Sybiha, who had met Fidan in Ankara on Monday, did not take part in the later round.", "2025-05-16",
            List.of("held [Andrii Sybiha, Hakan Fidan] @Ankara 2025-05-12")),
        Arguments.of("a call of another clause makes nobody a call partner",
            "A call with Putin came days before Trump hosted Zelenskyy at the White House.", "2025-10-20",
            List.of("held [Donald Trump, Volodymyr Zelenskyy] @White House, Washington null")),
        Arguments.of("Russian: a past meeting verb and Cyrillic names in the instrumental",
            "Стив Уиткофф встретился с Кириллом Дмитриевым во Флориде.", "2026-01-31",
            List.of("held [Kirill Dmitriev, Steve Witkoff] @null null")),
        Arguments.of("Ukrainian: talks held by two named people",
            "Рустем Умєров і Стів Віткофф провели переговори в Маямі.", "2026-01-31",
            List.of("held [Rustem Umerov, Steve Witkoff] @null null")),
        // status
        Arguments.of("'are planning to hold a meeting' is planned",
            "Witkoff and Dmitriev are planning to hold a meeting in Miami next Saturday, the outlet reported.",
            "2025-10-20", List.of("planned [Kirill Dmitriev, Steve Witkoff] @Miami, Florida 2025-10-25")),
        Arguments.of("an agreement on a new meeting, reached during a call, is planned",
            "Trump and Putin agreed on a new meeting in Budapest during a phone call on Thursday.", "2025-10-17",
            List.of("planned [Donald Trump, Vladimir Putin] @Budapest null")),
        Arguments.of("a past verb about the talks outweighs a schedule word; a delay is no length",
            "Talks between Rubio and Lavrov began two hours later than scheduled in Riyadh.", "2025-02-19",
            List.of("held [Marco Rubio, Sergey Lavrov] @Riyadh null")),
        Arguments.of("a past verb about something else does not make a planned summit held",
            "Ushakov said Trump and Putin had agreed to hold a summit in the coming days, and that work on the "
                + "agenda began.", "2025-10-17",
            List.of("planned [Donald Trump, Vladimir Putin] @null null")),
        Arguments.of("held talks told again later without place or date, sharing a participant, are the same talks",
            "Medinsky and Umerov held talks in Istanbul on Friday. The talks lasted two hours. Both sides agreed on "
                + "a prisoner exchange. Medinsky met Hakan Fidan and Mikhail Galuzin during the talks.", "2025-05-17",
            List.of("held [Hakan Fidan, Mikhail Galuzin, Rustem Umerov, Vladimir Medinsky] @Istanbul 2025-05-16 2.0h")),
        Arguments.of("a definite meeting spoken of in the past was held",
            "The meeting between Witkoff and Dmitriev was constructive, the Kremlin said.", "2025-04-03",
            List.of("held [Kirill Dmitriev, Steve Witkoff] @null null")),
        Arguments.of("'during a meeting with' is a held meeting even beside a possibility",
            "The idea may have been raised by Lukashenko during a meeting with Putin last week.", "2025-08-08",
            List.of("held [Alexander Lukashenko, Vladimir Putin] @null null")),
        Arguments.of("'has not been scheduled' is not scheduled, and its speaker is no participant",
            "A summit between Trump and Putin has not been scheduled, Peskov noted.", "2025-12-03",
            List.of("not_scheduled [Donald Trump, Vladimir Putin] @null null")),
        Arguments.of("'will join' makes the meeting planned",
            "European leaders will join Zelenskyy in Washington as he meets Trump at the White House on Monday.",
            "2025-08-16", List.of("planned [Donald Trump, Volodymyr Zelenskyy] @White House, Washington 2025-08-18")),
        Arguments.of("a meeting under 'until' is hypothetical",
            "Trump said he would see Putin soon, adding that little would change until the two men sat down.",
            "2025-10-10", List.of()),
        Arguments.of("a capitalised -ed word is a name, not a past verb",
            "Talks with Jared Kushner and Steve Witkoff are planned for Saturday.", "2025-12-19",
            List.of("planned [Jared Kushner, Steve Witkoff] @null 2025-12-20")),
        Arguments.of("a cue inside the phrase decides before the clause's",
            "The summit is set to follow a meeting earlier in the day between Trump and Zelenskyy.", "2025-08-18",
            List.of("held [Donald Trump, Volodymyr Zelenskyy] @null null")),
        Arguments.of("a call partner inside a 'with' list is left out",
            "After meeting with Putin, and talking with Zelenskyy by phone, he changed his mind.", "2025-08-20",
            List.of()),
        // one meeting across sentences
        Arguments.of("'were also present' a few sentences on joins the held meeting",
            "Witkoff met Putin in Moscow on Friday. The two men talked about the ceasefire. Ushakov and Dmitriev "
                + "were also present.", "2025-04-12",
            List.of("held [Kirill Dmitriev, Steve Witkoff, Vladimir Putin, Yuri Ushakov] @Moscow 2025-04-11")),
        Arguments.of("nameless held talks before a named meeting give it their length",
            "Talks between the two delegations ended late on Tuesday after a four-hour meeting in Istanbul. Umerov "
                + "met Medinsky at the Ciragan Palace.", "2025-06-04",
            List.of("held [Rustem Umerov, Vladimir Medinsky] @Ciragan Palace, Istanbul 2025-06-03 4.0h")),
        Arguments.of("nameless held talks after a named meeting are that meeting",
            "Rubio met Lavrov in Riyadh on Tuesday. Talks began an hour later than planned.", "2025-02-19",
            List.of("held [Marco Rubio, Sergey Lavrov] @Riyadh 2025-02-18")),
        Arguments.of("a repeated meeting is one row, completed by the repeat",
            "Witkoff met Putin in Moscow on Tuesday. Trump later told reporters that Witkoff had met Putin for about "
                + "three hours.", "2025-02-14",
            List.of("held [Steve Witkoff, Vladimir Putin] @Moscow 2025-02-11 3.0h")),
        Arguments.of("a ', when' clause with its own meeting stays apart",
            "Rubio and Lavrov sat down on Tuesday, the first talks since 2022, when Blinken and Lavrov met in Geneva.",
            "2025-02-19", List.of("held [Marco Rubio, Sergey Lavrov] @null 2025-02-18",
                "held [Antony Blinken, Sergey Lavrov] @Geneva null")),
        Arguments.of("a ', when' clause with its own meeting verb stays apart from a 'between' phrase",
            "The meeting between Rubio and Lavrov, which began an hour ago, is the first since 2022, when Blinken and "
                + "Lavrov met in Geneva.", "2025-02-18",
            List.of("held [Marco Rubio, Sergey Lavrov] @null null", "held [Antony Blinken, Sergey Lavrov] @Geneva null")),
        Arguments.of("definite talks naming people with no meeting before are a meeting of their own",
            "The talks in Istanbul are being held under the mediation of Fidan. A Russian delegation, led by "
                + "Medinsky, arrived today to participate in them.", "2025-07-23",
            List.of("held [Hakan Fidan, Vladimir Medinsky] @Istanbul 2025-07-23")),
        Arguments.of("a press conference called off after the meeting does not cancel the meeting",
            "Rubio met Lavrov in Riyadh on Tuesday. Lavrov described the talks as useful. He said more work lay "
                + "ahead. A joint press conference planned after the meeting was called off.", "2025-02-19",
            List.of("held [Marco Rubio, Sergey Lavrov] @Riyadh 2025-02-18")),
        Arguments.of("waiting for a meeting is no meeting held; later nameless talks are the held one",
            "Witkoff and Kushner met Putin in Moscow on Tuesday. Earlier, Witkoff and Kushner had lunch while "
                + "waiting for their Kremlin meeting. Talks began late. Dmitriev, who attended the talks, called them "
                + "productive.", "2025-12-03",
            List.of("held [Jared Kushner, Kirill Dmitriev, Steve Witkoff, Vladimir Putin] @Moscow 2025-12-02",
                "planned [Jared Kushner, Steve Witkoff] @Kremlin, Moscow null")),
        Arguments.of("'met separately with' is one meeting per counterpart, each at its own place",
            "Days earlier, Trump met separately with Zelenskyy in Washington and Putin in Anchorage.", "2025-08-25",
            List.of("held [Donald Trump, Volodymyr Zelenskyy] @Washington null",
                "held [Donald Trump, Vladimir Putin] @Anchorage, Alaska null")),
        Arguments.of("an unnamed planned meeting takes the people of the next sentence that refers to it",
            "Officials prepare for closed-door talks in Geneva. Witkoff and Rubio were due to arrive on Sunday for "
                + "the discussions.", "2025-11-22",
            List.of("planned [Marco Rubio, Steve Witkoff] @Geneva 2025-11-23")),
        Arguments.of("a one-name report right before a fuller one of the same meeting is that meeting",
            "The summit between Putin and the US envoys took place at the Kremlin on Tuesday. Putin hosted Witkoff "
                + "and Kushner for almost five hours.", "2025-12-03",
            List.of("held [Jared Kushner, Steve Witkoff, Vladimir Putin] @Kremlin, Moscow 2025-12-02 5.0h")),
        Arguments.of("'ended' far after the talks it is about still says they were held",
            "Talks between Russia and the United States in Moscow ended late on Tuesday after a nearly five-hour "
                + "meeting. Putin hosted Witkoff and Kushner.", "2025-12-03",
            List.of("held [Jared Kushner, Steve Witkoff, Vladimir Putin] @Moscow 2025-12-02 5.0h")),
        Arguments.of("'the meeting with X' naming nobody else is the meeting of the person the story is about",
            "Witkoff flew to Moscow on Thursday. Witkoff waited for hours. The meeting with Putin took place at night.",
            "2025-03-15", List.of("held [Steve Witkoff, Vladimir Putin] @null null")),
        Arguments.of("'his summit with' is the meeting of the nearest person before it, speaker or not",
            "Trump said after his summit with Putin in Alaska that he had begun arranging talks.", "2025-08-20",
            List.of("held [Donald Trump, Vladimir Putin] @Alaska null")),
        Arguments.of("'his meeting with' adds him to the people listed before",
            "Several leaders, including Macron and Merz, will join Zelenskyy for his meeting with Trump at the White "
                + "House.", "2025-08-17",
            List.of("planned [Donald Trump, Emmanuel Macron, Friedrich Merz, Volodymyr Zelenskyy] @White House, "
                + "Washington null")),
        Arguments.of("a held meeting with one named person needs an unnamed party at the table",
            "Driscoll held talks with a Russian delegation in Abu Dhabi on Monday. Peace talks are being pursued by "
                + "the Trump administration.", "2025-11-25",
            List.of("held [Dan Driscoll] @Abu Dhabi 2025-11-24")),
        // talks reported without the word "meeting"
        Arguments.of("'the talks in X, which lasted' give the length of the meeting just found",
            "Witkoff met Umerov in Miami on Saturday. The talks in Miami, which lasted more than six hours, ended "
                + "without a deal.", "2025-12-07",
            List.of("held [Rustem Umerov, Steve Witkoff] @Miami, Florida 2025-12-06 6.0h")),
        Arguments.of("'N hours of talks' is the length",
            "Putin and Witkoff held seven hours of talks in St Petersburg on Friday.", "2025-04-12",
            List.of("held [Steve Witkoff, Vladimir Putin] @St Petersburg 2025-04-11 7.0h")),
        Arguments.of("negotiations between unnamed delegations take the delegation lists that follow",
            "Negotiations between the two delegations began in Istanbul on Monday. The Ukrainian side was led by "
                + "Umerov and included Budanov, while the Russian side was headed by Medinsky.", "2025-06-03",
            List.of("held [Kyrylo Budanov, Rustem Umerov, Vladimir Medinsky] @Istanbul 2025-06-02")),
        Arguments.of("'no plans to meet' is not scheduled",
            "Peskov said Putin had no plans to meet Zelenskyy.", "2025-06-03",
            List.of("not_scheduled [Vladimir Putin, Volodymyr Zelenskyy] @null null")),
        Arguments.of("'sat down with' is held",
            "Zelenskyy sat down with Merz in Berlin for a four-hour meeting on Sunday.", "2025-12-15",
            List.of("held [Friedrich Merz, Volodymyr Zelenskyy] @Berlin 2025-12-14 4.0h")),
        // place
        Arguments.of("a place standing for its government is not the venue",
            "Witkoff met Putin for three hours on Thursday, the Kremlin said, and a White House official called the "
                + "talks useful.", "2025-08-08", List.of("held [Steve Witkoff, Vladimir Putin] @null 2025-08-07 3.0h")),
        Arguments.of("a place after 'in' beats one modifying another meeting",
            "The Florida meetings come days after Putin met Witkoff in Moscow on Tuesday.", "2025-12-05",
            List.of("held [Steve Witkoff, Vladimir Putin] @Moscow 2025-12-02")),
        Arguments.of("a venue after a possessive city",
            "Fidan met Medinsky at Istanbul's Dolmabahce Palace on Thursday.", "2025-05-16",
            List.of("held [Hakan Fidan, Vladimir Medinsky] @Dolmabahce Palace, Istanbul 2025-05-15")),
        Arguments.of("a possessive place is no venue",
            "Kellogg, Washington's envoy, held talks with Zelenskyy on Thursday.", "2025-02-21",
            List.of("held [Keith Kellogg, Volodymyr Zelenskyy] @null 2025-02-20")),
        Arguments.of("'planned for' a city is its place",
            "A summit between Trump and Putin, which was planned for Budapest, has been put on hold.", "2025-10-22",
            List.of("postponed [Donald Trump, Vladimir Putin] @Budapest null")),
        Arguments.of("'will be led by' starts a planned meeting, it joins no held one",
            "Witkoff met Putin in Moscow on Tuesday. The next round of talks will be led by Rubio and Lavrov.",
            "2025-12-03", List.of("held [Steve Witkoff, Vladimir Putin] @Moscow 2025-12-02",
                "planned [Marco Rubio, Sergey Lavrov] @null null")),
        Arguments.of("'could sit down with' is possible",
            "Zelenskyy could sit down with Putin in Istanbul.", "2025-05-10",
            List.of("possible [Vladimir Putin, Volodymyr Zelenskyy] @Istanbul null")),
        Arguments.of("'would receive' is planned",
            "The Kremlin said Putin would receive Witkoff on Thursday.", "2025-12-01",
            List.of("planned [Steve Witkoff, Vladimir Putin] @null 2025-12-04")),
        Arguments.of("'are due to meet' is planned",
            "Rubio and Lavrov are due to meet in Geneva on Friday.", "2025-12-03",
            List.of("planned [Marco Rubio, Sergey Lavrov] @Geneva 2025-12-05")),
        // date
        Arguments.of("the date a report opens with is not the date of a postponed summit",
            "October 22, 2025 - A summit between Trump and Putin has been put on hold.", "2025-10-22",
            List.of("postponed [Donald Trump, Vladimir Putin] @null null")),
        Arguments.of("the day of a remark is not the day of the meeting",
            "Trump remarked on Wednesday that Witkoff had a good meeting with Putin.", "2025-12-03",
            List.of("held [Steve Witkoff, Vladimir Putin] @null null")),
        Arguments.of("the day of a call is not the day of the meeting",
            "A meeting between Rubio and Lavrov, planned for this week, was put on hold after the two spoke by "
                + "phone on Monday.", "2025-10-22", List.of("postponed [Marco Rubio, Sergey Lavrov] @null null")),
        Arguments.of("without a published date the date in brackets dates the meeting",
            "Putin hosted Witkoff and Kushner at the Kremlin on Tuesday (December 2, 2025), alongside Dmitriev.", null,
            List.of("held [Jared Kushner, Kirill Dmitriev, Steve Witkoff, Vladimir Putin] @Kremlin, Moscow "
                + "2025-12-02"))
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void meetings(String name, String text, String published, List<String> expected) {
    assertThat(Extraction.meetings(text, published)).as(text).containsExactlyElementsOf(expected);
  }
}
