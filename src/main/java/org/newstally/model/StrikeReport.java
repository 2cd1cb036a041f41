package org.newstally.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One strike figure reported by one article. Rows of the `strike_reports` table.
 */
public class StrikeReport implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<StrikeReport> ENCODER = Encoders.bean(StrikeReport.class);

  private String articleId;
  private LocalDate published;
  private String source;
  /** date of the morning the overnight attack ended; null when it cannot be resolved */
  private LocalDate nightEnd;
  /** how night_end was resolved: explicit_date, relative_to_published, weekday, ... */
  private String nightEndBasis;
  private String attacker;
  private String target;
  /** drone, missile or total */
  private String weapon;
  /** launched, downed or lost (electronic warfare) */
  private String measure;
  private long value;
  private String qualifier;
  /** who the article cites for the figure, e.g. air force */
  private String attribution;
  /** the figure describes an earlier night than the article's main one */
  private boolean backReference;
  private int sentenceIndex;
  private int begin;
  private int end;
  /** the whole sentence */
  private String evidence;

  public StrikeReport() {}

  public String getArticleId() { return articleId; }

  public void setArticleId(String articleId) { this.articleId = articleId; }

  public LocalDate getPublished() { return published; }

  public void setPublished(LocalDate published) { this.published = published; }

  public String getSource() { return source; }

  public void setSource(String source) { this.source = source; }

  public LocalDate getNightEnd() { return nightEnd; }

  public void setNightEnd(LocalDate nightEnd) { this.nightEnd = nightEnd; }

  public String getNightEndBasis() { return nightEndBasis; }

  public void setNightEndBasis(String nightEndBasis) { this.nightEndBasis = nightEndBasis; }

  public String getAttacker() { return attacker; }

  public void setAttacker(String attacker) { this.attacker = attacker; }

  public String getTarget() { return target; }

  public void setTarget(String target) { this.target = target; }

  public String getWeapon() { return weapon; }

  public void setWeapon(String weapon) { this.weapon = weapon; }

  public String getMeasure() { return measure; }

  public void setMeasure(String measure) { this.measure = measure; }

  public long getValue() { return value; }

  public void setValue(long value) { this.value = value; }

  public String getQualifier() { return qualifier; }

  public void setQualifier(String qualifier) { this.qualifier = qualifier; }

  public String getAttribution() { return attribution; }

  public void setAttribution(String attribution) { this.attribution = attribution; }

  public boolean isBackReference() { return backReference; }

  public void setBackReference(boolean backReference) { this.backReference = backReference; }

  public int getSentenceIndex() { return sentenceIndex; }

  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }

  public int getBegin() { return begin; }

  public void setBegin(int begin) { this.begin = begin; }

  public int getEnd() { return end; }

  public void setEnd(int end) { this.end = end; }

  public String getEvidence() { return evidence; }

  public void setEvidence(String evidence) { this.evidence = evidence; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof StrikeReport)) return false;
    StrikeReport that = (StrikeReport) o;
    return Objects.equals(articleId, that.articleId)
        && Objects.equals(published, that.published)
        && Objects.equals(source, that.source)
        && Objects.equals(nightEnd, that.nightEnd)
        && Objects.equals(nightEndBasis, that.nightEndBasis)
        && Objects.equals(attacker, that.attacker)
        && Objects.equals(target, that.target)
        && Objects.equals(weapon, that.weapon)
        && Objects.equals(measure, that.measure)
        && value == that.value
        && Objects.equals(qualifier, that.qualifier)
        && Objects.equals(attribution, that.attribution)
        && backReference == that.backReference
        && sentenceIndex == that.sentenceIndex
        && begin == that.begin
        && end == that.end
        && Objects.equals(evidence, that.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, published, source, nightEnd, nightEndBasis, attacker, target, weapon, measure, value, qualifier, attribution, backReference, sentenceIndex, begin, end, evidence);
  }

  @Override
  public String toString() {
    return "StrikeReport{" + "articleId=" + articleId + ", " + "published=" + published + ", " + "source=" + source + ", " + "nightEnd=" + nightEnd + ", " + "nightEndBasis=" + nightEndBasis + ", " + "attacker=" + attacker + ", " + "target=" + target + ", " + "weapon=" + weapon + ", " + "measure=" + measure + ", " + "value=" + value + ", " + "qualifier=" + qualifier + ", " + "attribution=" + attribution + ", " + "backReference=" + backReference + ", " + "sentenceIndex=" + sentenceIndex + ", " + "begin=" + begin + ", " + "end=" + end + ", " + "evidence=" + evidence + "}";
  }
}
