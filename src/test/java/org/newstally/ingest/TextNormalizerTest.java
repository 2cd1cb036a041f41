package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("crlf", "First line.\r\nSecond line.", "First line.\nSecond line."),
        Arguments.of("lone cr", "One.\rTwo.", "One.\nTwo."),
        Arguments.of("nbsp", "1\u00A0200 buses and 3\u202F000 seats", "1 200 buses and 3 000 seats"),
        Arguments.of("trailing spaces", "Ends with spaces.   \nAnd tabs.\t\t", "Ends with spaces.\nAnd tabs."),
        Arguments.of("leading spaces kept", "  indented line", "  indented line"),
        Arguments.of("paragraph kept", "Para one.\n\nPara two.", "Para one.\n\nPara two."),
        Arguments.of("3+ newlines collapse", "Para one.\n\n\n\n\nPara two.", "Para one.\n\nPara two."),
        Arguments.of("whitespace-only lines are blank", "A.\n  \n\t\n \nB.", "A.\n\nB."),
        Arguments.of("leading and trailing blank lines", "\n\n  \nBody.\n\n\n", "Body."),
        Arguments.of("bom", "\uFEFFStarts with a mark.", "Starts with a mark."),
        Arguments.of("quotes and dashes kept", "He said “yes” — twice – ‘really’", "He said “yes” — twice – ‘really’"),
        Arguments.of("only whitespace", " \n\u00A0\t\n", ""),
        Arguments.of("empty", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void normalizes(String name, String raw, String expected) {
    assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
  }

  @Test
  void normalizingTwiceChangesNothing() {
    String once = TextNormalizer.normalize("  A line.  \r\n\r\n\r\n\u00A0B line.\n");
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
  }

  @Test
  void inlineValuesCollapseToOneLine() {
    assertThat(TextNormalizer.inline("  A\u00A0headline\n over   two lines ")).isEqualTo("A headline over two lines");
    assertThat(TextNormalizer.inline(" \t\n")).isNull();
    assertThat(TextNormalizer.inline(null)).isNull();
  }

  @Test
  void truncationKeepsSurrogatePairsWholeAndDropsTrailingBlanks() {
    assertThat(TextNormalizer.truncate("abc\n\ndef", 5)).isEqualTo("abc");
    assertThat(TextNormalizer.truncate("ab\uD83D\uDE00cd", 3)).isEqualTo("ab");
    assertThat(TextNormalizer.truncate("short", 10)).isEqualTo("short");
  }

  @Test
  void contentIdIsTheStartOfTheSha256() {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(TextNormalizer.contentId("abc")).isEqualTo("ba7816bf8f01cfea");
  }
}
