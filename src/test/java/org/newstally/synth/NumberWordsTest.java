package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

  @ParameterizedTest
  @CsvSource({
    "0, false, zero",
    "7, false, seven",
    "13, false, thirteen",
    "40, false, forty",
    "51, false, fifty-one",
    "99, false, ninety-nine",
    "100, true, a hundred",
    "100, false, one hundred",
    "205, false, two hundred and five",
    "580, false, five hundred and eighty",
    "999, false, nine hundred and ninety-nine"
  })
  void writesNumbersAsNewsCopyDoes(int n, boolean indefiniteHundred, String expected) {
    assertThat(NumberWords.words(n, indefiniteHundred)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"5; 5", "999; 999", "1343; 1,343", "120000; 120,000"})
  void groupsThousandsInDigits(long n, String expected) {
    assertThat(NumberWords.digits(n)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"8, an", "11, an", "18, an", "80, an", "150, a", "800, an", "1100, a", "12, a", "40, a"})
  void choosesTheArticleByHowTheNumberIsSpoken(int n, String article) {
    assertThat(Figures.indefinite(n)).isEqualTo(article);
  }

  @ParameterizedTest
  @CsvSource({"-1", "1000"})
  void refusesNumbersItCannotWrite(int n) {
    assertThatThrownBy(() -> NumberWords.words(n, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0-999");
  }
}
