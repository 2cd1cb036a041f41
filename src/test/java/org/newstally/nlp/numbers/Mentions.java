package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.NumberLexicon;

/** The number scanner on the project's lexicons, loaded once for the scanner's table-driven tests. */
final class Mentions {
  static final NumberScanner SCANNER = new NumberScanner(NumberLexicon.load(LexiconSource.projectFolder()));

  private Mentions() {}

  /** The mention spanning exactly the first occurrence of {@code surface}; fails listing what was found. */
  static NumberMention mention(String sentence, String surface) {
    List<NumberMention> found = SCANNER.scanOrThrow(sentence);
    int begin = sentence.indexOf(surface);
    assertThat(begin).as("test data: '%s' is not in the sentence", surface).isNotNegative();
    return found.stream()
        .filter(m -> m.begin() == begin && m.end() == begin + surface.length())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention spanning '" + surface + "' in: " + sentence
            + "\nfound: " + found));
  }
}
