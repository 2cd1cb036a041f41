package org.newstally.eval;

import java.time.LocalDate;

/**
 * One gold strike record: the figures one article gives for one night. Figures and qualifiers are nullable as in
 * the gold files; {@link #value}, {@link #qualifier} and {@link #evidence} apply the gold conventions per figure.
 */
public record GoldStrike(
    LocalDate nightEnd,
    LocalDate nightEndInferred,
    String attacker,
    String target,
    Long dronesLaunched,
    Long missilesLaunched,
    Long dronesDowned,
    Long missilesDowned,
    Long totalLaunched,
    Long dronesLostJammed,
    String qualifier,
    String qualifierDrones,
    String qualifierMissiles,
    String qualifierDowned,
    String evidence,
    String downedEvidence,
    String jammedEvidence) {

  public static final String EXACT = "exact";

  /** The figure as the record gives it, null when the text does not give it. */
  public Long value(FigureKind kind) {
    return switch (kind) {
      case DRONES_LAUNCHED -> dronesLaunched;
      case MISSILES_LAUNCHED -> missilesLaunched;
      case TOTAL_LAUNCHED -> totalLaunched;
      case DRONES_DOWNED -> dronesDowned;
      case MISSILES_DOWNED -> missilesDowned;
      case DRONES_LOST -> dronesLostJammed;
    };
  }

  /**
   * The hedge on one figure. {@code qualifier} describes the lead launch figure and the per-type fields override
   * it; downed figures are exact unless {@code qualifier_downed} says otherwise, and the gold has no hedge field for
   * jammed drones.
   */
  public String qualifier(FigureKind kind) {
    return switch (kind) {
      case DRONES_LAUNCHED -> qualifierDrones != null ? qualifierDrones : qualifier;
      case MISSILES_LAUNCHED -> qualifierMissiles != null ? qualifierMissiles : qualifier;
      case TOTAL_LAUNCHED -> qualifier;
      case DRONES_DOWNED, MISSILES_DOWNED -> qualifierDowned != null ? qualifierDowned : EXACT;
      case DRONES_LOST -> EXACT;
    };
  }

  /** The sentence the figure comes from: downed and jammed figures often have their own sentence. */
  public String evidence(FigureKind kind) {
    return switch (kind) {
      case DRONES_LAUNCHED, MISSILES_LAUNCHED, TOTAL_LAUNCHED -> evidence;
      case DRONES_DOWNED, MISSILES_DOWNED -> downedEvidence != null ? downedEvidence : evidence;
      case DRONES_LOST -> jammedEvidence != null ? jammedEvidence
          : downedEvidence != null ? downedEvidence : evidence;
    };
  }
}
