package org.newstally.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One meeting as reported by one article. Rows of the `meetings` table.
 */
public class Meeting implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<Meeting> ENCODER = Encoders.bean(Meeting.class);

  /** stable id: article id + sentence + participants */
  private String meetingId;
  private String articleId;
  private LocalDate published;
  /** canonical names, sorted */
  private List<String> participants;
  private String place;
  private LocalDate meetingDate;
  private Double durationHours;
  private String durationQualifier;
  /** held, planned, cancelled, postponed, possible, not_scheduled */
  private String status;
  private int sentenceIndex;
  private String evidence;

  public Meeting() {}

  public String getMeetingId() { return meetingId; }

  public void setMeetingId(String meetingId) { this.meetingId = meetingId; }

  public String getArticleId() { return articleId; }

  public void setArticleId(String articleId) { this.articleId = articleId; }

  public LocalDate getPublished() { return published; }

  public void setPublished(LocalDate published) { this.published = published; }

  public List<String> getParticipants() { return participants; }

  public void setParticipants(List<String> participants) { this.participants = participants; }

  public String getPlace() { return place; }

  public void setPlace(String place) { this.place = place; }

  public LocalDate getMeetingDate() { return meetingDate; }

  public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }

  public Double getDurationHours() { return durationHours; }

  public void setDurationHours(Double durationHours) { this.durationHours = durationHours; }

  public String getDurationQualifier() { return durationQualifier; }

  public void setDurationQualifier(String durationQualifier) { this.durationQualifier = durationQualifier; }

  public String getStatus() { return status; }

  public void setStatus(String status) { this.status = status; }

  public int getSentenceIndex() { return sentenceIndex; }

  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }

  public String getEvidence() { return evidence; }

  public void setEvidence(String evidence) { this.evidence = evidence; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Meeting)) return false;
    Meeting that = (Meeting) o;
    return Objects.equals(meetingId, that.meetingId)
        && Objects.equals(articleId, that.articleId)
        && Objects.equals(published, that.published)
        && Objects.equals(participants, that.participants)
        && Objects.equals(place, that.place)
        && Objects.equals(meetingDate, that.meetingDate)
        && Objects.equals(durationHours, that.durationHours)
        && Objects.equals(durationQualifier, that.durationQualifier)
        && Objects.equals(status, that.status)
        && sentenceIndex == that.sentenceIndex
        && Objects.equals(evidence, that.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meetingId, articleId, published, participants, place, meetingDate, durationHours, durationQualifier, status, sentenceIndex, evidence);
  }

  @Override
  public String toString() {
    return "Meeting{" + "meetingId=" + meetingId + ", " + "articleId=" + articleId + ", " + "published=" + published + ", " + "participants=" + participants + ", " + "place=" + place + ", " + "meetingDate=" + meetingDate + ", " + "durationHours=" + durationHours + ", " + "durationQualifier=" + durationQualifier + ", " + "status=" + status + ", " + "sentenceIndex=" + sentenceIndex + ", " + "evidence=" + evidence + "}";
  }
}
