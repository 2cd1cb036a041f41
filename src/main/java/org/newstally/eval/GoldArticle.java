package org.newstally.eval;

import java.util.List;

/** The gold annotations of one article. */
public record GoldArticle(
    String id,
    String category,
    List<GoldStrike> strikes,
    List<GoldMeeting> meetings,
    List<String> actors) {

  public GoldArticle {
    strikes = List.copyOf(strikes);
    meetings = List.copyOf(meetings);
    actors = List.copyOf(actors);
  }
}
