package org.newstally.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One number found in the text with what it counts. Rows of the `numeric_claims` table.
 */
public class NumericClaim implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<NumericClaim> ENCODER = Encoders.bean(NumericClaim.class);

  private String articleId;
  private LocalDate published;
  private int sentenceIndex;
  private int begin;
  private int end;
  private String surface;
  /** normalised value; fractions as 0.2, percentages as 5.0 with kind percent */
  private double value;
  /** upper end of a range, else null */
  private Double valueMax;
  /** the interval the text allows ("[40,50)", "(430,)"), else null */
  private String range;
  /** exact, more_than, at_least, about, almost, up_to, less_than */
  private String qualifier;
  /** head noun counted, singular lemma */
  private String object;
  /** count, duration, fraction, percent, ordinal, money, date, time, other */
  private String kind;
  /** unit for durations, money and distances */
  private String unit;
  /** the sentence the number is in */
  private String evidence;

  public NumericClaim() {}

  public String getArticleId() { return articleId; }

  public void setArticleId(String articleId) { this.articleId = articleId; }

  public LocalDate getPublished() { return published; }

  public void setPublished(LocalDate published) { this.published = published; }

  public int getSentenceIndex() { return sentenceIndex; }

  public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }

  public int getBegin() { return begin; }

  public void setBegin(int begin) { this.begin = begin; }

  public int getEnd() { return end; }

  public void setEnd(int end) { this.end = end; }

  public String getSurface() { return surface; }

  public void setSurface(String surface) { this.surface = surface; }

  public double getValue() { return value; }

  public void setValue(double value) { this.value = value; }

  public Double getValueMax() { return valueMax; }

  public void setValueMax(Double valueMax) { this.valueMax = valueMax; }

  public String getRange() { return range; }

  public void setRange(String range) { this.range = range; }

  public String getQualifier() { return qualifier; }

  public void setQualifier(String qualifier) { this.qualifier = qualifier; }

  public String getObject() { return object; }

  public void setObject(String object) { this.object = object; }

  public String getKind() { return kind; }

  public void setKind(String kind) { this.kind = kind; }

  public String getUnit() { return unit; }

  public void setUnit(String unit) { this.unit = unit; }

  public String getEvidence() { return evidence; }

  public void setEvidence(String evidence) { this.evidence = evidence; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof NumericClaim)) return false;
    NumericClaim that = (NumericClaim) o;
    return Objects.equals(articleId, that.articleId)
        && Objects.equals(published, that.published)
        && sentenceIndex == that.sentenceIndex
        && begin == that.begin
        && end == that.end
        && Objects.equals(surface, that.surface)
        && Double.compare(value, that.value) == 0
        && Objects.equals(valueMax, that.valueMax)
        && Objects.equals(range, that.range)
        && Objects.equals(qualifier, that.qualifier)
        && Objects.equals(object, that.object)
        && Objects.equals(kind, that.kind)
        && Objects.equals(unit, that.unit)
        && Objects.equals(evidence, that.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, published, sentenceIndex, begin, end, surface, value, valueMax, range, qualifier, object, kind, unit, evidence);
  }

  @Override
  public String toString() {
    return "NumericClaim{" + "articleId=" + articleId + ", " + "published=" + published + ", " + "sentenceIndex=" + sentenceIndex + ", " + "begin=" + begin + ", " + "end=" + end + ", " + "surface=" + surface + ", " + "value=" + value + ", " + "valueMax=" + valueMax + ", " + "qualifier=" + qualifier + ", " + "object=" + object + ", " + "kind=" + kind + ", " + "unit=" + unit + ", " + "evidence=" + evidence + "}";
  }
}
