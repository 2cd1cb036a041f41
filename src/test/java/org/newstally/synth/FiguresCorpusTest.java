package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** With --figures, every strike record reports a real night as the Air Force CSV has it. */
class FiguresCorpusTest {

  @Test
  void strikeRecordsCarryTheCsvFiguresOfTheirNight() {
    assumeTrue(Files.isRegularFile(AirForceNightsTest.REAL_FIGURES), "the shared Air Force CSV is not here");
    CorpusGenerator generator =
        new CorpusGenerator(new GeneratorConfig(1500, 11, AirForceNightsTest.REAL_FIGURES));
    AirForceNights csv = AirForceNights.load(AirForceNightsTest.REAL_FIGURES);
    int exactLaunches = 0;
    for (long i = 0; i < 1500; i++) {
      GeneratedArticle a = generator.article(i);
      JsonNode gold = GoldChecks.parse(a.goldJson());
      GoldChecks.check(GoldChecks.parse(a.articleJson()), gold, csv);
      for (JsonNode s : gold.get("strikes")) {
        String date = s.get("night_end").isNull() ? s.get("night_end_inferred").asText() : s.get("night_end").asText();
        Night night = csv.onDate(LocalDate.parse(date));
        assertThat(night).as("%s reports a night of the CSV: %s", a.id(), date).isNotNull();
        if (!s.get("drones_launched").isNull() && s.get("qualifier").asText().equals("exact")
            && !s.has("qualifier_drones")) {
          assertThat(s.get("drones_launched").asInt()).isEqualTo(night.drones());
          exactLaunches++;
        }
      }
    }
    assertThat(exactLaunches).as("exact drone figures checked against the CSV").isGreaterThan(200);
  }
}
