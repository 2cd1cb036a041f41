package org.newstally.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstally.model.ActorMention;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;

/**
 * The dev gold scored against tables that say exactly what the gold says: every measure must be perfect, which
 * shows the evaluator copes with everything the real gold holds (repeated pairs, one-person meetings, equal
 * figures on two nights, nights known only from text without a date).
 */
class DevGoldIdentityTest {
  private static final Gold DEV = Gold.read(Paths.get("/work/shared/corpus/dev/gold.jsonl"));

  @Test
  void aPerfectExtractionScoresOneEverywhere() {
    EvaluationReport report = Evaluator.evaluate(DEV, perfectTables(id -> true));

    assertThat(report.strikes().figures().tp()).isEqualTo(110);
    assertThat(report.strikes().figures().f1()).isEqualTo(1.0);
    assertThat(report.strikes().dronesLost().tp()).isEqualTo(13);
    assertThat(report.strikes().dronesLost().f1()).isEqualTo(1.0);
    assertThat(report.strikes().qualifier().share()).isEqualTo(1.0);
    assertThat(report.strikes().nightEnd().share()).isEqualTo(1.0);
    assertThat(report.meetings().heldPairs().tp()).isEqualTo(104);
    assertThat(report.meetings().heldPairs().f1()).isEqualTo(1.0);
    assertThat(report.meetings().status().correct()).isEqualTo(57);
    assertThat(report.meetings().status().share()).isEqualTo(1.0);
    assertThat(report.meetings().duration().total()).isEqualTo(12);
    assertThat(report.meetings().duration().share()).isEqualTo(1.0);
    assertThat(report.actors().tp()).isEqualTo(201);
    assertThat(report.actors().f1()).isEqualTo(1.0);
    assertThat(report.nights().goldNights()).isEqualTo(18);
    assertThat(report.nights().figures().share()).isEqualTo(1.0);
    assertThat(report.nights().missingNights()).isEmpty();
    assertThat(report.coverage().goldArticlesMissing()).isEmpty();
  }

  @Test
  void anArticleThatWasNotReadCountsAsMissed() {
    EvaluationReport report = Evaluator.evaluate(DEV, perfectTables(id -> !id.equals("d001")));

    assertThat(report.coverage().goldArticlesMissing()).containsExactly("d001");
    assertThat(report.strikes().figures().fn()).isEqualTo(4);
    assertThat(report.strikes().figures().misses()).extracting(Finding::articleId).containsOnly("d001");
    assertThat(report.strikes().dronesLost().fn()).isEqualTo(1);
    assertThat(report.actors().fn()).isEqualTo(2);
    // 2024-11-28 is still reported by the other articles of that night
    assertThat(report.nights().missingNights()).isEmpty();
  }

  /** Tables holding exactly the gold of the articles {@code read} accepts. */
  private static Predictions perfectTables(Predicate<String> read) {
    List<StrikeReport> strikes = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (GoldArticle article : DEV.articles()) {
      if (!read.test(article.id())) {
        continue;
      }
      ids.add(article.id());
      for (GoldStrike strike : article.strikes()) {
        for (FigureKind kind : FigureKind.values()) {
          Long value = strike.value(kind);
          if (value != null) {
            strikes.add(Rows.strike(article.id(), kind.weapon(), kind.measure(), value, strike.qualifier(kind),
                strike.nightEnd() == null ? null : strike.nightEnd().toString(), strike.evidence(kind)));
          }
        }
      }
      int sentence = 0;
      for (GoldMeeting m : article.meetings()) {
        meetings.add(Rows.meeting(article.id(), sentence++, m.status(), m.durationHours(), m.evidence(),
            m.participants().toArray(new String[0])));
      }
      int offset = 0;
      for (String actor : article.actors()) {
        mentions.add(Rows.mention(article.id(), actor, "person", offset++));
      }
    }
    List<NightRow> nights = new ArrayList<>();
    for (Map.Entry<LocalDate, List<NightConsensus.Figure>> night : NightConsensus.of(DEV).entrySet()) {
      Map<FigureKind, Long> figures = new EnumMap<>(FigureKind.class);
      night.getValue().forEach(f -> figures.put(f.kind(), f.value()));
      List<String> reporting = night.getValue().stream().flatMap(f -> f.articleIds().stream()).distinct()
          .collect(Collectors.toList());
      nights.add(new NightRow(night.getKey(), "Russia", "Ukraine", figures, reporting));
    }
    return new Predictions(strikes, meetings, mentions, nights, ids);
  }
}
