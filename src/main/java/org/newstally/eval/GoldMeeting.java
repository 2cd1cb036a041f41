package org.newstally.eval;

import java.time.LocalDate;
import java.util.List;

/** One gold meeting record: named participants (canonical names), status, and the stated length when there is one. */
public record GoldMeeting(
    List<String> participants,
    String place,
    LocalDate date,
    Double durationHours,
    String status,
    String evidence) {

  public static final String HELD = "held";

  public GoldMeeting {
    participants = List.copyOf(participants);
  }
}
