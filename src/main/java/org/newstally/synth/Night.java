package org.newstally.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * The truth about one night of Russian strikes on Ukraine: what was launched and what was downed, per the
 * Ukrainian Air Force (real or synthetic). Every strike record in the gold is derived from one of these.
 *
 * @param nightEnd the date of the morning on which the attack ended
 * @param dronesJammed drones "lost from radar" to electronic warfare, counted apart from the downed ones
 * @param missileTypes launched and downed per missile type; empty when there were no missiles
 */
public record Night(
    LocalDate nightEnd,
    int drones,
    int missiles,
    int dronesDowned,
    int missilesDowned,
    int dronesJammed,
    List<MissileCount> missileTypes) {

  public Night {
    missileTypes = List.copyOf(missileTypes);
  }

  /**
   * One missile type of the night.
   *
   * @param key the gold key of {@code missiles_breakdown}, e.g. "Kh-101/Kh-555"
   * @param name the type as the text names it, e.g. "Kh-101/Kh-555" or "Kh-101/Kh-555 and Kalibr"
   * @param kind what follows the name in the text, e.g. "cruise missiles"; null for a type the source does not
   *     identify, which makes the night's breakdown unprintable
   */
  public record MissileCount(String key, String name, String kind, int launched, int downed) {}

  public int launched() {
    return drones + missiles;
  }

  /** True when every missile type is identified, so the text can list the breakdown and the parts add up. */
  public boolean breakdownPrintable() {
    return missiles > 0
        && missileTypes.stream().allMatch(t -> t.kind() != null)
        && missileTypes.stream().mapToInt(MissileCount::launched).sum() == missiles;
  }
}
