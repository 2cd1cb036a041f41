package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AirForceNightsTest {
  /** The shared copy of the public dataset, read where it lies (tests never copy it into the project). */
  static final Path REAL_FIGURES = Paths.get("/work/shared/airforce/missile_attacks_daily.csv");

  private static final Map<String, String> CATEGORIES = Map.of(
      "Shahed-136/131", "UAV",
      "Unknown UAV", "UAV",
      "X-101/X-555 and Kalibr", "cruise missile",
      "Iskander-M", "ballistic missile",
      "Iskander-K", "cruise missile",
      "Unknown Missile", "cruise missile",
      "GBU", "guided bomb");

  private static final List<String> ROWS = List.of(
      "time_start,time_end,model,launch_place,target,launched,destroyed,not_reach_goal,source",
      "2025-03-01 18:00,2025-03-02 08:00,Shahed-136/131,\"Kursk oblast, Millerovo\",Ukraine,120.0,90.0,25.0,a",
      "2025-03-02 01:00,2025-03-02 07:30,X-101/X-555 and Kalibr,,Ukraine,20.0,15.0,,a",
      "2025-03-02 01:00,2025-03-02 07:30,Iskander-M,,Ukraine,4.0,,,a",
      "2025-03-02 01:00,2025-03-02 07:30,Iskander-M and Iskander-K,,Ukraine,2.0,1.0,,a",
      "2025-03-02 01:00,2025-03-02 07:30,GBU,,Ukraine,3.0,0.0,,a",
      "2025-03-02,2025-03-02,Unknown UAV,,south,41.0,41.0,,regional",
      "2025-03-04 20:00,2025-03-05 06:00,Shahed-136/131,,Ukraine,5.0,5.0,,a",
      "2025-03-06 20:00,2025-03-07 06:00,Unknown Missile,,Ukraine,12.0,3.0,,a");

  @Test
  void sumsModelsPerNightEndAndLeavesOutRegionalRowsBombsAndSmallNights() {
    AirForceNights nights = AirForceNights.fromRows("fixture", ROWS, CATEGORIES);
    assertThat(nights.size()).isEqualTo(2);
    Night night = nights.onDate(LocalDate.of(2025, 3, 2));
    assertThat(night.drones()).as("regional 'Unknown UAV' row left out").isEqualTo(120);
    assertThat(night.dronesDowned()).isEqualTo(90);
    assertThat(night.dronesJammed()).as("UAV not_reach_goal").isEqualTo(25);
    assertThat(night.missiles()).as("GBU is neither").isEqualTo(26);
    assertThat(night.missilesDowned()).as("an empty destroyed counts as none").isEqualTo(16);
    assertThat(night.missileTypes()).containsExactly(
        new Night.MissileCount("Kh-101/Kh-555/Kalibr", "Kh-101/Kh-555 and Kalibr", "cruise missiles", 20, 15),
        new Night.MissileCount("Iskander-M", "Iskander-M", "ballistic missiles", 4, 0),
        new Night.MissileCount("Iskander-M/Iskander-K", "Iskander-M and Iskander-K", "missiles", 2, 1));
    assertThat(night.breakdownPrintable()).isTrue();
    assertThat(nights.onDate(LocalDate.of(2025, 3, 5))).as("five launches is not a national story").isNull();
    Night unidentified = nights.onDate(LocalDate.of(2025, 3, 7));
    assertThat(unidentified.missiles()).isEqualTo(12);
    assertThat(unidentified.breakdownPrintable()).as("an unknown missile type cannot be listed").isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "X-101/X-555; Kh-101/Kh-555",
    "C-300/C-400; S-300/S-400",
    "X-47 Kinzhal; Kinzhal",
    "X-59/X-69; Kh-59/69",
    "Kalibr; Kalibr"
  })
  void usesTheNamesEnglishCopyUses(String model, String press) {
    assertThat(MissileTypes.pressName(model)).isEqualTo(press);
  }

  @Test
  void failsWithAMessageThatSaysWhatIsWrong(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> AirForceNights.fromRows("bad.csv", List.of("time_end,launched,destroyed"), CATEGORIES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.csv has no column 'model'");
    assertThatThrownBy(() -> AirForceNights.fromRows("tiny.csv", ROWS.subList(0, 1), CATEGORIES))
        .hasMessageContaining("yields no night with at least 10 launches");
    Path figures = dir.resolve("figures.csv");
    Files.write(figures, ROWS);
    assertThatThrownBy(() -> AirForceNights.load(figures)).hasMessageContaining(AirForceNights.CATEGORIES_FILE)
        .hasMessageContaining("next to figures.csv");
  }

  @Test
  void realFiguresMatchTheAirForceReportsOfKnownNights() {
    assumeTrue(Files.isRegularFile(REAL_FIGURES), "the shared Air Force CSV is not on this machine");
    AirForceNights nights = AirForceNights.load(REAL_FIGURES);
    assertThat(nights.size()).isBetween(600, 1200);
    assertNight(nights.onDate(LocalDate.of(2024, 11, 28)), 97, 91, 35, 79, 62);
    assertNight(nights.onDate(LocalDate.of(2025, 1, 15)), 74, 43, 47, 30, 27);
    Night april = nights.onDate(LocalDate.of(2025, 4, 24));
    assertNight(april, 145, 70, 64, 48, 68);
    Map<String, Integer> breakdown = new LinkedHashMap<>();
    april.missileTypes().forEach(t -> breakdown.put(t.key(), t.launched()));
    assertThat(breakdown).containsExactly(Map.entry("Kh-101/Kh-555", 37), Map.entry("Kalibr", 12),
        Map.entry("Iskander-M/KN-23", 11), Map.entry("Iskander-K", 6), Map.entry("Kh-59/69", 4));
  }

  private static void assertNight(Night n, int drones, int missiles, int dronesDowned, int missilesDowned,
      int jammed) {
    assertThat(n).isNotNull();
    assertThat(List.of(n.drones(), n.missiles(), n.dronesDowned(), n.missilesDowned(), n.dronesJammed()))
        .as("drones, missiles, drones downed, missiles downed, jammed on %s", n.nightEnd())
        .containsExactly(drones, missiles, dronesDowned, missilesDowned, jammed);
  }
}
