package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.newstally.eval.Rows.meeting;
import static org.newstally.eval.Rows.mention;
import static org.newstally.eval.Rows.night;
import static org.newstally.eval.Rows.strike;
import static org.newstally.eval.Rows.strikeBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstally.model.StrikeReport;

class EvaluatorTest {
  private static final String LAUNCH = "Moscow sent about 120 drones and eight missiles overnight, officers said.";
  private static final String DOWNED = "Crews brought down 100 of the drones.";
  private static final String EARLIER = "Ten days before, more than 300 drones and missiles came, nearly 100 shot down.";
  private static final String SECOND = "The second report counted 50 drones.";
  private static final String THIRD = "A third outlet counted 70 drones.";

  /**
   * a1 has a back-reference record listed first whose downed figure equals the main record's; a2 has no
   * resolvable night; a3 is absent from the tables.
   */
  private static final Gold STRIKE_GOLD = Gold.parse("strikes", """
      {"id": "a1", "strikes": [
        {"night_end": "2025-02-20", "attacker": "Russia", "target": "Ukraine", "drones_launched": null,
         "missiles_launched": null, "drones_downed": 100, "missiles_downed": null, "total_launched": 300,
         "qualifier": "more_than", "qualifier_downed": "almost", "evidence": "%s"},
        {"night_end": "2025-03-02", "attacker": "Russia", "target": "Ukraine", "drones_launched": 120,
         "missiles_launched": 8, "drones_downed": 100, "missiles_downed": null, "drones_lost_jammed": 15,
         "qualifier": "about", "qualifier_missiles": "exact", "evidence": "%s", "downed_evidence": "%s"}]}
      {"id": "a2", "strikes": [{"night_end": null, "night_end_inferred": "2025-03-01", "attacker": "Russia",
        "target": "Ukraine", "drones_launched": 50, "qualifier": "exact", "evidence": "%s"}]}
      {"id": "a3", "strikes": [{"night_end": "2025-03-04", "drones_launched": 70, "qualifier": "exact",
        "evidence": "%s"}]}
      """.formatted(EARLIER, LAUNCH, DOWNED, SECOND, THIRD));

  private static final List<StrikeReport> STRIKE_ROWS = List.of(
      strike("a1", "drone", "launched", 120, "about", "2025-03-02", LAUNCH),
      strike("a1", "missile", "launched", 8, "more_than", "2025-03-02", LAUNCH),
      strike("a1", "drone", "downed", 100, "exact", "2025-03-02", DOWNED),
      strike("a1", "total", "launched", 300, "more_than", null, EARLIER),
      strike("a1", "missile", "downed", 6, "exact", "2025-03-02", DOWNED),
      strike("a1", "drone", "lost", 15, "exact", "2025-03-02", DOWNED),
      strike("a1", "drone", "lost", 4, "exact", "2025-03-02", DOWNED),
      strike("a1", "drone", "damaged", 3, "exact", "2025-03-02", DOWNED),
      strikeBy("Ukraine", "Russia", "a1", 40),
      strike("a2", "drone", "launched", 50, "exact", null, SECOND),
      strike("a9", "drone", "launched", 10, "exact", "2025-03-02", "Not in gold."));

  private static EvaluationReport strikeReport() {
    return Evaluator.evaluate(STRIKE_GOLD,
        new Predictions(STRIKE_ROWS, List.of(), List.of(), List.of(), Set.of("a1", "a2", "a9")));
  }

