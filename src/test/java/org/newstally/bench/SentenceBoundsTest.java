package org.newstally.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import org.newstally.nlp.Nlp;

class SentenceBoundsTest {
  private static String jobBound;

  @BeforeAll
  static void jobsOwnBound() {
    jobBound = AnnotatorStages.of(Nlp.create(Lexicons.load(LexiconSource.projectFolder())).annotator())
        .sentences().getCustomBounds()[0];
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The mayor spoke at noon. Crews were out all night.",
      "Gen. Smith arrived at 8 a.m. on Monday. He left at 5 p.m. Nobody followed.",
      "He said: \"We will rebuild.\" Then he left for the airport.",
      "Prices rose (by about 4%.) Shops shut early.",
      "The U.S. envoy met Mr. Brown in St. Louis. They spoke for two hours!  Really? Yes.",
      "Talks ended on Jan. 5. Another round is due in 2026. \u201cWe are close,\u201d one aide said.",
      "No. 10 said nothing. A. B. Cole disagreed. Sept. 3 is the date."})
  void movingTheEndPunctuationTestFirstKeepsEveryBoundary(String text) {
    assertThat(boundaries(SentenceBounds.cheapTestFirst(jobBound), text)).isEqualTo(boundaries(jobBound, text))
        .isNotEmpty();
  }

  @Test
  void theRewriteOpensWithTheEndPunctuationTest() {
    String rewritten = SentenceBounds.cheapTestFirst(jobBound);

    assertThat(rewritten).startsWith(SentenceBounds.END_PUNCTUATION).hasSameSizeAs(jobBound);
  }

  @Test
  void aBoundWithoutTheEndPunctuationTestIsRefused() {
    assertThatThrownBy(() -> SentenceBounds.cheapTestFirst("\\n+")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no longer contains " + SentenceBounds.END_PUNCTUATION);
  }

  private static List<Integer> boundaries(String bound, String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile(bound).matcher(text);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }
}
