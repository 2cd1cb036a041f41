package org.newstally.synth;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A time expression as the text writes it ("overnight into Saturday", "last Friday", "on the night of 15 January")
 * with what a reader can resolve from it and the published date, following the dev corpus rules: relative
 * expressions resolve against {@code published}, explicit dates stand on their own when they carry a year and take
 * the year from {@code published} otherwise. When nothing resolves, {@link #stated()} is null and {@link #truth()}
 * is what the gold records as inferred.
 *
 * @param phrase the words, lower case, as they appear inside a sentence
 * @param stated the date the text and published date give, or null
 * @param truth the true date
 * @param how a short explanation for the gold note
 */
record TimeRef(String phrase, LocalDate stated, LocalDate truth, String how) {

  /** The phrase at the start of a sentence. */
  String capitalised() {
    return NumberWords.capitalise(phrase);
  }

  static String weekday(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * A phrase whose meaning is fixed by the published date: "overnight", "last night", "on Saturday" (with the
   * weekday of {@code truth}), "last Friday".
   */
  static TimeRef relative(String phrase, LocalDate truth, LocalDate published) {
    if (published == null) {
      return new TimeRef(phrase, null, truth, "published unknown; \"" + phrase + "\" only");
    }
    return new TimeRef(phrase, truth, truth, "\"" + phrase + "\" + published " + published);
  }

  /** "overnight" or "during the night": the night that ended on the published morning. */
  static TimeRef overnight(Rand rand, LocalDate truth, LocalDate published) {
    return relative(rand.pick("overnight", "overnight", "during the night"), truth, published);
  }

  /** {@code form} with the weekday of {@code truth}, e.g. "overnight into %s", "early on %s", "on %s". */
  static TimeRef onWeekday(String form, LocalDate truth, LocalDate published) {
    return relative(String.format(Locale.ROOT, form, weekday(truth)), truth, published);
  }

  /** "last Friday": the most recent such weekday before a published date one to six days later. */
  static TimeRef lastWeekday(String form, LocalDate truth, LocalDate published) {
    return relative(String.format(Locale.ROOT, form, "last " + weekday(truth)), truth, published);
  }

  /**
   * An explicit date in {@code form} ("on the night of %s", "on %s"). Without a year it resolves against the
   * published date (the nearest such date: "31 December" in an article of 5 January is the day before last week's
   * New Year), and not at all when the published date is unknown.
   */
  static TimeRef explicit(Rand rand, String form, LocalDate truth, LocalDate published, boolean withYear) {
    boolean dayFirst = rand.chance(0.6);
    String date = dayFirst
        ? truth.getDayOfMonth() + " " + month(truth) + (withYear ? " " + truth.getYear() : "")
        : month(truth) + " " + truth.getDayOfMonth() + (withYear ? ", " + truth.getYear() : "");
    String phrase = String.format(Locale.ROOT, form, date);
    if (withYear) {
      return new TimeRef(phrase, truth, truth, "explicit date \"" + date + "\"");
    }
    if (published != null) {
      return new TimeRef(phrase, truth, truth, "explicit \"" + date + "\", year from published " + published);
    }
    return new TimeRef(phrase, null, truth, "explicit \"" + date + "\" without a year, published unknown");
  }

  /** A phrase that gives no date at all ("next week", "in the coming days"). */
  static TimeRef undated(String phrase) {
    return new TimeRef(phrase, null, null, "\"" + phrase + "\": no date");
  }
}
