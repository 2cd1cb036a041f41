package org.newstally.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One gold meeting record: participants by canonical name, status, place, date and the meeting's own length. */
final class MeetingRecord {
  final List<String> participants = new ArrayList<>();
  String place;
  LocalDate date;
  Double durationHours;
  MeetingStatus status;
  String evidence;
  LocalDate dateInferred;
  Qualifier durationQualifier;
  Integer durationDays;
  String participantsEvidence;
  String durationEvidence;
  String note;

  MeetingRecord(MeetingStatus status) {
    this.status = status;
  }

  void participant(Person p) {
    if (!participants.contains(p.canonical())) {
      participants.add(p.canonical());
    }
  }

  /** Sets date or, when the text and published date do not fix it, date_inferred. */
  void date(TimeRef time) {
    date = time.stated();
    dateInferred = time.stated() == null ? time.truth() : null;
  }

  void addNote(String text) {
    note = note == null ? text : note + "; " + text;
  }

  void appendJson(StringBuilder sb) {
    Json j = Json.object(sb)
        .strings("participants", participants)
        .field("place", place)
        .field("date", date)
        .field("duration_hours", durationHours)
        .field("status", status.goldName())
        .field("evidence", evidence);
    if (dateInferred != null) {
      j.field("date_inferred", dateInferred);
    }
    if (durationQualifier != null && durationQualifier != Qualifier.EXACT) {
      j.field("duration_qualifier", durationQualifier.goldName());
    }
    if (durationDays != null) {
      j.field("duration_days", durationDays);
    }
    if (participantsEvidence != null) {
      j.field("participants_evidence", participantsEvidence);
    }
    if (durationEvidence != null) {
      j.field("duration_evidence", durationEvidence);
    }
    if (note != null) {
      j.field("note", note);
    }
    j.end();
  }
}
