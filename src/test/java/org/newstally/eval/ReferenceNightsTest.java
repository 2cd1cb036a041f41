package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.newstally.eval.Rows.night;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceNightsTest {
  private static final String HEADER =
      "night_end,drones_launched,missiles_launched,n_articles,article_ids,date_basis,reference_only";

  @Test
  void readsEachNightWithItsFiguresArticlesAndReferenceFlag() {
    ReferenceNights reference = ReferenceNights.parse("nights.csv", List.of(HEADER,
        "2025-03-02,120,8,2,x1 x2,explicit,no",
        "2025-03-05,,40,1,x3,explicit,yes",
        ""));

    assertThat(reference.nights()).hasSize(2);
    ReferenceNights.Night first = reference.nights().get(0);
    assertThat(first.nightEnd()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(first.articleIds()).containsExactly("x1", "x2");
    assertThat(first.figures()).containsExactly(entry(FigureKind.DRONES_LAUNCHED, 120L),
        entry(FigureKind.MISSILES_LAUNCHED, 8L));
    ReferenceNights.Night second = reference.nights().get(1);
    assertThat(second.figures()).containsExactly(entry(FigureKind.MISSILES_LAUNCHED, 40L));
    assertThat(second.referenceOnly()).isTrue();
  }

  @Test
  void onlyTheThreeFigureColumnsAreRequiredInAnyOrder() {
    ReferenceNights reference = ReferenceNights.parse("n", List.of("missiles_launched,night_end,drones_launched",
        "3,2024-01-01,"));

    assertThat(reference.nights().get(0).figures()).containsExactly(entry(FigureKind.MISSILES_LAUNCHED, 3L));
    assertThat(reference.nights().get(0).articleIds()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty file                 | <empty>                                           | empty
      header lacks a column      | night_end,drones_launched                         | lacks the column missiles_launched
      date not ISO               | night_end,drones_launched,missiles_launched;3/2/2025,1,2 | line 2: night_end is not an ISO date
      figure not a number        | night_end,drones_launched,missiles_launched;2025-03-02,many,2 | line 2: drones_launched is not a whole number
      negative figure            | night_end,drones_launched,missiles_launched;2025-03-02,-5,2 | negative
      cells do not fit header    | night_end,drones_launched,missiles_launched;2025-03-02,5 | 2 cells, the header has 3
      night given twice          | night_end,drones_launched,missiles_launched;2025-03-02,5,;2025-03-02,6, | given twice
      """)
  void badFilesAreRejectedWithTheLineAndTheReason(String what, String content, String message) {
    List<String> lines = "<empty>".equals(content) ? List.of() : List.of(content.split(";"));

    assertThatThrownBy(() -> ReferenceNights.parse("nights.csv", lines))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("nights.csv")
        .hasMessageContaining(message);
  }

  @Test
  void evaluatorScoresEachReferenceFigureAgainstTheRussiaUkraineRowOfItsNight() {
    ReferenceNights reference = ReferenceNights.parse("nights.csv", List.of(HEADER,
        "2025-03-02,120,8,2,a1 a2,explicit,no",
        "2025-03-03,90,,1,a1,explicit,no",
        "2025-03-04,,7,1,a2,explicit,no"));
    List<NightRow> rows = List.of(
        night("2025-03-02", "Russia", "Ukraine",
            Map.of(FigureKind.DRONES_LAUNCHED, 120L, FigureKind.MISSILES_LAUNCHED, 9L), "a1", "a2"),
        // the same night in another direction is not the reference's row
        night("2025-03-03", "Ukraine", "Russia", Map.of(FigureKind.DRONES_LAUNCHED, 90L), "a1"),
        night("2025-03-04", "Russia", "Ukraine", Map.of(FigureKind.MISSILES_LAUNCHED, 7L), "a2"));
    Gold gold = Gold.parse("g", """
        {"id": "a1", "strikes": []}
        {"id": "a2", "strikes": []}
        """);

    EvaluationReport report = Evaluator.evaluate(gold,
        new Predictions(List.of(), List.of(), List.of(), rows, Set.of("a1", "a2")), reference);

    Accuracy scored = report.referenceNights();
    assertThat(scored.correct()).isEqualTo(2);
    assertThat(scored.total()).isEqualTo(4);
    assertThat(scored.mismatches()).extracting(Finding::item).containsExactly(
        "night 2025-03-02 missiles_launched", "night 2025-03-03 drones_launched");
    assertThat(scored.mismatches().get(0).detail()).isEqualTo("reference 8, predicted 9 from a1,a2");
    assertThat(scored.mismatches().get(1).detail()).isEqualTo("reference 90, predicted no row");
    assertThat(report.render()).containsPattern("per-night launch figures \\(reference nights\\) +2/4 +0\\.500");
    assertThat(report.toJson()).contains("\"reference_nights\"");
    assertThat(Evaluator.evaluate(gold, new Predictions(List.of(), List.of(), List.of(), rows, Set.of("a1")))
        .referenceNights()).isNull();
  }
}