  @Test
  void strikeFiguresMatchAsMultisetsPerArticle() {
    MatchScore figures = strikeReport().strikes().figures();

    assertThat(figures.tp()).isEqualTo(5);
    assertThat(figures.fp()).isEqualTo(1);
    assertThat(figures.fn()).isEqualTo(2);
    assertThat(figures.precision()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(figures.recall()).isCloseTo(5.0 / 7, within(1e-9));
    assertThat(figures.misses()).containsExactly(
        new Finding("a1", "drone downed 100", "[absent] almost, night 2025-02-20", EARLIER),
        new Finding("a3", "drone launched 70", "[absent] exact, night 2025-03-04", THIRD));
    assertThat(figures.spurious()).containsExactly(
        new Finding("a1", "missile downed 6", "[absent] exact, night 2025-03-02", DOWNED));
  }

  private static final String B1 = "The ministry in Moscow said 40 drones were downed; Kyiv counted 200.";

  /** b1: a Russian attack (three figures) and a Ukrainian one on Russia (one figure). */
  private static final Gold DIRECTED_GOLD = Gold.parse("directed", """
      {"id": "b1", "strikes": [
        {"night_end": "2025-03-02", "attacker": "Russia", "target": "Ukraine", "drones_launched": 200,
         "missiles_launched": 10, "drones_downed": 150, "qualifier": "exact", "evidence": "%s"},
        {"night_end": "2025-03-02", "attacker": "Ukraine", "target": "Russia", "drones_downed": 40,
         "qualifier": "exact", "evidence": "%s"}]}
      """.formatted(B1, B1));

  private static EvaluationReport directedReport() {
    StrikeReport missileByUkraine = strike("b1", "missile", "launched", 10, "exact", "2025-03-02", B1);
    missileByUkraine.setAttacker("Ukraine");
    missileByUkraine.setTarget("Russia");
    StrikeReport downedOverRussia = strike("b1", "drone", "downed", 40, "exact", "2025-03-02", B1);
    downedOverRussia.setAttacker("Ukraine");
    downedOverRussia.setTarget("Russia");
    List<StrikeReport> rows = List.of(
        strike("b1", "drone", "downed", 200, "exact", "2025-03-02", B1),
        strike("b1", "drone", "downed", 140, "exact", "2025-03-02", B1),
        missileByUkraine, downedOverRussia, strikeBy("Ukraine", "Russia", "b1", 40));
    return Evaluator.evaluate(DIRECTED_GOLD, new Predictions(rows, List.of(), List.of(), List.of(), Set.of("b1")));
  }

  @Test
  void missesAndSpuriousFiguresCarryTheirErrorClass() {
    EvaluationReport.Strikes strikes = directedReport().strikes();

    assertThat(strikes.figures().misses()).extracting(Finding::item, Finding::detail).containsExactly(
        tuple("drone launched 200", "[measure] exact, night 2025-03-02"),
        tuple("missile launched 10", "[direction] exact, night 2025-03-02"),
        tuple("drone downed 150", "[value] exact, night 2025-03-02"));
    assertThat(strikes.figures().spurious()).extracting(Finding::item, Finding::detail).containsExactly(
        tuple("drone downed 200", "[measure] exact, night 2025-03-02"),
        tuple("drone downed 140", "[value] exact, night 2025-03-02"));
    assertThat(strikes.missesByClass()).containsOnly(entry("measure", 1), entry("direction", 1), entry("value", 1));
    assertThat(strikes.spuriousByClass()).containsOnly(entry("measure", 1), entry("value", 1));
    assertThat(directedReport().render()).contains(
        "Strike figures missed by class: direction 1, measure 1, value 1; spurious by class: measure 1, value 1");
  }

  @Test
  void otherAttackDirectionsAreScoredWithAttackerAndTargetInTheKey() {
    MatchScore other = directedReport().strikes().otherDirections();

    // the downed 40 over Russia matches; the launch of 40 and the missile launch of 10 by Ukraine are spurious
    assertThat(List.of(other.tp(), other.fp(), other.fn())).containsExactly(1, 2, 0);
    assertThat(other.spurious()).extracting(Finding::item)
        .containsExactly("Ukraine->Russia missile launched 10", "Ukraine->Russia drone launched 40");
    assertThat(directedReport().render()).contains("strike figures, other directions");
  }

  @Test
  void otherDirectionsAreNotScoredWhenTheGoldAnnotatesNone() {
    assertThat(strikeReport().strikes().otherDirections()).isNull();
    assertThat(strikeReport().render()).doesNotContain("other directions");
  }

  @Test
  void qualifierAndNightEndAreScoredOnMatchedFiguresPairedBySentenceFirst() {
    EvaluationReport.Strikes strikes = strikeReport().strikes();

    // the predicted "downed 100" comes from the main record's sentence, so it pairs with that record (exact,
    // 2025-03-02) and not with the back-reference listed first (almost, 2025-02-20)
    assertThat(strikes.qualifier().correct()).isEqualTo(4);
    assertThat(strikes.qualifier().total()).isEqualTo(5);
    assertThat(strikes.qualifier().mismatches()).containsExactly(
        new Finding("a1", "missile launched 8", "gold exact, predicted more_than", LAUNCH));
    // a2's null night_end predicted as null is right
    assertThat(strikes.nightEnd().correct()).isEqualTo(4);
    assertThat(strikes.nightEnd().mismatches()).containsExactly(
        new Finding("a1", "total launched 300", "gold 2025-02-20, predicted null", EARLIER));
  }

  @Test
  void jammedDronesAreScoredApart() {
    MatchScore lost = strikeReport().strikes().dronesLost();

    assertThat(List.of(lost.tp(), lost.fp(), lost.fn())).containsExactly(1, 1, 0);
    assertThat(lost.spurious()).extracting(Finding::item).containsExactly("drone lost 4");
  }

  @Test
  void coverageCountsMissingArticlesAndRowsLeftOut() {
    EvaluationReport.Coverage coverage = strikeReport().coverage();

    assertThat(coverage.goldArticles()).isEqualTo(3);
    assertThat(coverage.articlesRead()).isEqualTo(3);
    assertThat(coverage.goldArticlesMissing()).containsExactly("a3");
    assertThat(coverage.articlesNotInGold()).isEqualTo(1);
    assertThat(coverage.rowsNotInGold()).containsEntry("strike_reports", 1).containsEntry("meetings", 0);
    assertThat(coverage.strikeRowsOutOfScope()).isEqualTo(1);
    assertThat(coverage.strikeRowsOtherMeasure()).isEqualTo(1);
  }

  @Test
  void aDuplicatedPredictedFigureCountsOnceAsHitAndOnceAsSpurious() {
    StrikeReport once = strike("a3", "drone", "launched", 70, "exact", "2025-03-04", THIRD);
    StrikeReport twice = strike("a3", "drone", "launched", 70, "exact", "2025-03-04", THIRD);

    MatchScore figures = Evaluator.evaluate(STRIKE_GOLD,
        new Predictions(List.of(once, twice), List.of(), List.of(), List.of(), Set.of("a3"))).strikes().figures();

    assertThat(List.of(figures.tp(), figures.fp(), figures.fn())).containsExactly(1, 1, 6);
  }

  // ---- meetings ----

  private static final String HELD_THREE = "The three envoys talked for two and a half hours.";
  private static final String HELD_AGAIN = "Example and Sample sat down together once more.";
  private static final String PLAN = "Example and Sample plan another round next week.";
  private static final String SHORT = "Guest and Guest spoke for forty minutes.";

  private static final Gold MEETING_GOLD = Gold.parse("meetings", """
      {"id": "m1", "meetings": [
        {"participants": ["Ann Example", "Bo Sample", "Cy Person"], "status": "held", "duration_hours": 2.5,
         "evidence": "%s"},
        {"participants": ["Dee Solo"], "status": "held", "duration_hours": null, "evidence": "Solo talks."},
        {"participants": ["Ann Example", "Bo Sample"], "status": "held", "duration_hours": null, "evidence": "%s"},
        {"participants": ["Ann Example", "Bo Sample"], "status": "planned", "duration_hours": null, "evidence": "%s"},
        {"participants": ["Eve Other", "Fay Other"], "status": "cancelled", "duration_hours": null,
         "evidence": "Called off."}]}
      {"id": "m2", "meetings": [{"participants": ["Hal Guest", "Ida Guest"], "status": "held",
        "duration_hours": 0.67, "evidence": "%s"}]}
      {"id": "m3", "meetings": [{"participants": ["Xan One", "Yul Two"], "status": "held", "duration_hours": null,
        "evidence": "Nobody found this one."}]}
      """.formatted(HELD_THREE, HELD_AGAIN, PLAN, SHORT));

  private static EvaluationReport meetingReport() {
    return Evaluator.evaluate(MEETING_GOLD, new Predictions(List.of(), List.of(
        meeting("m1", 0, "held", 2.53, HELD_THREE, "Ann Example", "Bo Sample", "Cy Person"),
        meeting("m1", 1, "held", null, "Solo talks.", "Ann Example", "Dee Solo"),
        meeting("m1", 2, "possible", null, PLAN, "Ann Example", "Bo Sample"),
        meeting("m1", 3, "planned", null, "Called off.", "Eve Other", "Fay Other", "Gus Third"),
        meeting("m2", 0, "held", 0.75, SHORT, "Hal Guest", "Ida Guest"),
        meeting("m2", 1, "held", null, "Extra.", "Jo Extra", "Kim Extra"),
        meeting("m9", 0, "held", null, "Not in gold.", "Ann Example", "Bo Sample")),
        List.of(), List.of(), Set.of("m1", "m2", "m3", "m9")));
  }

  @Test
  void heldMeetingsAreScoredAsParticipantPairs() {
    MatchScore pairs = meetingReport().meetings().heldPairs();

    // gold: three pairs from the three-person meeting (the repeated pair counts once), none from the one-person
    // meeting, one each in m2 and m3
    assertThat(List.of(pairs.tp(), pairs.fp(), pairs.fn())).containsExactly(4, 2, 1);
    assertThat(pairs.misses()).containsExactly(new Finding("m3", "Xan One + Yul Two", "", "Nobody found this one."));
    assertThat(pairs.spurious()).extracting(Finding::articleId, Finding::item).containsExactly(
        org.assertj.core.groups.Tuple.tuple("m1", "Ann Example + Dee Solo"),
        org.assertj.core.groups.Tuple.tuple("m2", "Jo Extra + Kim Extra"));
  }

  @Test
  void statusIsScoredOnMeetingsAlignedByParticipantOverlap() {
    EvaluationReport.Meetings meetings = meetingReport().meetings();

    // the planned gold meeting takes the "possible" row from its own sentence although the held repeat with the
    // same participants comes first; the cancelled one aligns at Jaccard 2/3, the one-person one at 1/2
    assertThat(meetings.status().correct()).isEqualTo(3);
    assertThat(meetings.status().total()).isEqualTo(5);
    assertThat(meetings.status().mismatches()).extracting(Finding::detail).containsExactly(
        "gold planned, predicted possible", "gold cancelled, predicted planned");
    assertThat(meetings.statusConfusion()).isEqualTo(Map.of(
        "held", Map.of("held", 3, Evaluator.NONE, 2),
        "planned", Map.of("possible", 1),
        "cancelled", Map.of("planned", 1),
        Evaluator.NONE, Map.of("held", 1)));
    assertThat(meetings.statusConfusion().keySet()).containsExactly("held", "planned", "cancelled", Evaluator.NONE);
  }

  @Test
  void durationIsRightWithinFiveHundredthsOfAnHour() {
    Accuracy duration = meetingReport().meetings().duration();

    assertThat(duration.correct()).isEqualTo(1);
    assertThat(duration.total()).isEqualTo(2);
    assertThat(duration.mismatches()).containsExactly(
        new Finding("m2", "Hal Guest + Ida Guest", "gold 0.67 h, predicted 0.75 h", SHORT));
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "A,B | A,B | 1.0",
      "A   | A,B | 0.5",
      "A,B | A,C | 0.3333333333333333",
      "A,B | C   | 0.0",
      "''  | ''  | 0.0"})
  void jaccardOfParticipantSets(String left, String right, double expected) {
    assertThat(Evaluator.jaccard(people(left), people(right))).isCloseTo(expected, within(1e-12));
  }

