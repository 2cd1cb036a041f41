package org.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-12-06|2025-12-06",
      "2025-1-6|2025-01-06",
      " 2025-12-06 |2025-12-06",
      "2025-12-06T10:32:00Z|2025-12-06",
      "2025-12-06T23:30:00-05:00|2025-12-06",
      "2025-12-06T01:15:00+02:00|2025-12-06",
      "2025-12-06T01:15:00.123456+0200|2025-12-06",
      "2025-12-06T01:15+02:00[Europe/Kyiv]|2025-12-06",
      "2025-12-06T10:32:00|2025-12-06",
      "2025-12-06 10:32:00|2025-12-06",
      "2025/12/06|2025-12-06",
      "Dec 6, 2025|2025-12-06",
      "Dec. 6, 2025|2025-12-06",
      "December 6, 2025|2025-12-06",
      "december 6th, 2025|2025-12-06",
      "Sept 30, 2024|2024-09-30",
      "Saturday, December 6, 2025|2025-12-06",
      "Dec 6, 2025, 10:32 AM EST|2025-12-06",
      "December 6, 2025 at 3:15 pm|2025-12-06",
      "6 December 2025|2025-12-06",
      "Sat, 06 Dec 2025 10:32:00 GMT|2025-12-06",
      "Sat, 06 Dec 2025 10:32:00 +0000|2025-12-06",
      "Mon, 3 Feb 2025 07:05:09 +0100|2025-02-03",
  })
  void readsTheCommonForms(String value, LocalDate expected) {
    assertThat(DateParser.parse(value)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2025-13-01", "2025-02-30", "Feb 30, 2025", "06/12/2025", "12 2025",
      "2025-12-06Tnoon", "Dec 2025", "1733480000", "2025-12-06 and more"})
  void unreadableValuesGiveNothing(String value) {
    assertThat(DateParser.parse(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankGivesNothing(String value) {
    assertThat(DateParser.parse(value)).isEmpty();
    assertThat(DateParser.parse(null)).isEmpty();
  }
}
