package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoldTest {
  private static final Path DEV_GOLD = Paths.get("/work/shared/corpus/dev/gold.jsonl");
  private static final Path SEED_GOLD = Paths.get("/work/shared/seed/gold.json");

  /** A record with every per-figure override, to check the gold conventions figure by figure. */
  private static final String HEDGED = """
      {"id": "h1", "category": "strike", "strikes": [{"night_end": "2025-03-02", "attacker": "Russia",
        "target": "Ukraine", "drones_launched": 210, "missiles_launched": 12, "drones_downed": 180,
        "missiles_downed": 9, "total_launched": 222, "drones_lost_jammed": 14, "qualifier": "about",
        "qualifier_missiles": "exact", "qualifier_downed": "more_than",
        "evidence": "Invented launch sentence.", "downed_evidence": "Invented downed sentence."}],
       "meetings": [], "actors": []}
      """;

  @ParameterizedTest(name = "{0}: qualifier {1}, evidence {2}")
  @CsvSource({
      "DRONES_LAUNCHED,   about,     Invented launch sentence.",
      "MISSILES_LAUNCHED, exact,     Invented launch sentence.",
      "TOTAL_LAUNCHED,    about,     Invented launch sentence.",
      "DRONES_DOWNED,     more_than, Invented downed sentence.",
      "MISSILES_DOWNED,   more_than, Invented downed sentence.",
      "DRONES_LOST,       exact,     Invented downed sentence."})
  void perFigureQualifierAndEvidenceFollowTheGoldConventions(FigureKind kind, String qualifier, String evidence) {
    GoldStrike strike = Gold.parse("hedged", HEDGED).articles().get(0).strikes().get(0);

    assertThat(strike.qualifier(kind)).isEqualTo(qualifier);
    assertThat(strike.evidence(kind)).isEqualTo(evidence);
  }

  @Test
  void downedFiguresAreExactWithoutQualifierDownedAndJammedPrefersItsOwnSentence() {
    GoldStrike strike = Gold.parse("plain", """
        {"id": "p1", "strikes": [{"night_end": null, "drones_launched": 40, "drones_downed": 31,
          "drones_lost_jammed": 6, "missiles_launched": null, "missiles_downed": null, "qualifier": "almost",
          "evidence": "First.", "jammed_evidence": "Jammed."}]}
        """).articles().get(0).strikes().get(0);

    assertThat(strike.qualifier(FigureKind.DRONES_LAUNCHED)).isEqualTo("almost");
    assertThat(strike.qualifier(FigureKind.DRONES_DOWNED)).isEqualTo("exact");
    assertThat(strike.evidence(FigureKind.DRONES_DOWNED)).isEqualTo("First.");
    assertThat(strike.evidence(FigureKind.DRONES_LOST)).isEqualTo("Jammed.");
    assertThat(strike.value(FigureKind.MISSILES_LAUNCHED)).isNull();
    assertThat(strike.nightEnd()).isNull();
  }

  @Test
  void readsOneObjectAnArrayJsonLinesAndConcatenatedObjectsAlike() {
    String first = "{\"id\": \"x1\", \"actors\": [\"Ann Example\"], \"strikes\": [], \"meetings\": []}";
    String second = "{\"id\": \"x2\", \"actors\": [], \"strikes\": [], \"meetings\": [{\"participants\": "
        + "[\"Ann Example\", \"Bo Sample\"], \"status\": \"held\", \"duration_hours\": 2, \"date\": \"2025-01-31\"}]}";

    Gold single = Gold.parse("one", "{\n  \"id\": \"x1\",\n  \"actors\": [\"Ann Example\"]\n}\n");
    Gold array = Gold.parse("array", "[" + first + ",\n" + second + "]");
    Gold lines = Gold.parse("lines", first + "\n\n" + second + "\n");
    Gold concatenated = Gold.parse("pretty", first.replace(", ", ",\n  ") + "\n" + second.replace(", ", ",\n  "));

    assertThat(single.ids()).containsExactly("x1");
    assertThat(single.articles().get(0).actors()).containsExactly("Ann Example");
    assertThat(array.articles()).isEqualTo(lines.articles()).isEqualTo(concatenated.articles());
    GoldMeeting meeting = lines.articles().get(1).meetings().get(0);
    assertThat(meeting.durationHours()).isEqualTo(2.0);
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2025, 1, 31));
  }

  static Stream<Arguments> brokenGold() {
    return Stream.of(
        Arguments.of("unknown qualifier", "{\"id\": \"a\", \"strikes\": [{\"drones_launched\": 5, "
            + "\"qualifier\": \"roughly\"}]}", "gold.jsonl line 1 (id a): strikes[0].qualifier 'roughly' is not one of [exact, more_than"),
        Arguments.of("unknown qualifier on line 2", "{\"id\": \"a\"}\n{\"id\": \"b\", \"strikes\": "
            + "[{\"qualifier\": \"x\"}]}", "gold.jsonl line 2 (id b): strikes[0].qualifier 'x'"),
        Arguments.of("unknown status", "{\"id\": \"a\", \"meetings\": [{\"participants\": [], "
            + "\"status\": \"met\"}]}", "meetings[0].status 'met' is not one of"),
        Arguments.of("fractional figure", "{\"id\": \"a\", \"strikes\": [{\"drones_launched\": 5.5}]}",
            "strikes[0].drones_launched must be a whole non-negative number"),
        Arguments.of("bad date", "{\"id\": \"a\", \"strikes\": [{\"night_end\": \"02/03/2025\"}]}",
            "strikes[0].night_end '02/03/2025' is not a YYYY-MM-DD date"),
        Arguments.of("no id", "{\"strikes\": []}", "id is required"),
        Arguments.of("actors not an array", "{\"id\": \"a\", \"actors\": \"Ann\"}", "actors must be an array"),
        Arguments.of("duplicate id", "{\"id\": \"a\"}\n{\"id\": \"a\"}", "gold article id 'a' appears twice"),
        Arguments.of("broken second line", "{\"id\": \"a\"}\n{\"id\": \"b\",",
            "gold.jsonl line 2: not valid JSON"),
        Arguments.of("blank", "  \n ", "empty gold file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenGold")
  void rejectsWhatBreaksTheGoldSchemaWithTheFieldInTheMessage(String name, String content, String message) {
    assertThatThrownBy(() -> Gold.parse("gold.jsonl", content))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining(message);
  }

  @Test
  void seedGoldHasOneMixedArticle() {
    Gold seed = Gold.read(SEED_GOLD);

    assertThat(seed.ids()).containsExactly("seed");
    GoldArticle article = seed.articles().get(0);
    assertThat(article.category()).isEqualTo("mixed");
    assertThat(article.strikes()).hasSize(1);
    GoldStrike strike = article.strikes().get(0);
    assertThat(strike.nightEnd()).isEqualTo(LocalDate.of(2025, 12, 6));
    assertThat(strike.dronesLaunched()).isEqualTo(653L);
    assertThat(strike.missilesLaunched()).isEqualTo(51L);
    assertThat(strike.dronesDowned()).isNull();
    assertThat(article.meetings()).extracting(GoldMeeting::status).containsExactly("held", "held");
    assertThat(article.meetings().get(1).durationHours()).isEqualTo(5.0);
    assertThat(article.actors()).hasSize(7);
  }

  /** The counts the dev corpus README states. */
  @Test
  void devGoldMatchesTheCountsOfItsReadme() {
    Gold dev = Gold.read(DEV_GOLD);
    List<GoldArticle> articles = dev.articles();
    List<GoldStrike> strikes = articles.stream().flatMap(a -> a.strikes().stream()).collect(Collectors.toList());
    List<GoldMeeting> meetings = articles.stream().flatMap(a -> a.meetings().stream()).collect(Collectors.toList());

    assertThat(articles).hasSize(60);
    assertThat(counts(articles, GoldArticle::category))
        .isEqualTo(Map.of("strike", 28L, "mixed", 4L, "meeting", 18L, "distractor", 10L));

    assertThat(strikes).hasSize(36);
    assertThat(articles.stream().filter(a -> !a.strikes().isEmpty())).hasSize(32);
    assertThat(counts(strikes, GoldStrike::qualifier))
        .isEqualTo(Map.of("exact", 27L, "almost", 4L, "more_than", 3L, "about", 1L, "at_least", 1L));
    assertThat(strikes.stream().filter(s -> s.nightEnd() != null)).hasSize(29);
    assertThat(strikes.stream().filter(s -> s.nightEnd() == null && s.nightEndInferred() != null)).hasSize(7);
    assertThat(strikes.stream().filter(s -> s.totalLaunched() != null && s.dronesLaunched() == null
        && s.missilesLaunched() == null)).hasSize(5);
    assertThat(strikes.stream().filter(s -> s.dronesLaunched() == null && s.missilesLaunched() == null
        && s.totalLaunched() == null && (s.dronesDowned() != null || s.missilesDowned() != null))).hasSize(1);
    assertThat(strikes.stream().map(s -> s.nightEnd() != null ? s.nightEnd() : s.nightEndInferred()).distinct())
        .hasSize(21);

    assertThat(meetings).hasSize(57);
    assertThat(articles.stream().filter(a -> !a.meetings().isEmpty())).hasSize(22);
    assertThat(counts(meetings, GoldMeeting::status)).isEqualTo(Map.of("held", 27L, "planned", 17L,
        "possible", 6L, "cancelled", 4L, "not_scheduled", 2L, "postponed", 1L));
    Map<String, Long> heldMentions = meetings.stream().filter(m -> m.status().equals("held"))
        .flatMap(m -> m.participants().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(heldMentions).containsAllEntriesOf(Map.of("Steve Witkoff", 14L, "Volodymyr Zelenskyy", 8L,
        "Marco Rubio", 7L, "Rustem Umerov", 7L, "Vladimir Putin", 5L, "Kirill Dmitriev", 5L, "Sergey Lavrov", 4L,
        "Yuri Ushakov", 4L, "Dan Driscoll", 4L, "Jared Kushner", 4L));
    assertThat(heldMentions).containsAllEntriesOf(Map.of("Andrii Yermak", 2L, "Donald Trump", 2L,
        "Andrii Sybiha", 1L, "Keith Kellogg", 1L));
  }

  private static <T> Map<String, Long> counts(List<T> items, Function<T, String> key) {
    return items.stream().map(key).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