  private static Set<String> people(String csv) {
    return csv.isBlank() ? Set.of() : Set.of(csv.split(","));
  }

  // ---- actors ----

  @Test
  void actorsAreDistinctPersonsPerArticle() {
    Gold gold = Gold.parse("actors", """
        {"id": "p1", "actors": ["Ann Example", "Bo Sample"]}
        {"id": "p2", "actors": ["Cy Person"]}
        """);
    MatchScore actors = Evaluator.evaluate(gold, new Predictions(List.of(), List.of(), List.of(
        mention("p1", "Ann Example", "person", 10),
        mention("p1", "Ann Example", "person", 90),
        mention("p1", "Example Ministry", "organisation", 40),
        mention("p1", "Dee Extra", "person", 60),
        mention("p9", "Cy Person", "person", 5)), List.of(), Set.of("p1", "p2", "p9"))).actors();

    assertThat(List.of(actors.tp(), actors.fp(), actors.fn())).containsExactly(1, 1, 2);
    assertThat(actors.misses()).extracting(Finding::item).containsExactly("Bo Sample", "Cy Person");
    assertThat(actors.spurious()).extracting(Finding::item).containsExactly("Dee Extra");
  }

  @Test
  void aPredictedSpellingVariantCountsAsTheGoldPersonOfItsArticle() {
    Gold gold = Gold.parse("actors", """
        {"id": "v1", "actors": ["Hennadii Horbenko", "Taras Melnyk"]}
        {"id": "v2", "actors": ["Ivan Petrenko"]}
        """);
    MatchScore actors = Evaluator.evaluate(gold, new Predictions(List.of(), List.of(), List.of(
        mention("v1", "Gennadiy Gorbenko", "person", 10),
        mention("v1", "Taras Melnky", "person", 40),
        mention("v1", "Greg Melnyk", "person", 70),
        mention("v2", "Taras Melnyk", "person", 5)), List.of(), Set.of("v1", "v2"))).actors();

    // a variant of another article's person, or with another first initial, is not that person
    assertThat(List.of(actors.tp(), actors.fp(), actors.fn())).containsExactly(2, 2, 1);
    assertThat(actors.spurious()).extracting(Finding::item).containsExactly("Greg Melnyk", "Taras Melnyk");
  }

