package org.newstally.synth;

/** The gold meeting statuses of the dev corpus. */
public enum MeetingStatus {
  HELD("held"),
  PLANNED("planned"),
  CANCELLED("cancelled"),
  POSTPONED("postponed"),
  POSSIBLE("possible"),
  NOT_SCHEDULED("not_scheduled");

  private final String goldName;

  MeetingStatus(String goldName) {
    this.goldName = goldName;
  }

  public String goldName() {
    return goldName;
  }
}
