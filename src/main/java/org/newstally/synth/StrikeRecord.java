package org.newstally.synth;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One gold strike record, filled by the sentence builders from the same choices that wrote the sentences. */
final class StrikeRecord {
  LocalDate nightEnd;
  LocalDate nightEndInferred;
  Integer dronesLaunched;
  Integer missilesLaunched;
  Integer dronesDowned;
  Integer missilesDowned;
  Qualifier qualifier = Qualifier.EXACT;
  String evidence;
  Qualifier qualifierDrones;
  Qualifier qualifierMissiles;
  Qualifier qualifierDowned;
  Integer totalLaunched;
  Integer dronesLostJammed;
  Map<String, Integer> missilesBreakdown;
  Map<String, Integer> missilesDownedBreakdown;
  String leadHedge;
  String downedEvidence;
  String missilesEvidence;
  String jammedEvidence;
  String note;

  /** Sets night_end or, when the text and published date do not fix it, night_end_inferred. */
  void night(TimeRef time) {
    nightEnd = time.stated();
    nightEndInferred = time.stated() == null ? time.truth() : null;
  }

  void addNote(String text) {
    note = note == null ? text : note + "; " + text;
  }

  static Map<String, Integer> breakdown() {
    return new LinkedHashMap<>();
  }

  void appendJson(StringBuilder sb) {
    Json j = Json.object(sb)
        .field("night_end", nightEnd)
        .field("attacker", "Russia")
        .field("target", "Ukraine")
        .field("drones_launched", dronesLaunched)
        .field("missiles_launched", missilesLaunched)
        .field("drones_downed", dronesDowned)
        .field("missiles_downed", missilesDowned)
        .field("qualifier", qualifier.goldName())
        .field("evidence", evidence);
    if (nightEndInferred != null) {
      j.field("night_end_inferred", nightEndInferred);
    }
    if (qualifierDrones != null) {
      j.field("qualifier_drones", qualifierDrones.goldName());
    }
    if (qualifierMissiles != null) {
      j.field("qualifier_missiles", qualifierMissiles.goldName());
    }
    if (qualifierDowned != null) {
      j.field("qualifier_downed", qualifierDowned.goldName());
    }
    if (totalLaunched != null) {
      j.field("total_launched", totalLaunched);
    }
    if (dronesLostJammed != null) {
      j.field("drones_lost_jammed", dronesLostJammed);
    }
    if (missilesBreakdown != null) {
      j.counts("missiles_breakdown", missilesBreakdown);
    }
    if (missilesDownedBreakdown != null) {
      j.counts("missiles_downed_breakdown", missilesDownedBreakdown);
    }
    if (leadHedge != null) {
      j.field("lead_hedge", leadHedge);
    }
    if (downedEvidence != null) {
      j.field("downed_evidence", downedEvidence);
    }
    if (missilesEvidence != null) {
      j.field("missiles_evidence", missilesEvidence);
    }
    if (jammedEvidence != null) {
      j.field("jammed_evidence", jammedEvidence);
    }
    if (note != null) {
      j.field("note", note);
    }
    j.end();
  }
}