  // ---- nights ----

  @Test
  void nightsAreComparedWithTheGoldConsensus() {
    EvaluationReport.Nights nights = Evaluator.evaluate(NightConsensusTest.NIGHT_GOLD, new Predictions(List.of(),
        List.of(), List.of(), List.of(
            night("2025-05-10", "Russia", "Ukraine", Map.of(FigureKind.DRONES_LAUNCHED, 300L,
                FigureKind.MISSILES_LAUNCHED, 21L, FigureKind.DRONES_DOWNED, 290L, FigureKind.TOTAL_LAUNCHED, 330L,
                FigureKind.MISSILES_DOWNED, 5L), "n1", "n2", "n3"),
            night("2025-05-12", "Russia", "Ukraine", Map.of(FigureKind.DRONES_LAUNCHED, 101L), "n1"),
            night("2025-05-20", "Russia", "Ukraine", Map.of(FigureKind.DRONES_LAUNCHED, 10L), "n1"),
            night("2025-05-21", "Ukraine", "Russia", Map.of(FigureKind.DRONES_LAUNCHED, 50L), "n5"),
            night("2025-05-22", "Russia", "Ukraine", Map.of(FigureKind.DRONES_LAUNCHED, 7L), "zz")),
        Set.of("n1", "n2", "n3", "n4", "n5", "n6", "zz"))).nights();

    assertThat(nights.goldNights()).isEqualTo(3);
    assertThat(nights.predictedNights()).isEqualTo(3);
    assertThat(nights.figures().correct()).isEqualTo(3);
    assertThat(nights.figures().total()).isEqualTo(6);
    assertThat(nights.perFigure().get(FigureKind.DRONES_LAUNCHED).correct()).isEqualTo(1);
    assertThat(nights.perFigure().get(FigureKind.DRONES_LAUNCHED).total()).isEqualTo(3);
    assertThat(nights.perFigure().get(FigureKind.MISSILES_LAUNCHED).correct()).isZero();
    assertThat(nights.perFigure()).doesNotContainKey(FigureKind.MISSILES_DOWNED);
    assertThat(nights.figures().mismatches()).extracting(Finding::item).containsExactly(
        "night 2025-05-10 missiles_launched", "night 2025-05-12 drones_launched", "night 2025-05-14 drones_launched");
    assertThat(nights.figures().mismatches().get(0).detail())
        .isEqualTo("gold 20 (tie, more exact records, 1 of 2 records), predicted 21");
    assertThat(nights.missingNights()).extracting(Finding::item).containsExactly("night 2025-05-14");
    assertThat(nights.spuriousNights()).extracting(Finding::item).containsExactly("night 2025-05-20");
    assertThat(nights.unscoredFigures()).extracting(Finding::item)
        .containsExactly("night 2025-05-10 missiles_downed");
  }

