package org.newstally.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newstally.aggregate.MinHash;
import org.newstally.model.ActorMention;
import org.newstally.model.Article;
import org.newstally.model.ArticleExtraction;
import org.newstally.model.Meeting;
import org.newstally.model.NumericClaim;
import org.newstally.model.StrikeReport;
import org.newstally.nlp.numbers.Kind;
import org.newstally.nlp.numbers.NumberMention;

/**
 * Extracts everything from one article: the one plain-Java worker that Spark runs per partition. Spark NLP annotates
 * title and body once; every extractor then reads the same sentences, tokens and numbers.
 */
public final class ArticleExtractor {
  private final Nlp nlp;
  private final ActorExtractor actors;
  private final StrikeExtractor strikes;
  private final MeetingExtractor meetings;

  public ArticleExtractor(Nlp nlp) {
    this.nlp = nlp;
    this.actors = new ActorExtractor(nlp.vocabulary());
    this.strikes = new StrikeExtractor(nlp.vocabulary());
    this.meetings = new MeetingExtractor();
  }

  public ArticleExtraction extract(Article article) {
    String text = article.getText() == null ? "" : article.getText();
    String titleText = article.getTitle() == null ? "" : article.getTitle();
    AnnotatedText body = nlp.annotator().annotate(text);
    AnnotatedText title = nlp.annotator().annotate(titleText);
    ActorExtractor.Result found = actors.extract(title, body);

    List<List<ActorExtractor.Found>> actorsBySentence = new ArrayList<>();
    for (int s = 0; s < body.sentenceCount(); s++) {
      actorsBySentence.add(new ArrayList<>());
    }
    for (ActorExtractor.Found f : found.body) {
      if (f.sentence >= 0 && f.sentence < actorsBySentence.size()) {
        actorsBySentence.get(f.sentence).add(f);
      }
    }
    List<SentenceFacts> sentences = new ArrayList<>(body.sentenceCount());
    for (int s = 0; s < body.sentenceCount(); s++) {
      List<NumberMention> numbers = nlp.numbers().scan(body.sentenceText(s));
      sentences.add(new SentenceFacts(body, s, numbers, nlp.vocabulary(), nlp.time(), actorsBySentence.get(s)));
    }
    LocalDate published = article.getPublished();
    Integer contextYear = contextYear(sentences);

    ArticleExtraction out = new ArticleExtraction();
    out.setArticle(article);
    out.setSentenceCount(body.sentenceCount());
    out.setTokenCount(body.tokenCount());
    out.setMentions(mentions(article, found));
    out.setClaims(claims(article, sentences));
    out.setStrikes(strikeRows(article, strikes.extract(sentences, published, contextYear), body));
    out.setMeetings(meetingRows(article, meetings.extract(sentences, published, contextYear)));
    // the near-duplicate signature now, while the text is at hand: the aggregate reads texts only to confirm
    // candidate pairs
    out.setMinhash(MinHash.signatureList(text));
    return out;
  }

  /** The year of the first full date in the article (a dateline "28.11.2024"), for dates written without one. */
  private static Integer contextYear(List<SentenceFacts> sentences) {
    for (SentenceFacts s : sentences) {
      for (NumberMention m : s.numbers) {
        if (m.kind() == Kind.DATE && m.year() != null) {
          return m.year();
        }
      }
    }
    return null;
  }

  private static List<ActorMention> mentions(Article article, ActorExtractor.Result found) {
    List<ActorMention> out = new ArrayList<>(found.title.size() + found.body.size());
    for (List<ActorExtractor.Found> list : List.of(found.title, found.body)) {
      for (ActorExtractor.Found f : list) {
        ActorMention m = new ActorMention();
        m.setArticleId(article.getArticleId());
        m.setPublished(article.getPublished());
        m.setSentenceIndex(f.sentence);
        m.setBegin(f.begin);
        m.setEnd(f.end);
        m.setSurface(f.surface);
        m.setActor(f.actor);
        m.setActorType(f.type);
        m.setRole(f.role);
        m.setCountry(f.country);
        m.setEnvoy(f.envoy);
        m.setOrigin(f.origin);
        out.add(m);
      }
    }
    return out;
  }

  private static List<NumericClaim> claims(Article article, List<SentenceFacts> sentences) {
    List<NumericClaim> out = new ArrayList<>();
    for (SentenceFacts s : sentences) {
      for (NumberMention m : s.numbers) {
        // dates, clock times and years locate events; they are not claims about quantities
        if (m.kind() == Kind.DATE || m.kind() == Kind.TIME || m.kind() == Kind.YEAR) {
          continue;
        }
        NumericClaim c = new NumericClaim();
        c.setArticleId(article.getArticleId());
        c.setPublished(article.getPublished());
        c.setSentenceIndex(s.index);
        c.setBegin(s.begin + m.begin());
        c.setEnd(s.begin + m.end());
        c.setSurface(m.surface());
        c.setValue(m.value());
        c.setValueMax(m.valueMax());
        c.setRange(m.range());
        c.setQualifier(m.qualifier().code());
        c.setObject(m.object());
        c.setKind(m.kind().code());
        c.setUnit(m.unit());
        c.setEvidence(s.sentence);
        out.add(c);
      }
    }
    return out;
  }

  private static List<StrikeReport> strikeRows(Article article, List<StrikeExtractor.Figure> figures,
      AnnotatedText body) {
    List<StrikeReport> out = new ArrayList<>(figures.size());
    for (StrikeExtractor.Figure f : figures) {
      StrikeReport r = new StrikeReport();
      r.setArticleId(article.getArticleId());
      r.setPublished(article.getPublished());
      r.setSource(article.getSource());
      r.setNightEnd(f.night());
      r.setNightEndBasis(f.nightBasis());
      r.setAttacker(f.attacker);
      r.setTarget(f.target);
      r.setWeapon(f.weapon);
      r.setMeasure(f.measure);
      r.setValue(f.value);
      r.setQualifier(f.qualifier);
      r.setAttribution(f.attribution);
      r.setBackReference(f.backReference());
      r.setSentenceIndex(f.sentence);
      r.setBegin(f.begin);
      r.setEnd(f.end);
      r.setEvidence(body.sentenceText(f.sentence));
      out.add(r);
    }
    return out;
  }

  private static List<Meeting> meetingRows(Article article, List<MeetingExtractor.Event> events) {
    List<Meeting> out = new ArrayList<>(events.size());
    int ordinal = 0;
    for (MeetingExtractor.Event e : events) {
      Meeting m = new Meeting();
      List<String> participants = new ArrayList<>(new TreeSet<>(e.participants));
      m.setMeetingId(article.getArticleId() + "#m" + ordinal++);
      m.setArticleId(article.getArticleId());
      m.setPublished(article.getPublished());
      m.setParticipants(participants);
      m.setPlace(e.place);
      m.setMeetingDate(e.date);
      m.setDurationHours(e.durationHours);
      m.setDurationQualifier(e.durationQualifier);
      m.setStatus(e.status);
      m.setSentenceIndex(e.sentence);
      m.setEvidence(e.evidence);
      out.add(m);
    }
    return out;
  }
}
