package org.newstally.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tolerant parser for the publication dates inputs carry: {@code 2025-12-06}, ISO timestamps with or without a
 * zone ({@code 2025-12-06T10:32:00+02:00}, {@code 2025-12-06 10:32:00}), {@code 2025/12/06}, {@code Dec 6, 2025},
 * {@code December 6, 2025, 10:32 AM EST}, {@code 6 December 2025} and RFC 1123 ({@code Sat, 06 Dec 2025 10:32:00
 * GMT}). A timestamp gives the calendar date as written in its own offset, not converted to UTC: "overnight" in an
 * article means the night before the outlet's local date.
 */
public final class DateParser {
  private static final String MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final String ZONE = "(?:\\s*(?:z|utc|gmt|[a-z]{2,5}|[+-]\\d{2}(?::?\\d{2})?))?";
  private static final String CLOCK_TAIL =
      "(?:,?\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2}){1,2}(?:\\s*[ap]\\.?m\\.?)?" + ZONE + ")?";

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?" + ZONE
          + "(?:\\[[^\\]]+])?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\.?,?\\s+(\\d{4})" + CLOCK_TAIL,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      WEEKDAY + "(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + CLOCK_TAIL,
      Pattern.CASE_INSENSITIVE);

  private DateParser() {}

  /** The date in {@code value}, or empty when it is blank or cannot be read. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String s = value.trim();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED.matcher(s);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    return Integer.toString(index);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