  @Test
  void predictedNightsOfArticlesOutsideGoldAreLeftOutAndCounted() {
    EvaluationReport report = Evaluator.evaluate(NightConsensusTest.NIGHT_GOLD, new Predictions(List.of(), List.of(),
        List.of(), List.of(night("2025-05-22", "Russia", "Ukraine", Map.of(FigureKind.DRONES_LAUNCHED, 7L), "zz")),
        Set.of("zz")));

    assertThat(report.coverage().rowsNotInGold()).containsEntry("strikes_per_night", 1);
    assertThat(report.nights().spuriousNights()).isEmpty();
    assertThat(report.nights().missingNights()).hasSize(3);
    assertThat(report.coverage().goldArticlesMissing()).containsExactly("n1", "n2", "n3", "n4", "n5", "n6");
  }

  // ---- scores and output ----

  @ParameterizedTest(name = "tp={0} fp={1} fn={2}")
  @CsvSource({
      "0, 0, 0, 1.0, 1.0, 1.0",
      "0, 0, 3, 0.0, 0.0, 0.0",
      "0, 2, 0, 0.0, 0.0, 0.0",
      "2, 2, 0, 0.5, 1.0, 0.6666666666666666",
      "3, 1, 1, 0.75, 0.75, 0.75"})
  void precisionRecallAndF1(int tp, int fp, int fn, double precision, double recall, double f1) {
    MatchScore score = new MatchScore(tp, fp, fn, List.of(), List.of());

    assertThat(score.precision()).isCloseTo(precision, within(1e-12));
    assertThat(score.recall()).isCloseTo(recall, within(1e-12));
    assertThat(score.f1()).isCloseTo(f1, within(1e-12));
  }

