package org.newstally.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newstally.model.ActorMention;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;

/** Predicted rows for tests, with only the fields the evaluator reads set. */
final class Rows {
  private Rows() {}

  static StrikeReport strike(String articleId, String weapon, String measure, long value, String qualifier,
      String nightEnd, String evidence) {
    StrikeReport row = new StrikeReport();
    row.setArticleId(articleId);
    row.setAttacker("Russia");
    row.setTarget("Ukraine");
    row.setWeapon(weapon);
    row.setMeasure(measure);
    row.setValue(value);
    row.setQualifier(qualifier);
    row.setNightEnd(nightEnd == null ? null : LocalDate.parse(nightEnd));
    row.setEvidence(evidence);
    return row;
  }

  static StrikeReport strikeBy(String attacker, String target, String articleId, long value) {
    StrikeReport row = strike(articleId, "drone", "launched", value, "exact", null, null);
    row.setAttacker(attacker);
    row.setTarget(target);
    return row;
  }

  static Meeting meeting(String articleId, int sentence, String status, Double hours, String evidence,
      String... participants) {
    Meeting row = new Meeting();
    row.setArticleId(articleId);
    row.setMeetingId(articleId + "-" + sentence);
    row.setSentenceIndex(sentence);
    row.setStatus(status);
    row.setDurationHours(hours);
    row.setEvidence(evidence);
    row.setParticipants(List.of(participants));
    return row;
  }

  static ActorMention mention(String articleId, String actor, String actorType, int begin) {
    ActorMention row = new ActorMention();
    row.setArticleId(articleId);
    row.setActor(actor);
    row.setActorType(actorType);
    row.setSurface(actor);
    row.setBegin(begin);
    row.setEnd(begin + actor.length());
    return row;
  }

  static NightRow night(String nightEnd, String attacker, String target, Map<FigureKind, Long> figures,
      String... articleIds) {
    return new NightRow(LocalDate.parse(nightEnd), attacker, target, figures, List.of(articleIds));
  }
}
