package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NightConsensusTest {
  /**
   * Night 2025-05-10 has three reporting articles that disagree in every way the tie rules cover, plus a record
   * without a night and one of the other direction; n1 also back-references 2025-05-12; n6 alone reports 2025-05-14.
   */
  static final Gold NIGHT_GOLD = Gold.parse("nights", """
      {"id": "n1", "strikes": [
        {"night_end": "2025-05-10", "attacker": "Russia", "target": "Ukraine", "drones_launched": 300,
         "missiles_launched": 20, "drones_downed": 280, "qualifier": "exact"},
        {"night_end": "2025-05-12", "attacker": "Russia", "target": "Ukraine", "drones_launched": 100,
         "qualifier": "exact"}]}
      {"id": "n2", "strikes": [{"night_end": "2025-05-10", "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 300, "missiles_launched": 22, "qualifier": "about", "qualifier_missiles": "almost"}]}
      {"id": "n3", "strikes": [{"night_end": "2025-05-10", "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 310, "total_launched": 330, "drones_downed": 290, "qualifier": "exact"}]}
      {"id": "n4", "strikes": [{"night_end": null, "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 999, "qualifier": "exact"}]}
      {"id": "n5", "strikes": [{"night_end": "2025-05-10", "attacker": "Ukraine", "target": "Russia",
        "drones_launched": 50, "qualifier": "exact"}]}
      {"id": "n6", "strikes": [{"night_end": "2025-05-14", "attacker": "Russia", "target": "Ukraine",
        "drones_launched": 60, "qualifier": "exact"}]}
      """);

  @Test
  void choosesByRecordsThenExactRecordsThenLargerValue() {
    Map<LocalDate, List<NightConsensus.Figure>> nights = NightConsensus.of(NIGHT_GOLD);

    assertThat(nights.keySet()).containsExactly(
        LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 14));
    assertThat(nights.get(LocalDate.of(2025, 5, 10)))
        .extracting(NightConsensus.Figure::kind, NightConsensus.Figure::value, NightConsensus.Figure::agreeing,
            NightConsensus.Figure::records, NightConsensus.Figure::rule)
        .containsExactly(
            tuple(FigureKind.DRONES_LAUNCHED, 300L, 2, 3, NightConsensus.MAJORITY),
            tuple(FigureKind.MISSILES_LAUNCHED, 20L, 1, 2, NightConsensus.TIE_MORE_EXACT),
            // n1 300+20 exact, n2 300+22 hedged, n3 states 330: one record each, two exact
            tuple(FigureKind.TOTAL_LAUNCHED, 330L, 1, 3, NightConsensus.TIE_LARGER_VALUE),
            tuple(FigureKind.DRONES_DOWNED, 290L, 1, 2, NightConsensus.TIE_LARGER_VALUE));
    NightConsensus.Figure drones = nights.get(LocalDate.of(2025, 5, 10)).get(0);
    assertThat(drones.articleIds()).containsExactly("n1", "n2");
    assertThat(drones.valuesSeen()).isEqualTo(Map.of(300L, 2, 310L, 1));
    assertThat(nights.get(LocalDate.of(2025, 5, 12)))
        .extracting(NightConsensus.Figure::kind, NightConsensus.Figure::value, NightConsensus.Figure::rule)
        .containsExactly(tuple(FigureKind.DRONES_LAUNCHED, 100L, NightConsensus.UNANIMOUS));
  }

  @Test
  void aDerivedTotalIsAsHedgedAsItsLeastPreciseLaunchFigure() {
    GoldStrike strike = NIGHT_GOLD.articles().get(1).strikes().get(0);

    assertThat(NightConsensus.nightValue(strike, FigureKind.TOTAL_LAUNCHED)).isEqualTo(322L);
    assertThat(NightConsensus.nightQualifier(strike, FigureKind.TOTAL_LAUNCHED)).isEqualTo("about");
  }

  /** Only the records with a night_end count: the dev gold has 21 true nights, 18 of them resolvable from text. */
  @Test
  void devGoldNights() {
    Map<LocalDate, List<NightConsensus.Figure>> nights =
        NightConsensus.of(Gold.read(Paths.get("/work/shared/corpus/dev/gold.jsonl")));

    assertThat(nights).hasSize(18);
    assertThat(nights).doesNotContainKeys(LocalDate.of(2024, 7, 31), LocalDate.of(2025, 6, 17),
        LocalDate.of(2025, 10, 22));
    assertThat(nights.get(LocalDate.of(2025, 9, 20)).get(0))
        .extracting(NightConsensus.Figure::kind, NightConsensus.Figure::value, NightConsensus.Figure::rule)
        .containsExactly(FigureKind.DRONES_LAUNCHED, 579L, NightConsensus.TIE_MORE_EXACT);
    assertThat(nights.get(LocalDate.of(2025, 4, 24)).get(0))
        .extracting(NightConsensus.Figure::value, NightConsensus.Figure::agreeing, NightConsensus.Figure::rule)
        .containsExactly(145L, 2, NightConsensus.MAJORITY);
  }
}
