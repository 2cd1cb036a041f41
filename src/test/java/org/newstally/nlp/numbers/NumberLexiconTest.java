package org.newstally.nlp.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstally.lexicon.LexiconException;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.NumberLexicon;

class NumberLexiconTest {
  private static final String[] FILES = {NumberLexicon.NUMBER_WORDS, NumberLexicon.UNITS, NumberLexicon.HEDGES,
      NumberLexicon.NOUNS, NumberLexicon.CALENDAR};

  private static NumberLexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = NumberLexicon.load(LexiconSource.projectFolder());
  }

  @Test
  void readsNumberWords() {
    assertThat(lexicon.word("Fifty").cardinal()).isEqualTo(50);
    assertThat(lexicon.word("nineteen").cardinal()).isEqualTo(19);
    assertThat(lexicon.word("million").multiplier()).isEqualTo(1e6);
    assertThat(lexicon.word("dozen").multiplier()).isEqualTo(12);
    assertThat(lexicon.word("bn").abbreviation()).isEqualTo(1e9);
    assertThat(lexicon.word("eleventh").ordinal()).isEqualTo(11);
    assertThat(lexicon.word("eleventh").isFraction()).isFalse();
    assertThat(lexicon.word("third").ordinal()).isEqualTo(3);
    assertThat(lexicon.word("third").fraction()).isCloseTo(1 / 3.0, offset(1e-12));
    assertThat(lexicon.word("thirds").isPureFraction()).isTrue();
    assertThat(lexicon.word("half").fraction()).isEqualTo(0.5);
    assertThat(lexicon.word("an").isArticle()).isTrue();
    assertThat(lexicon.word("couple").approximate()).isEqualTo(2);
    assertThat(lexicon.word("drone")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      minutes            | minute           | duration | hour             | 0.016666666666666666
      hour               | hour             | duration | hour             | 1
      days               | day              | duration | hour             | 24
      per cent           | percent          | percent  | percent          | 1
      %                  | percent          | percent  | percent          | 1
      percentage points  | percentage_point | percent  | percentage_point | 1
      Kilometres         | km               | distance | km               | 1
      miles              | mile             | distance | km               | 1.609344
      $                  | usd              | money    | usd              | 1
      hryvnias           | uah              | money    | uah              | 1
      US dollars         | usd              | money    | usd              | 1
      """)
  void readsUnits(String phrase, String unit, String kind, String base, double factor) {
    NumberLexicon.Unit u = lexicon.unit(phrase);
    assertThat(u.unit()).isEqualTo(unit);
    assertThat(u.kind().code()).isEqualTo(kind);
    assertThat(u.base()).isEqualTo(base);
    assertThat(u.factor()).isCloseTo(factor, offset(1e-12));
  }

  /** The hedges of the brief, each with its qualifier. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      more than      | more_than | false
      over           | more_than | true
      above          | more_than | true
      upwards of     | more_than | false
      in excess of   | more_than | false
      just over      | more_than | false
      at least       | at_least  | false
      no fewer than  | at_least  | false
      no less than   | at_least  | false
      a minimum of   | at_least  | false
      about          | about     | false
      around         | about     | false
      some           | about     | false
      roughly        | about     | false
      approximately  | about     | false
      an estimated   | about     | false
      nearly         | almost    | false
      almost         | almost    | false
      just under     | almost    | false
      close to       | almost    | false
      just shy of    | almost    | false
      up to          | up_to     | false
      as many as     | up_to     | false
      less than      | less_than | false
      fewer than     | less_than | false
      under          | less_than | true
      below          | less_than | true
      """)
  void readsHedges(String phrase, String qualifier, boolean preposition) {
    NumberLexicon.Hedge h = lexicon.hedge(phrase);
    assertThat(h.qualifier().code()).isEqualTo(qualifier);
    assertThat(h.preposition()).isEqualTo(preposition);
  }

  @Test
  void readsNounsAndCalendar() {
    assertThat(lexicon.word("people").nounLemma()).isEqualTo("person");
    assertThat(lexicon.word("UAVs").nounLemma()).isEqualTo("uav");
    assertThat(lexicon.word("series").nounLemma()).isEqualTo("series");
    assertThat(lexicon.word("region").nounClass()).isEqualTo(NumberLexicon.NounClass.PLACE);
    assertThat(lexicon.word("oblast").nounClass()).isEqualTo(NumberLexicon.NounClass.PLACE);
    assertThat(lexicon.word("Shahed").nounClass()).isEqualTo(NumberLexicon.NounClass.MODIFIER);
    assertThat(lexicon.word("long-range").nounClass()).isEqualTo(NumberLexicon.NounClass.ADJECTIVE);
    assertThat(lexicon.word("more").nounClass()).isEqualTo(NumberLexicon.NounClass.ADJECTIVE);
    assertThat(lexicon.month("January")).isEqualTo(1);
    assertThat(lexicon.month("sept")).isEqualTo(9);
    assertThat(lexicon.month("DEC")).isEqualTo(12);
    assertThat(lexicon.month("Monday")).isZero();
    assertThat(lexicon.weekday("Sunday")).isEqualTo(7);
    assertThat(lexicon.weekday("monday")).isEqualTo(1);
    assertThat(lexicon.weekday("Sun")).isZero();
  }

  @Test
  void lookupsWorkOnASliceAndFoldTypography() {
    String text = "at one o’clock";
    assertThat(lexicon.word(text, 3, 6).cardinal()).isEqualTo(1);
    assertThat(lexicon.word("LONG–RANGE").nounClass()).isEqualTo(NumberLexicon.NounClass.ADJECTIVE);
  }

  @Test
  void theLexiconAndTheScannerSurviveSerialization() throws IOException, ClassNotFoundException {
    NumberScanner scanner = new NumberScanner(lexicon);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(scanner);
    }
    NumberScanner copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (NumberScanner) in.readObject();
    }
    assertThat(copy.scan("Some 40 drones flew over 11 regions."))
        .extracting(NumberMention::surface, NumberMention::qualifier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Some 40", Qualifier.ABOUT),
            org.assertj.core.groups.Tuple.tuple("11", Qualifier.EXACT));
  }

  /**
   * A copy of the project's lexicons in which one file gets a bad line appended; loading must fail with a message
   * naming that file and line and saying what to do.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      number_words.tsv | fifty\tcardinal\t50                  | duplicate word 'fifty' (first at line
      number_words.tsv | fiftyish\tcardnal\t50                | unknown kind 'cardnal'
      number_words.tsv | sixtyish\tcardinal\tlots             | must be a number like 12 or 1.5 or a fraction like 1/3
      number_words.tsv | twoish\tfraction\t2/0                | divides by zero
      number_words.tsv | sixtyfold\tcardinal\t60\tyes        | column 'fraction' is only for ordinals
      number_words.tsv | a few\tcardinal\t3                  | must be one word
      units.tsv        | moments\tmoment\tduration\thour\t0.01\tsideways | unknown position 'sideways'
      units.tsv        | stones\tstone\tweight\tst\t1\tafter | unknown kind 'weight' (use duration, percent, money, distance, mass, volume, area, speed or age)
      units.tsv        | minuten\tminute\tduration\thour\t0.5\tafter | unit 'minute' is
      units.tsv        | hours\thour\tduration\thour\t1\tafter | duplicate phrase 'hours'
      units.tsv        | nights\tnight\tduration\tday\t1\tafter | durations convert to base 'hour'
      hedges.tsv       | give or take\troughly               | unknown qualifier 'roughly'
      hedges.tsv       | more than\tmore_than                | duplicate phrase 'more than'
      nouns.tsv        | drones\tdrone\tweapon               | unknown class 'weapon'
      nouns.tsv        | hours\thour                         | 'hours' is already defined at
      nouns.tsv        | second\t\tmodifier                  | 'second' is already defined at
      calendar.tsv     | undecember\tmonth\t13               | from 1 to 12
      calendar.tsv     | someday\tholiday\t1                 | unknown kind 'holiday' (use month or weekday)
      calendar.tsv     | january\tmonth\t1                   | duplicate word 'january'
      hedges.tsv       | roughly\tabout\tno\tbefore\textra    | cells but the header has
      hedges.tsv       | or so\tabout\t\tbeside               | unknown position 'beside'
      """)
  void aBrokenLineFailsWithItsFileAndLine(String file, String line, String expected, @TempDir Path dir)
      throws IOException {
    copyLexicons(dir);
    Path broken = dir.resolve(file);
    String content = Files.readString(broken, StandardCharsets.UTF_8);
    int lineNumber = content.split("\n", -1).length; // the file ends with a newline: the next line is this one
    Files.writeString(broken, content + line.replace("\\t", "\t") + "\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NumberLexicon.load(LexiconSource.folder(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(broken + ":" + lineNumber + ": ")
        .hasMessageContaining(expected);
  }

  @Test
  void aMissingColumnIsNamed(@TempDir Path dir) throws IOException {
    copyLexicons(dir);
    Path hedges = dir.resolve(NumberLexicon.HEDGES);
    String content = Files.readString(hedges, StandardCharsets.UTF_8).replace("phrase\tqualifier", "phrase\thedge");
    Files.writeString(hedges, content, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NumberLexicon.load(LexiconSource.folder(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(hedges.toString())
        .hasMessageContaining("header lacks column 'qualifier'");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) throws IOException {
    copyLexicons(dir);
    Files.delete(dir.resolve(NumberLexicon.CALENDAR));

    assertThatThrownBy(() -> NumberLexicon.load(LexiconSource.folder(dir)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(NumberLexicon.CALENDAR)
        .hasMessageContaining("missing");
  }

  private static void copyLexicons(Path dir) throws IOException {
    for (String f : FILES) {
      Files.copy(Paths.get("data", "lexicons", f), dir.resolve(f));
    }
  }
}
