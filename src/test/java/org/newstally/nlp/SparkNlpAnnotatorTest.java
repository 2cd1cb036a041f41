package org.newstally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.accuracy.InMemoryExtraction;
import org.newstally.model.Article;

/** The Spark NLP layer: sentence bounds, tokens, gazetteer hits and serialization. */
class SparkNlpAnnotatorTest {

  private static List<String> sentences(String text) {
    AnnotatedText a = InMemoryExtraction.nlp().annotator().annotate(text);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount(); s++) {
      out.add(a.sentenceText(s));
    }
    return out;
  }

  static Stream<Arguments> bounds() {
    return Stream.of(
        Arguments.of("Russia attacked. Kyiv was hit.", List.of("Russia attacked.", "Kyiv was hit.")),
        Arguments.of("Gen. Keith Kellogg met Mr. Rubio.", List.of("Gen. Keith Kellogg met Mr. Rubio.")),
        Arguments.of("The U.S. Army secretary met the U.K. envoy.",
            List.of("The U.S. Army secretary met the U.K. envoy.")),
        Arguments.of("Explosions at 2 a.m. Tuesday woke Kyiv.", List.of("Explosions at 2 a.m. Tuesday woke Kyiv.")),
        Arguments.of("On Dec. 6 Russia attacked.", List.of("On Dec. 6 Russia attacked.")),
        Arguments.of("J. D. Vance spoke.", List.of("J. D. Vance spoke.")),
        Arguments.of("\"It was loud.\" Residents fled.", List.of("\"It was loud.\"", "Residents fled.")),
        Arguments.of("First paragraph\n\nSecond paragraph", List.of("First paragraph", "Second paragraph")),
        Arguments.of("09:12 — The air force said so.\n08:40 — Sirens.",
            List.of("09:12 — The air force said so.", "08:40 — Sirens.")),
        Arguments.of("It hit 62 targets. 41 more were jammed.", List.of("It hit 62 targets.", "41 more were jammed.")));
  }

  @ParameterizedTest
  @MethodSource("bounds")
  void sentenceBounds(String text, List<String> expected) {
    assertThat(sentences(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void tokensSplitPossessivesAndDashesAndMatchTheGazetteer() {
    AnnotatedText a = InMemoryExtraction.nlp().annotator()
        .annotate("Zelenskyy's aide met the Witkoff–Putin team in Ukraine’s capital.");
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      tokens.add(a.token(t));
    }
    assertThat(tokens).containsExactly("Zelenskyy", "'s", "aide", "met", "the", "Witkoff", "Putin", "team", "in",
        "Ukraine", "’s", "capital", ".");
    assertThat(a.hits()).extracting(AnnotatedText.Hit::surface).containsExactly("Zelenskyy", "Witkoff", "Putin");
    for (int t = 0; t < a.tokenCount(); t++) {
      assertThat(a.text().substring(a.tokenBegin(t), a.tokenEnd(t))).isEqualTo(a.token(t));
    }
  }

  @Test
  void everyTokenBelongsToTheSentenceThatContainsIt() {
    AnnotatedText a = InMemoryExtraction.nlp().annotator().annotate("One two. Three four five.\n\nSix.");
    for (int t = 0; t < a.tokenCount(); t++) {
      int s = a.tokenSentence(t);
      assertThat(a.tokenBegin(t)).isBetween(a.sentenceBegin(s), a.sentenceEnd(s) - 1);
    }
    assertThat(a.endToken(2) - a.firstToken(2)).isEqualTo(2);
  }

  @Test
  void theWholeNlpLayerSurvivesJavaSerialization() throws IOException, ClassNotFoundException {
    Nlp nlp = InMemoryExtraction.nlp();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(nlp);
    }
    Nlp copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Nlp) in.readObject();
    }
    Article a = new Article();
    a.setArticleId("x");
    a.setText("Russia launched 653 drones overnight. Steve Witkoff met Vladimir Putin in Moscow on Tuesday.");
    a.setPublished(java.time.LocalDate.of(2025, 12, 6));
    assertThat(new ArticleExtractor(copy).extract(a)).isEqualTo(new ArticleExtractor(nlp).extract(a));
  }
}
