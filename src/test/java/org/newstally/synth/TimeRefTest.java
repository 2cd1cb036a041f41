package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRefTest {
  private static final LocalDate SATURDAY = LocalDate.of(2025, 11, 29);

  @Test
  void overnightResolvesToThePublishedMorningOrIsOnlyInferred() {
    TimeRef withDate = TimeRef.relative("overnight", SATURDAY, SATURDAY);
    assertThat(withDate.stated()).isEqualTo(SATURDAY);
    TimeRef withoutDate = TimeRef.relative("overnight", SATURDAY, null);
    assertThat(withoutDate.stated()).isNull();
    assertThat(withoutDate.truth()).isEqualTo(SATURDAY);
    assertThat(withoutDate.how()).contains("published unknown");
  }

  @ParameterizedTest
  @CsvSource({"overnight into %s, overnight into Saturday", "early on %s, early on Saturday", "on %s, on Saturday"})
  void weekdayPhrasesNameTheNightsWeekday(String form, String phrase) {
    TimeRef t = TimeRef.onWeekday(form, SATURDAY, SATURDAY.plusDays(1));
    assertThat(t.phrase()).isEqualTo(phrase);
    assertThat(t.stated()).isEqualTo(SATURDAY);
  }

  @Test
  void lastFridayIsTheMostRecentFridayBeforePublication() {
    LocalDate friday = LocalDate.of(2024, 3, 22);
    TimeRef t = TimeRef.lastWeekday("in the early hours of %s", friday, LocalDate.of(2024, 3, 25));
    assertThat(t.phrase()).isEqualTo("in the early hours of last Friday");
    assertThat(t.capitalised()).isEqualTo("In the early hours of last Friday");
    assertThat(t.stated()).isEqualTo(friday);
  }

  @Test
  void explicitDatesResolveWithAYearOrAPublishedDate() {
    LocalDate night = LocalDate.of(2025, 1, 15);
    for (int i = 0; i < 10; i++) {
      Rand r = new Rand(3, i, 0);
      assertThat(TimeRef.explicit(r, "on the night of %s", night, null, true).stated()).isEqualTo(night);
      assertThat(TimeRef.explicit(r, "on the night of %s", night, night, false).stated()).isEqualTo(night);
      TimeRef noYear = TimeRef.explicit(r, "on %s", night, null, false);
      assertThat(noYear.stated()).isNull();
      assertThat(noYear.truth()).isEqualTo(night);
      assertThat(noYear.phrase()).matches("on (15 January|January 15)");
      assertThat(TimeRef.explicit(r, "on %s", LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 5), false).stated())
          .as("the nearest 31 December to 5 January 2025").isEqualTo(LocalDate.of(2024, 12, 31));
    }
  }

  @Test
  void undatedPhrasesGiveNoDate() {
    TimeRef t = TimeRef.undated("next week");
    assertThat(t.stated()).isNull();
    assertThat(t.truth()).isNull();
  }
}
