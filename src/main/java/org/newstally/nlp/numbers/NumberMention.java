package org.newstally.nlp.numbers;

import java.io.Serializable;
import java.util.Objects;

/**
 * One numeric expression found in a sentence by {@link NumberScanner}. Immutable. Offsets are char offsets in the
 * scanned string, {@code begin} inclusive and {@code end} exclusive.
 *
 * <p>Value conventions: counts as written (653; "1.5 million" is 1,500,000; "a dozen" is 12); fractions as a share
 * (one-fifth 0.2, two-thirds 0.667, half 0.5); percentages in percent (5 for "5%"); ordinals as the position (3 for
 * "third"); money in the currency's units ($60 billion is 6e10 with unit "usd"); durations in their written unit
 * (40 for "40 minutes", with {@link #hours()} 0.667), except combined ones which are in the first unit
 * ("two hours and 45 minutes" is 2.75 hour); times as hours since midnight (21.5 for 21:30); dates as
 * year*10000 + month*100 + day with unknown parts 0 ("January 15" is 115, "28.11.2024" is 20241128); years and
 * decades as the year (1970 for "1970s", with unit "decade"). A hedged value is kept as written: "nearly 580" is
 * 580 with {@link Qualifier#ALMOST}.
 */
public final class NumberMention implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int begin;
  private final int end;
  private final int numberBegin;
  private final int numberEnd;
  private final String surface;
  private final double value;
  private final Double valueMax;
  private final boolean lowOpen;
  private final boolean highClosed;
  private final boolean equality;
  private final Qualifier qualifier;
  private final Kind kind;
  private final String unit;
  private final Double hours;
  private final String object;
  private final String objectPhrase;
  private final int objectBegin;
  private final int objectEnd;
  private final Integer year;
  private final Integer month;
  private final Integer day;
  private final Integer hour;
  private final Integer minute;

  NumberMention(Builder b) {
    this.begin = b.begin;
    this.end = b.end;
    this.numberBegin = b.numberBegin;
    this.numberEnd = b.numberEnd;
    this.surface = b.surface;
    this.value = b.value;
    this.valueMax = b.valueMax;
    this.lowOpen = b.lowOpen;
    this.highClosed = b.highClosed;
    this.equality = b.equality;
    this.qualifier = b.qualifier;
    this.kind = b.kind;
    this.unit = b.unit;
    this.hours = b.hours;
    this.object = b.object;
    this.objectPhrase = b.objectPhrase;
    this.objectBegin = b.objectBegin;
    this.objectEnd = b.objectEnd;
    this.year = b.year;
    this.month = b.month;
    this.day = b.day;
    this.hour = b.hour;
    this.minute = b.minute;
  }

  /** Start of the whole expression, hedge included ("more than 430", "between 40 and 50", "$60 billion"). */
  public int begin() {
    return begin;
  }

  /** End of the whole expression, units written with the number included ("5 percent", "five-hour"). */
  public int end() {
    return end;
  }

  /** Start of the number itself ("430", "one-fifth", "60 billion"). */
  public int numberBegin() {
    return numberBegin;
  }

  /** End of the number itself; for ranges and combined durations the end of the last number. */
  public int numberEnd() {
    return numberEnd;
  }

  /** Text of [begin, end). */
  public String surface() {
    return surface;
  }

  /** Normalised value, see the class comment. */
  public double value() {
    return value;
  }

  /** Upper end of a range ("40 to 50", "40-50", "between 40 and 50"), else null. */
  public Double valueMax() {
    return valueMax;
  }

  /**
   * The values the text allows, as an interval with open or closed ends: "[40,50)" for "40 to 50" and "between 40
   * and 50" (a range's upper end is open, as the Recognizers-Text specification writes it), "(100,300)" for "more
   * than 100 and less than 300", "(430,)" for "more than 430", "[50,)" for "at least 50" and "50 or more", "(,10]"
   * for "up to 10", "[20,20]" for "equal to 20" and "exactly 20"; null for a number with no bound written (exact,
   * about, almost).
   */
  public String range() {
    // built when asked for: the scanner's hot loop makes no strings
    if (valueMax != null) {
      return (lowOpen ? "(" : "[") + plain(value) + "," + plain(valueMax) + (highClosed ? "]" : ")");
    }
    switch (qualifier) {
      case MORE_THAN:
        return "(" + plain(value) + ",)";
      case AT_LEAST:
        return "[" + plain(value) + ",)";
      case LESS_THAN:
        return "(," + plain(value) + ")";
      case UP_TO:
        return "(," + plain(value) + "]";
      case EXACT:
        return equality ? "[" + plain(value) + "," + plain(value) + "]" : null;
      default:
        return null;
    }
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  public Qualifier qualifier() {
    return qualifier;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Unit of the value: minute, hour, day ... for durations; usd, eur, uah ... for money; km, mile, m for distances;
   * percent or percentage_point; decade for decades; month, week or day for ages not in years ("ten months
   * old"); null otherwise (ages in years included).
   */
  public String unit() {
    return unit;
  }

  /** For durations, the value in hours (40 minutes → 0.667); null otherwise. */
  public Double hours() {
    return hours;
  }

  /**
   * What is counted, as a singular lower-case lemma ("drone", "person", "kh-101"); for durations the unit noun
   * ("hour", "minute"); null when nothing is named.
   */
  public String object() {
    return object;
  }

  /** The noun phrase as written ("Shahed drones", "Kh-101 cruise missiles"; "missiles" for "of the missiles"). */
  public String objectPhrase() {
    return objectPhrase;
  }

  /** Start of {@link #objectPhrase()}, -1 when none. */
  public int objectBegin() {
    return objectBegin;
  }

  /** End of {@link #objectPhrase()}, -1 when none. */
  public int objectEnd() {
    return objectEnd;
  }

  /** For DATE and YEAR, the year if written; else null. */
  public Integer year() {
    return year;
  }

  /** For DATE, the month if written; else null. */
  public Integer month() {
    return month;
  }

  /** For DATE, the day if written; else null. */
  public Integer day() {
    return day;
  }

  /** For TIME, the hour 0-23; else null. */
  public Integer hour() {
    return hour;
  }

  /** For TIME, the minute; else null. */
  public Integer minute() {
    return minute;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NumberMention)) {
      return false;
    }
    NumberMention m = (NumberMention) o;
    return begin == m.begin && end == m.end && numberBegin == m.numberBegin && numberEnd == m.numberEnd
        && Double.compare(value, m.value) == 0 && objectBegin == m.objectBegin && objectEnd == m.objectEnd
        && Objects.equals(surface, m.surface) && Objects.equals(valueMax, m.valueMax) && qualifier == m.qualifier
        && lowOpen == m.lowOpen && highClosed == m.highClosed && equality == m.equality
        && kind == m.kind && Objects.equals(unit, m.unit) && Objects.equals(hours, m.hours)
        && Objects.equals(object, m.object) && Objects.equals(objectPhrase, m.objectPhrase)
        && Objects.equals(year, m.year) && Objects.equals(month, m.month) && Objects.equals(day, m.day)
        && Objects.equals(hour, m.hour) && Objects.equals(minute, m.minute);
  }

  @Override
  public int hashCode() {
    return Objects.hash(begin, end, surface, value, valueMax, qualifier, kind, unit, object);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("NumberMention{'").append(surface).append("' [").append(begin).append(',')
        .append(end).append(") ").append(kind.code()).append(' ').append(value);
    if (valueMax != null) {
      b.append("..").append(valueMax);
    }
    if (qualifier != Qualifier.EXACT) {
      b.append(' ').append(qualifier.code());
    }
    String range = range();
    if (range != null) {
      b.append(" range=").append(range);
    }
    if (unit != null) {
      b.append(" unit=").append(unit);
    }
    if (hours != null) {
      b.append(" hours=").append(hours);
    }
    if (object != null) {
      b.append(" object=").append(object).append(" '").append(objectPhrase).append('\'');
    }
    if (year != null || month != null || day != null) {
      b.append(" ymd=").append(year).append('/').append(month).append('/').append(day);
    }
    if (hour != null) {
      b.append(" hm=").append(hour).append(':').append(minute);
    }
    return b.append('}').toString();
  }

  /** Collects the fields while the scanner assembles a mention. */
  static final class Builder {
    int begin;
    int end;
    int numberBegin;
    int numberEnd;
    String surface;
    double value;
    Double valueMax;
    /** a range's lower end is open ("more than 100 and less than 300") */
    boolean lowOpen;
    /** a range's upper end is closed ("at least 20 and at most 50") */
    boolean highClosed;
    /** an exact number written as a bound ("equal to 20") */
    boolean equality;
    Qualifier qualifier = Qualifier.EXACT;
    Kind kind;
    String unit;
    Double hours;
    String object;
    String objectPhrase;
    int objectBegin = -1;
    int objectEnd = -1;
    Integer year;
    Integer month;
    Integer day;
    Integer hour;
    Integer minute;

    NumberMention build() {
      return new NumberMention(this);
    }
  }
}
