package org.newstally.nlp;
import com.johnsnowlabs.nlp.Annotation;
import java.nio.file.Paths;
import java.util.*;
import org.newstally.accuracy.InMemoryExtraction;
import org.newstally.model.Article;
import scala.collection.JavaConverters;
import scala.collection.Seq;
public final class StageTime {
  public static void main(String[] a) throws Exception {
    List<Article> arts = InMemoryExtraction.readJsonl(Paths.get("../shared/corpus/dev/articles.jsonl"));
    SparkNlpAnnotator an = InMemoryExtraction.nlp().annotator();
    for (int rep = 0; rep < 8; rep++) {
      long td=0, ts=0, tt=0, tm=0; int n=0;
      for (int r=0;r<5;r++) for (Article x : arts) {
        long t0=System.nanoTime();
        Seq<Annotation> doc = an.documents.assemble(x.getText(), new scala.collection.immutable.HashMap<>());
        long t1=System.nanoTime();
        Seq<Annotation> sen = an.sentences.annotate(doc);
        long t2=System.nanoTime();
        Seq<Annotation> tok = an.tokenizer.annotate(sen);
        long t3=System.nanoTime();
        List<Annotation> both = new ArrayList<>(JavaConverters.seqAsJavaList(sen)); both.addAll(JavaConverters.seqAsJavaList(tok));
        an.gazetteer.annotate(JavaConverters.asScalaBuffer(both).toSeq());
        long t4=System.nanoTime();
        td+=t1-t0; ts+=t2-t1; tt+=t3-t2; tm+=t4-t3; n++;
      }
      System.out.printf("doc %.3f sent %.3f tok %.3f match %.3f ms/article%n", td/1e6/n, ts/1e6/n, tt/1e6/n, tm/1e6/n);
    }
  }
}
