package org.newstally.synth;

import java.util.Locale;

/** English renderings of integers as news copy writes them: "1,343", "fifty-one", "two hundred and five". */
public final class NumberWords {
  private static final String[] UNITS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  private NumberWords() {}

  /** Digits with thousands separators, as English-language copy prints them. */
  public static String digits(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Words for 0–999: "fifty-one", "two hundred and five". {@code indefiniteHundred} writes exactly 100 as
   * "a hundred" instead of "one hundred".
   */
  public static String words(int n, boolean indefiniteHundred) {
    if (n < 0 || n > 999) {
      throw new IllegalArgumentException("number words are generated for 0-999 only, got " + n);
    }
    if (n < 20) {
      return UNITS[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }
    String hundreds = (n / 100 == 1 && indefiniteHundred ? "a" : UNITS[n / 100]) + " hundred";
    return n % 100 == 0 ? hundreds : hundreds + " and " + words(n % 100, false);
  }

  /** True when {@link #words} can write the number. */
  public static boolean hasWords(long n) {
    return n >= 0 && n <= 999;
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
