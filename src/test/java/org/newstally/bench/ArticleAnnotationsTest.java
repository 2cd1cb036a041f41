package org.newstally.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstally.nlp.AnnotatedText;

class ArticleAnnotationsTest {
  @Test
  void hitsBecomeInclusiveSpansInTextOrderOfTheirStrings() {
    String text = "Kyiv said Rome and Oslo agreed.";
    AnnotatedText annotated = new AnnotatedText(text, new int[] {0}, new int[] {text.length()},
        new int[] {0, 5, 10, 15, 19, 24}, new int[] {4, 9, 14, 18, 23, 30}, new int[] {0, 0, 0, 0, 0, 0},
        new String[] {"Kyiv", "said", "Rome", "and", "Oslo", "agreed"},
        List.of(new AnnotatedText.Hit(19, 23, "Oslo"), new AnnotatedText.Hit(0, 4, "Kyiv"),
            new AnnotatedText.Hit(10, 14, "Rome")));

    ArticleAnnotations a = ArticleAnnotations.of("a1", annotated);

    assertThat(a.getArticleId()).isEqualTo("a1");
    assertThat(a.getSentences()).isEqualTo(1);
    assertThat(a.getTokens()).isEqualTo(6);
    assertThat(a.getHits()).containsExactly("0-3", "10-13", "19-22");
  }
}
