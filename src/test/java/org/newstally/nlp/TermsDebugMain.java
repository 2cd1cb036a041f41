package org.newstally.nlp;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newstally.accuracy.InMemoryExtraction;
import org.newstally.model.Article;

/** Prints the meeting and strike terms found per sentence of chosen articles (a development aid). */
public final class TermsDebugMain {
  private TermsDebugMain() {}

  public static void main(String[] args) throws Exception {
    Nlp nlp = InMemoryExtraction.nlp();
    Set<String> ids = Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
    for (Article a : InMemoryExtraction.read(Paths.get(args[0]))) {
      if (!ids.contains(a.getArticleId())) {
        continue;
      }
      AnnotatedText body = nlp.annotator().annotate(a.getText());
      ActorExtractor.Result found = new ActorExtractor(nlp.vocabulary()).extract(nlp.annotator().annotate(""), body);
      System.out.println("=== " + a.getArticleId());
      for (int s = 0; s < body.sentenceCount(); s++) {
        List<ActorExtractor.Found> actors = new ArrayList<>();
        for (ActorExtractor.Found f : found.body) {
          if (f.sentence == s) {
            actors.add(f);
          }
        }
        SentenceFacts f = new SentenceFacts(body, s, nlp.numbers().scan(body.sentenceText(s)), nlp.vocabulary(),
            nlp.time(), actors);
        System.out.println(s + ": " + f.sentence);
        System.out.println("   meeting terms " + f.meetingTerms + " times " + f.times + " actors " + actors);
      }
    }
  }
}
