package org.newstally.accuracy;
import java.nio.file.Paths;
import java.util.List;
import org.newstally.model.Article;
import org.newstally.nlp.ArticleExtractor;
public final class TimeMain {
  public static void main(String[] a) throws Exception {
    List<Article> arts = InMemoryExtraction.readJsonl(Paths.get("../shared/corpus/dev/articles.jsonl"));
    ArticleExtractor ex = new ArticleExtractor(InMemoryExtraction.nlp());
    for (int rep = 0; rep < 6; rep++) {
      long t0 = System.nanoTime(); int n = 0;
      for (int r = 0; r < 5; r++) for (Article x : arts) { ex.extract(x); n++; }
      long t1 = System.nanoTime();
      long tn = 0;
      for (Article x : arts) { long s0=System.nanoTime(); InMemoryExtraction.nlp().annotator().annotate(x.getText()); tn += System.nanoTime()-s0; }
      long ts = 0;
      for (Article x : arts) { long s0=System.nanoTime(); for (String s : x.getText().split("(?<=[.!?])\\s+")) InMemoryExtraction.nlp().numbers().scan(s); ts += System.nanoTime()-s0; }
      System.out.printf("extract %.3f ms/article; annotate %.3f; scan %.3f%n", (t1-t0)/1e6/n, tn/1e6/arts.size(), ts/1e6/arts.size());
    }
  }
}