  @Test
  void jsonReportCarriesScoresFindingsAndNullForUndefinedAccuracy() throws Exception {
    JsonNode json = new ObjectMapper().readTree(strikeReport().toJson());

    assertThat(json.at("/strike_figures/tp").asInt()).isEqualTo(5);
    assertThat(json.at("/strike_figures/recall").asDouble()).isCloseTo(5.0 / 7, within(1e-9));
    assertThat(json.at("/strike_figures/misses/1/article_id").asText()).isEqualTo("a3");
    assertThat(json.at("/strike_figures/misses/1/evidence").asText()).isEqualTo(THIRD);
    assertThat(json.at("/strike_qualifier/accuracy").asDouble()).isEqualTo(0.8);
    assertThat(json.at("/meeting_duration/accuracy").isNull()).isTrue();
    assertThat(json.at("/coverage/gold_articles_missing/0").asText()).isEqualTo("a3");
    assertThat(json.at("/nights/gold_nights").asInt()).isEqualTo(3);
  }

  @Test
  void renderedReportShowsScoresAndMissesWithTheirSentences() {
    String text = strikeReport().render();

    assertThat(text).containsPattern("strike figures \\(launched, downed\\) +5 +1 +2 +0\\.833 +0\\.714 +0\\.769");
    assertThat(text).containsPattern("strike qualifier \\(matched figures\\) +4/5 +0\\.800");
    assertThat(text).containsPattern("meeting duration .* +0/0 +n/a");
    assertThat(text).contains("gold articles missing from the tables (their gold counts as missed): a3");
    assertThat(text).contains("strike figures missed (2):\n  a1  drone downed 100  [[absent] almost, night 2025-02-20]\n"
        + "      \"" + EARLIER + "\"\n");
  }

  @Test
  void thresholdsListEveryMissedBound() {
    EvaluationReport report = strikeReport();

    assertThat(new Thresholds(0.7, null, null, 0.8).missed(report)).isEmpty();
    assertThat(new Thresholds(0.9, 0.5, null, 0.81).missed(report)).containsExactly(
        "THRESHOLD MISSED: strike figure F1 0.769 < minimum 0.900",
        "THRESHOLD MISSED: strike night_end accuracy 0.800 < minimum 0.810");
    Thresholds nightEnd = new Thresholds(null, null, null, 0.5);
    EvaluationReport nothingMatched = Evaluator.evaluate(STRIKE_GOLD,
        new Predictions(List.of(), List.of(), List.of(), List.of(), Set.of()));
    assertThat(nightEnd.missed(nothingMatched)).containsExactly(
        "THRESHOLD MISSED: strike night_end accuracy is undefined (nothing matched), minimum 0.500");
  }
}
