package org.newstally.eval;

import java.util.List;

/**
 * The strike figures the evaluator knows, each tied to its (weapon, measure) in {@code strike_reports}, its field in
 * the gold strike records and its column in {@code strikes_per_night}.
 */
public enum FigureKind {
  DRONES_LAUNCHED("drone", "launched", "drones_launched"),
  MISSILES_LAUNCHED("missile", "launched", "missiles_launched"),
  TOTAL_LAUNCHED("total", "launched", "total_launched"),
  DRONES_DOWNED("drone", "downed", "drones_downed"),
  MISSILES_DOWNED("missile", "downed", "missiles_downed"),
  /** drones lost from radar to electronic warfare: gold {@code drones_lost_jammed}, table column {@code drones_lost} */
  DRONES_LOST("drone", "lost", "drones_lost");

  /** The figures of the strike F1: launched and downed. Drones lost are scored apart. */
  public static final List<FigureKind> LAUNCHED_OR_DOWNED =
      List.of(DRONES_LAUNCHED, MISSILES_LAUNCHED, TOTAL_LAUNCHED, DRONES_DOWNED, MISSILES_DOWNED);

  private final String weapon;
  private final String measure;
  private final String column;

  FigureKind(String weapon, String measure, String column) {
    this.weapon = weapon;
    this.measure = measure;
    this.column = column;
  }

  /** drone, missile or total, as in strike_reports.weapon */
  public String weapon() { return weapon; }

  /** launched, downed or lost, as in strike_reports.measure */
  public String measure() { return measure; }

  /** the strikes_per_night column */
  public String column() { return column; }
}
