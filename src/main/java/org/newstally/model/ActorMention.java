package org.newstally.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One mention of an actor in an article. Rows of the `actor_mentions` table.
 */
public class ActorMention implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Encoder<ActorMention> ENCODER = Encoders.bean(ActorMention.class);

  private String articleId;
  private LocalDate published;
  private int sentenceIndex;
  /** char offset in the article text, inclusive */
  private int begin;
  /** char offset in the article text, exclusive */
  private int end;
  /** text as written */
  private String surface;
  /** canonical name */
  private String actor;
  /** person or organisation */
  private String actorType;
  private String role;
  private String country;
  /** the lexicon marks this actor as an envoy/negotiator */
  private boolean envoy;
  /** lexicon (gazetteer match) or discovered (title/role pattern) */
  private String origin;

  public ActorMention() {}

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

  public String getActor() { return actor; }

  public void setActor(String actor) { this.actor = actor; }

  public String getActorType() { return actorType; }

  public void setActorType(String actorType) { this.actorType = actorType; }

  public String getRole() { return role; }

  public void setRole(String role) { this.role = role; }

  public String getCountry() { return country; }

  public void setCountry(String country) { this.country = country; }

  public boolean isEnvoy() { return envoy; }

  public void setEnvoy(boolean envoy) { this.envoy = envoy; }

  public String getOrigin() { return origin; }

  public void setOrigin(String origin) { this.origin = origin; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ActorMention)) return false;
    ActorMention that = (ActorMention) o;
    return Objects.equals(articleId, that.articleId)
        && Objects.equals(published, that.published)
        && sentenceIndex == that.sentenceIndex
        && begin == that.begin
        && end == that.end
        && Objects.equals(surface, that.surface)
        && Objects.equals(actor, that.actor)
        && Objects.equals(actorType, that.actorType)
        && Objects.equals(role, that.role)
        && Objects.equals(country, that.country)
        && envoy == that.envoy
        && Objects.equals(origin, that.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, published, sentenceIndex, begin, end, surface, actor, actorType, role, country, envoy, origin);
  }

  @Override
  public String toString() {
    return "ActorMention{" + "articleId=" + articleId + ", " + "published=" + published + ", " + "sentenceIndex=" + sentenceIndex + ", " + "begin=" + begin + ", " + "end=" + end + ", " + "surface=" + surface + ", " + "actor=" + actor + ", " + "actorType=" + actorType + ", " + "role=" + role + ", " + "country=" + country + ", " + "envoy=" + envoy + ", " + "origin=" + origin + "}";
  }
}
