package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.NumberLexicon;

/**
 * Absurd and random input: the scanner must never throw and every span must lie inside the sentence. Uses the
 * scanner without its safety net ({@code scanOrThrow}) so that a bug shows up here instead of as a log line.
 */
class NumberScannerFuzzTest {
  /** Pieces that exercise the grammar when glued together at random. */
  private static final String[] PIECES = {
      "0", "1", "7", "12", "40", "2024", "1,200", "1,", ",000", "4.5", ".", "..", "28.11.2024", "3.5.9", "21:00",
      ":", "-", "–", "—", "/", "%", "$", "€", "₴", "US", "USD", "a", "an", "the", "of", "and", "to", "between",
      "from", "more", "than", "at", "least", "up", "over", "under", "some", "nearly", "just", "one", "two", "fifty",
      "ninety", "hundred", "thousand", "million", "dozen", "couple", "half", "third", "thirds", "fifth", "quarter",
      "first", "second", "twenty", "hour", "hours", "minutes", "day", "year", "years", "old", "percent", "per",
      "cent", "km", "miles", "dollars", "bn", "m", "st", "th", "s", "am", "a.m.", "p.m.", "o'clock", "o’clock",
      "January", "Jan", "May", "June", "Monday", "Kh", "S", "MiG", "G7", "101s", "1970s", "21st", "1e12", "10^9",
      "drones", "missiles", "regions", "people", "Shahed", "cruise", "long-range", "'", "’", "“", "”", "\"", "(",
      ")", ",", ";", "\u00a0", "\u202f", "\t", "\n", "Россия", "дронов", "日本", "😀", "\uD800", "\uDC00", "ǅ",
      "İ", "ß"};

  private static NumberScanner scanner;

  @BeforeAll
  static void load() {
    scanner = new NumberScanner(NumberLexicon.load(LexiconSource.projectFolder()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "\u00a0", "-", "--5", "$", "$$", "%", "10^9 drones", "1234567890123456789012345 drones",
      "1e12", "a", "an", "half", "a half a", "and a half", "between", "between 40 and", "from 40 to", "40 to",
      "40-", "-40", "4.", ".5", "5.", "1,", ",000", "1,000,", "99999999999999999999999999999999999999.5 km",
      "January", "January 32", "32 January", "28.13.2024", "00.00.0000", "99:99", "25:00", "0 a.m.", "13 p.m.",
      "Kh-", "-101", "S-/", "/7", "24/", "mid-", "one-", "-one", "o'clock", "two-year-old-", "a couple of",
      "a couple of dozen", "half a", "half an", "the the the", "over over over 5", "at least the", "at least the 5",
      "US$", "USD", "UAH 5bn", "5bn", "5m", "$5m", "€", "1970s", "1999999999s", "21st", "0th", "99th",
      "“”’–—", "Россия запустила 50 дронов", "😀 5 😀", "\uD800 5 \uDC00", "5\uD800", "twenty-", "-first",
      "a hundred and", "two hundred and and five", "1.5 million million million million", "four and a half",
      "an hour and", "an hour and a", "two hours and 45", "two hours and 45 minutes and", "Smith, 81,",
      ", 5,", "aged", "aged 500", "12-hour-", "nine-storey-", "5 per", "5 percentage", "in excess of",
      "more than a", "of the", "5 of the", "5 of the 6 of the 7"})
  void absurdInputNeverThrows(String sentence) {
    check(sentence);
  }

  @Test
  void aVeryLongNumberAndAVeryLongSentence() {
    check("9".repeat(5000) + " drones");
    check("1,000".repeat(2000));
    check("one ".repeat(5000));
    check("a hundred ".repeat(3000));
    check("hundred ".repeat(3000));
    check("over ".repeat(3000) + "5");
    check("-".repeat(3000) + "5");
    check("Kh-" + "1-".repeat(3000));
    check("5 " + "x-".repeat(3000) + "drones");
    check("28.11.".repeat(1000));
  }

  @Test
  void randomGluedPieces() {
    Random random = new Random(20241128L);
    StringBuilder b = new StringBuilder();
    for (int n = 0; n < 30_000; n++) {
      b.setLength(0);
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(random.nextBoolean() ? ' ' : '\u00a0');
        }
      }
      check(b.toString());
    }
  }

  @Test
  void randomCharacters() {
    Random random = new Random(42L);
    String alphabet = "0123456789 ,.-–—/:%$€£₴abcdefghijklmnopqrstuvwxyzAJMKhS'’“\"\u00a0()";
    char[] chars = new char[80];
    for (int n = 0; n < 30_000; n++) {
      int length = random.nextInt(chars.length);
      for (int i = 0; i < length; i++) {
        chars[i] = random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
            : alphabet.charAt(random.nextInt(alphabet.length()));
      }
      check(new String(chars, 0, length));
    }
  }

  /** Spans inside the sentence, in order and not overlapping, surface matching the span, parts inside the whole. */
  private static void check(String sentence) {
    List<NumberMention> mentions = scanner.scanOrThrow(sentence);
    int previousEnd = 0;
    for (NumberMention m : mentions) {
      assertThat(m.begin()).as("begin in %s", sentence).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.end()).as("end in %s", sentence).isGreaterThan(m.begin()).isLessThanOrEqualTo(sentence.length());
      assertThat(m.surface()).isEqualTo(sentence.substring(m.begin(), m.end()));
      assertThat(m.numberBegin()).as("number span in %s", sentence).isGreaterThanOrEqualTo(m.begin());
      assertThat(m.numberEnd()).as("number span in %s", sentence)
          .isGreaterThan(m.numberBegin()).isLessThanOrEqualTo(m.end());
      if (m.objectBegin() >= 0) {
        assertThat(m.objectEnd()).as("object span in %s", sentence)
            .isGreaterThan(m.objectBegin()).isLessThanOrEqualTo(sentence.length());
        assertThat(m.objectPhrase()).isEqualTo(sentence.substring(m.objectBegin(), m.objectEnd()));
        assertThat(m.object()).isNotBlank();
      } else {
        assertThat(m.objectEnd()).isEqualTo(-1);
        assertThat(m.objectPhrase()).isNull();
      }
      assertThat(m.kind()).isNotNull();
      assertThat(m.qualifier()).isNotNull();
      previousEnd = m.end();
    }
  }
}
