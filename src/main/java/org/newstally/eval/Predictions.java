package org.newstally.eval;

import java.util.List;
import java.util.Set;
import org.newstally.model.ActorMention;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;

/**
 * What the extract job produced, as plain lists: the rows of {@code strike_reports}, {@code meetings},
 * {@code actor_mentions} and {@code strikes_per_night}, and the ids in {@code articles} (the articles that were read
 * at all).
 */
public record Predictions(
    List<StrikeReport> strikeReports,
    List<Meeting> meetings,
    List<ActorMention> actorMentions,
    List<NightRow> nights,
    Set<String> articleIds) {

  public Predictions {
    strikeReports = List.copyOf(strikeReports);
    meetings = List.copyOf(meetings);
    actorMentions = List.copyOf(actorMentions);
    nights = List.copyOf(nights);
    articleIds = Set.copyOf(articleIds);
  }
}
