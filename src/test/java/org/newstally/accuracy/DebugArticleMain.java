package org.newstally.accuracy;

import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.newstally.model.Article;
import org.newstally.model.ArticleExtraction;
import org.newstally.nlp.ArticleExtractor;

/** Prints what the extractor finds in chosen articles of a corpus: {@code DebugArticleMain file.jsonl id...}. */
public final class DebugArticleMain {
  private DebugArticleMain() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = InMemoryExtraction.read(Paths.get(args[0]));
    Set<String> ids = Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
    ArticleExtractor ex = new ArticleExtractor(InMemoryExtraction.nlp());
    for (Article a : articles) {
      if (!ids.isEmpty() && !ids.contains(a.getArticleId())) {
        continue;
      }
      ArticleExtraction r = ex.extract(a);
      System.out.println("=== " + a.getArticleId() + " " + a.getPublished() + " " + a.getTitle());
      r.getStrikes().forEach(s -> System.out.println("  STRIKE " + s.getAttacker() + "->" + s.getTarget() + " "
          + s.getWeapon() + " " + s.getMeasure() + " " + s.getValue() + " " + s.getQualifier() + " night="
          + s.getNightEnd() + " (" + s.getNightEndBasis() + ") back=" + s.isBackReference() + " s" + s.getSentenceIndex()));
      r.getMeetings().forEach(m -> System.out.println("  MEETING " + m.getStatus() + " " + m.getParticipants() + " @"
          + m.getPlace() + " " + m.getMeetingDate() + " " + m.getDurationHours() + "h s" + m.getSentenceIndex()));
      r.getMentions().forEach(m -> System.out.println("  ACTOR " + m.getActor() + " [" + m.getSurface() + "] "
          + m.getActorType() + " " + m.getOrigin() + " role=" + m.getRole() + " s" + m.getSentenceIndex()));
      if (args.length > 1) {
        r.getClaims().forEach(c -> System.out.println("  NUM " + c.getSurface() + " = " + c.getValue() + " "
            + c.getQualifier() + " " + c.getKind() + " obj=" + c.getObject() + " s" + c.getSentenceIndex()));
      }
    }
  }
}
