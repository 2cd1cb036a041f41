package org.newstally.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.newstally.accuracy.InMemoryExtraction;
import org.newstally.model.Article;
import org.newstally.model.ArticleExtraction;

/** Test helper: runs the real extractor (Spark NLP annotator included, no Spark session) on a text. */
final class Extraction {
  private Extraction() {}

  static ArticleExtraction of(String text, String published) {
    return of(null, text, published);
  }

  static ArticleExtraction of(String title, String text, String published) {
    Article a = new Article();
    a.setArticleId("t1");
    a.setSource("Test Wire");
    a.setTitle(title);
    a.setText(text);
    a.setPublished(published == null ? null : LocalDate.parse(published));
    return new ArticleExtractor(InMemoryExtraction.nlp()).extract(a);
  }

  /** "Russia->Ukraine drone launched 653 exact 2025-12-06", sorted. */
  static List<String> strikes(String text, String published) {
    return of(text, published).getStrikes().stream()
        .map(s -> s.getAttacker() + "->" + s.getTarget() + " " + s.getWeapon() + " " + s.getMeasure() + " "
            + s.getValue() + " " + s.getQualifier() + " " + s.getNightEnd())
        .sorted().collect(Collectors.toList());
  }

  /** "held [A, B] @Place 2025-12-02 5.0h", in text order. */
  static List<String> meetings(String text, String published) {
    return of(text, published).getMeetings().stream()
        .map(m -> m.getStatus() + " " + m.getParticipants() + " @" + m.getPlace() + " " + m.getMeetingDate()
            + (m.getDurationHours() == null ? "" : " " + m.getDurationHours() + "h"))
        .collect(Collectors.toList());
  }

  /** Distinct canonical person names, in order of first mention (title first). */
  static List<String> people(String title, String text) {
    return of(title, text, "2025-01-01").getMentions().stream()
        .filter(m -> "person".equals(m.getActorType())).map(m -> m.getActor()).distinct()
        .collect(Collectors.toList());
  }
}
