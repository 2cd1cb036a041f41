package org.newstally.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plausible nights computed on demand from (seed, night index): one night per calendar day over a fixed window,
 * drones 30–800, missiles 0–120 (none on about 45% of nights), 60–95% of drones downed. Holds no state beyond
 * its parameters, so it costs nothing however many articles draw from it.
 */
public final class SyntheticNights implements NightSource {
  /** The window synthetic nights cover: the season of large combined attacks up to the present. */
  public static final LocalDate FIRST = LocalDate.of(2022, 10, 10);
  public static final LocalDate LAST = LocalDate.of(2026, 2, 28);
  private static final long PURPOSE = 0x4E49474854L;

  private final long seed;
  private final int size;

  public SyntheticNights(long seed) {
    this.seed = seed;
    this.size = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Night night(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("night " + index + " of " + size);
    }
    Rand rand = new Rand(seed, index, PURPOSE);
    int drones = rand.logBetween(30, 800);
    int dronesDowned = (int) Math.round(drones * rand.uniform(0.60, 0.95));
    int jammed = rand.chance(0.5) ? rand.between(0, drones - dronesDowned) : 0;
    int missiles = rand.chance(0.45) ? 0 : rand.logBetween(1, 120);
    List<Night.MissileCount> types = missileTypes(rand, missiles);
    int missilesDowned = types.stream().mapToInt(Night.MissileCount::downed).sum();
    return new Night(FIRST.plusDays(index), drones, missiles, dronesDowned, missilesDowned, jammed, types);
  }

  private static List<Night.MissileCount> missileTypes(Rand rand, int missiles) {
    if (missiles == 0) {
      return List.of();
    }
    List<MissileTypes.SyntheticType> chosen =
        rand.sample(MissileTypes.SYNTHETIC, Math.min(missiles, rand.between(1, 5)));
    double totalWeight = chosen.stream().mapToDouble(MissileTypes.SyntheticType::weight).sum();
    int[] counts = new int[chosen.size()];
    int assigned = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = 1;
      assigned++;
    }
    int rest = missiles - assigned;
    int given = 0;
    for (int i = 0; i < counts.length; i++) {
      int share = (int) Math.floor(rest * chosen.get(i).weight() / totalWeight);
      counts[i] += share;
      given += share;
    }
    counts[0] += rest - given;
    List<Night.MissileCount> out = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      MissileTypes.SyntheticType type = chosen.get(i);
      double rate = Math.min(1.0, type.downRate() * rand.uniform(0.7, 1.2));
      int downed = (int) Math.round(counts[i] * rate);
      out.add(new Night.MissileCount(type.name(), type.name(), type.kind(), counts[i], downed));
    }
    out.sort(Comparator.comparingInt(Night.MissileCount::launched).reversed());
    return out;
  }

  @Override
  public String describe() {
    return "synthetic nights " + FIRST + " to " + LAST + " (seed " + seed + ")";
  }
}
