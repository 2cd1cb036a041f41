package org.newstally.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.newstally.nlp.numbers.Kind;
import org.newstally.nlp.numbers.PhraseTrie;
import org.newstally.nlp.numbers.Qualifier;
import org.newstally.nlp.numbers.WordMap;

/**
 * The vocabulary of numbers: number words, units, hedges, the nouns around counted things and calendar names, read
 * from five TSV files (number_words.tsv, units.tsv, hedges.tsv, nouns.tsv, calendar.tsv). Loaded once on the driver,
 * validated (every problem names file:line and says how to fix it), then immutable and broadcast. Lookups take a
 * slice of the text and allocate nothing.
 */
public final class NumberLexicon implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LogManager.getLogger(NumberLexicon.class);

  public static final String NUMBER_WORDS = "number_words.tsv";
  public static final String UNITS = "units.tsv";
  public static final String HEDGES = "hedges.tsv";
  /** the kinds a unit in units.tsv may give its number; an age unit ("87 yo") makes the number an age */
  static final java.util.Set<Kind> UNIT_KINDS = java.util.EnumSet.of(Kind.DURATION, Kind.PERCENT, Kind.MONEY,
      Kind.DISTANCE, Kind.MASS, Kind.VOLUME, Kind.AREA, Kind.SPEED, Kind.AGE);
  public static final String NOUNS = "nouns.tsv";
  public static final String CALENDAR = "calendar.tsv";

  /** Role of a word in nouns.tsv. */
  public enum NounClass {
    /** a noun with an irregular or invariant lemma */
    NOUN,
    /** a place: "over" before it is a preposition, not a hedge */
    PLACE,
    /** skipped between a number and its noun, but the noun when nothing follows ("the eleventh attack") */
    MODIFIER,
    /** skipped between a number and its noun, and never the noun itself ("79 more") */
    ADJECTIVE,
    /** ends a noun phrase */
    FUNCTION
  }

  /** Where a unit is written relative to its number. */
  public enum Position {
    BEFORE, AFTER, EITHER;

    public boolean allowsBefore() {
      return this != AFTER;
    }

    public boolean allowsAfter() {
      return this != BEFORE;
    }
  }

  /** A unit from units.tsv. */
  public static final class Unit implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String unit;
    private final Kind kind;
    private final String base;
    private final double factor;
    private final Position position;

    Unit(String unit, Kind kind, String base, double factor, Position position) {
      this.unit = unit;
      this.kind = kind;
      this.base = base;
      this.factor = factor;
      this.position = position;
    }

    /** Normalised unit name: "minute", "km", "usd", "percent". */
    public String unit() {
      return unit;
    }

    /** DURATION, PERCENT, MONEY or DISTANCE. */
    public Kind kind() {
      return kind;
    }

    /** Unit that values convert to ("hour" for durations). */
    public String base() {
      return base;
    }

    /** How many base units one unit is (1/60 for minute → hour). */
    public double factor() {
      return factor;
    }

    public Position position() {
      return position;
    }

    @Override
    public String toString() {
      return unit + "(" + kind.code() + ", " + factor + " " + base + ")";
    }
  }

  /** A hedge from hedges.tsv. */
  public static final class Hedge implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Qualifier qualifier;
    private final boolean preposition;

    Hedge(Qualifier qualifier, boolean preposition) {
      this.qualifier = qualifier;
      this.preposition = preposition;
    }

    public Qualifier qualifier() {
      return qualifier;
    }

    /** True when the phrase is also a plain preposition, which is no hedge before a place noun. */
    public boolean preposition() {
      return preposition;
    }
  }

  /**
   * Everything the lexicons say about one word. A word may have several roles ("second" is an ordinal and a unit).
   * Unset numbers are NaN, unset ints 0.
   */
  public static final class Word implements Serializable {
    private static final long serialVersionUID = 1L;

    private double cardinal = Double.NaN;
    private double multiplier = Double.NaN;
    private double abbreviation = Double.NaN;
    private double fraction = Double.NaN;
    private double approximate = Double.NaN;
    private boolean sign;
    private int ordinal;
    private boolean ordinalIsFraction;
    private boolean article;
    private Unit unit;
    private String nounLemma;
    private NounClass nounClass;
    private int month;
    private int weekday;

    /** Value of a counting word ("fifty" → 50), else NaN. */
    public double cardinal() {
      return cardinal;
    }

    public boolean isCardinal() {
      return !Double.isNaN(cardinal);
    }

    /** Factor of a multiplier word ("million", "dozen"), else NaN. */
    public double multiplier() {
      return multiplier;
    }

    public boolean isMultiplier() {
      return !Double.isNaN(multiplier);
    }

    /** Factor of a multiplier abbreviation ("bn"), else NaN. */
    public double abbreviation() {
      return abbreviation;
    }

    public boolean isAbbreviation() {
      return !Double.isNaN(abbreviation);
    }

    /**
     * Value of one part ("half" → 0.5, "thirds" → 1/3, and "third" → 1/3 since it is flagged as a fraction), else
     * NaN.
     */
    public double fraction() {
      return fraction;
    }

    public boolean isFraction() {
      return !Double.isNaN(fraction);
    }

    /** True for fraction words that are not also ordinals (half, quarter, thirds ...). */
    public boolean isPureFraction() {
      return isFraction() && ordinal == 0;
    }

    /** Value of an inherently rough number word ("couple" → 2), else NaN. */
    public double approximate() {
      return approximate;
    }

    public boolean isApproximate() {
      return !Double.isNaN(approximate);
    }

    /** A word that makes the number after it negative ("minus five", "negative 3"). */
    public boolean isSign() {
      return sign;
    }

    /** Position of an ordinal ("eleventh" → 11), else 0. */
    public int ordinal() {
      return ordinal;
    }

    /** "a"/"an": one, before a multiplier, fraction or unit. */
    public boolean isArticle() {
      return article;
    }

    /** The unit this single word names, or null. */
    public Unit unit() {
      return unit;
    }

    /** Lemma from nouns.tsv, or null when the word is not listed there. */
    public String nounLemma() {
      return nounLemma;
    }

    /** Class from nouns.tsv, or null when the word is not listed there. */
    public NounClass nounClass() {
      return nounClass;
    }

    /** Month number 1-12, else 0. */
    public int month() {
      return month;
    }

    /** ISO weekday 1 (Monday) - 7 (Sunday), else 0. */
    public int weekday() {
      return weekday;
    }
  }

  private final WordMap<Word> words;
  private final PhraseTrie<Unit> units;
  private final PhraseTrie<Hedge> hedgesBackward;
  private final PhraseTrie<Hedge> hedgesAfter;
  private final Map<String, Integer> counts;

  private NumberLexicon(WordMap<Word> words, PhraseTrie<Unit> units, PhraseTrie<Hedge> hedgesBackward,
      PhraseTrie<Hedge> hedgesAfter, Map<String, Integer> counts) {
    this.words = words;
    this.units = units;
    this.hedgesBackward = hedgesBackward;
    this.hedgesAfter = hedgesAfter;
    this.counts = counts;
  }

  /** Reads and validates the five number lexicons; fails with a {@link LexiconException} naming file:line. */
  public static NumberLexicon load(LexiconSource src) {
    Loader loader = new Loader();
    loader.numberWords(src.table(NUMBER_WORDS, "word", "kind", "value"));
    loader.units(src.table(UNITS, "phrase", "unit", "kind", "base", "factor", "position"));
    loader.hedges(src.table(HEDGES, "phrase", "qualifier"));
    loader.nouns(src.table(NOUNS, "word", "lemma", "class"));
    loader.calendar(src.table(CALENDAR, "word", "kind", "number"));
    NumberLexicon lexicon = new NumberLexicon(loader.words, loader.units, loader.hedgesBackward, loader.hedgesAfter,
        Collections.unmodifiableMap(loader.counts));
    LOG.info("number lexicon: {}", lexicon.counts);
    return lexicon;
  }

  /** Everything known about the word {@code s[begin, end)}, or null. */
  public Word word(CharSequence s, int begin, int end) {
    return words.get(s, begin, end);
  }

  /** Everything known about one word, or null. */
  public Word word(CharSequence s) {
    return words.get(s);
  }

  /** Month number 1-12 of a month name or abbreviation, any case ("January", "jan", "Sept"); 0 when not a month. */
  public int month(CharSequence s) {
    Word w = words.get(s);
    return w == null ? 0 : w.month;
  }

  /** ISO weekday number, Monday = 1 .. Sunday = 7, of a full weekday name in any case; 0 when not a weekday. */
  public int weekday(CharSequence s) {
    Word w = words.get(s);
    return w == null ? 0 : w.weekday;
  }

  /** Units by their words, to match forwards from the word after a number (a read-only trie node). */
  public PhraseTrie.Node<Unit> units() {
    return units.root();
  }

  /**
   * Hedges by their words in reverse order, to match backwards from the word before a number (a read-only trie
   * node).
   */
  public PhraseTrie.Node<Hedge> hedgesBackward() {
    return hedgesBackward.root();
  }

  /**
   * Hedges written after their number ("or more", "or fewer", "or equal"), by their words in order (a read-only
   * trie node); an "exact" one there closes an open bound ("less than 10 or equal" is up to 10).
   */
  public PhraseTrie.Node<Hedge> hedgesAfter() {
    return hedgesAfter.root();
  }

  /** The unit a whole phrase names ("per cent"), or null. */
  public Unit unit(String phrase) {
    return lookup(units.root(), words(phrase));
  }

  /** The hedge a whole phrase is ("no fewer than"), or null. */
  public Hedge hedge(String phrase) {
    List<String> w = words(phrase);
    Collections.reverse(w);
    return lookup(hedgesBackward.root(), w);
  }

  /** Entries read per file, for logs and run metadata. */
  public Map<String, Integer> counts() {
    return counts;
  }

  private static <V> V lookup(PhraseTrie.Node<V> root, List<String> words) {
    PhraseTrie.Node<V> node = root;
    for (String w : words) {
      node = node.child(w, 0, w.length());
      if (node == null) {
        return null;
      }
    }
    return node.value();
  }

  private static List<String> words(String phrase) {
    return new ArrayList<>(Arrays.asList(phrase.trim().split("\\s+")));
  }

  /** Reads the files into one word map; remembers where each entry was first seen for duplicate messages. */
  private static final class Loader {
    final WordMap<Word> words = new WordMap<>();
    final PhraseTrie<Unit> units = new PhraseTrie<>();
    final PhraseTrie<Hedge> hedgesBackward = new PhraseTrie<>();
    final PhraseTrie<Hedge> hedgesAfter = new PhraseTrie<>();
    final Map<String, Integer> counts = new LinkedHashMap<>();
    /** folded word → "file:line" of the number_words.tsv or units.tsv entry, to keep nouns.tsv disjoint */
    final Map<String, String> numericWordsAt = new HashMap<>();

    Word word(String w) {
      Word word = words.get(w);
      if (word == null) {
        word = new Word();
        words.put(w, word);
      }
      return word;
    }

    void numberWords(TsvTable table) {
      Map<String, Integer> seen = new HashMap<>();
      for (TsvTable.Row row : table.rows()) {
        String w = singleWord(row, "word");
        unique(seen, w, row, "word");
        String kind = row.get("kind").toLowerCase(Locale.ROOT);
        double value = fraction(row, "value");
        boolean alsoFraction = row.bool("fraction");
        if (alsoFraction && !kind.equals("ordinal")) {
          throw row.error("column 'fraction' is only for ordinals (third → 1/3); clear it for kind '" + kind + "'");
        }
        Word word = word(w);
        switch (kind) {
          case "cardinal":
            word.cardinal = nonNegative(row, value);
            break;
          case "multiplier":
            word.multiplier = positive(row, value);
            break;
          case "abbreviation":
            word.abbreviation = positive(row, value);
            break;
          case "ordinal":
            if (value < 1 || value != Math.rint(value)) {
              throw row.error("an ordinal's value must be a whole number ≥ 1, not " + value);
            }
            word.ordinal = (int) value;
            if (alsoFraction) {
              word.fraction = 1.0 / value;
            }
            break;
          case "fraction":
            if (!(value > 0 && value < 1)) {
              throw row.error("a fraction's value must lie between 0 and 1 (write 1/3), not " + value);
            }
            word.fraction = value;
            break;
          case "article":
            word.article = true;
            break;
          case "approximate":
            word.approximate = positive(row, value);
            break;
          case "sign":
            if (value != -1) {
              throw row.error("a sign word's value must be -1, not " + value);
            }
            word.sign = true;
            break;
          default:
            throw row.error("unknown kind '" + kind + "' (use cardinal, multiplier, abbreviation, ordinal, fraction,"
                + " article, approximate or sign)");
        }
        numericWordsAt.put(w, row.where());
      }
      counts.put(NUMBER_WORDS, seen.size());
    }

    void units(TsvTable table) {
      Map<String, Integer> seen = new HashMap<>();
      Map<String, Unit> byName = new HashMap<>();
      Map<String, String> byNameAt = new HashMap<>();
      for (TsvTable.Row row : table.rows()) {
        List<String> phrase = phrase(row, "phrase");
        unique(seen, String.join(" ", phrase), row, "phrase");
        String name = row.get("unit").toLowerCase(Locale.ROOT);
        String kindCode = row.get("kind").toLowerCase(Locale.ROOT);
        Kind kind = Kind.forCode(kindCode);
        if (kind == null || !UNIT_KINDS.contains(kind)) {
          throw row.error("unknown kind '" + kindCode + "' (use duration, percent, money, distance, mass, volume, area,"
              + " speed or age)");
        }
        String base = row.get("base").toLowerCase(Locale.ROOT);
        double factor = positive(row, fraction(row, "factor"));
        Position position;
        switch (row.get("position").toLowerCase(Locale.ROOT)) {
          case "before": position = Position.BEFORE; break;
          case "after": position = Position.AFTER; break;
          case "either": position = Position.EITHER; break;
          default:
            throw row.error("unknown position '" + row.get("position") + "' (use before, after or either)");
        }
        if (kind == Kind.DURATION && !base.equals("hour")) {
          throw row.error("durations convert to base 'hour' (NumberMention#hours), not '" + base + "'");
        }
        Unit unit = new Unit(name, kind, base, factor, position);
        Unit same = byName.get(name);
        if (same == null) {
          byName.put(name, unit);
          byNameAt.put(name, row.where());
        } else if (same.kind != kind || !same.base.equals(base) || same.factor != factor) {
          throw row.error("unit '" + name + "' is " + same + " at " + byNameAt.get(name) + " but " + unit
              + " here; make the kind, base and factor of one unit agree");
        }
        units.put(phrase, unit);
        if (phrase.size() == 1) {
          word(phrase.get(0)).unit = unit;
          numericWordsAt.putIfAbsent(phrase.get(0), row.where());
        }
      }
      counts.put(UNITS, seen.size());
    }

    void hedges(TsvTable table) {
      Map<String, Integer> seen = new HashMap<>();
      for (TsvTable.Row row : table.rows()) {
        List<String> phrase = phrase(row, "phrase");
        unique(seen, String.join(" ", phrase), row, "phrase");
        String code = row.get("qualifier").toLowerCase(Locale.ROOT);
        Qualifier q = Qualifier.forCode(code);
        if (q == null) {
          throw row.error("unknown qualifier '" + code + "' (use exact, more_than, at_least, about, almost, up_to"
              + " or less_than)");
        }
        String position = row.opt("position").toLowerCase(Locale.ROOT);
        if (position.equals("after")) {
          // "50 or more", "less than 10 or equal": read forwards from the word after the number
          hedgesAfter.put(phrase, new Hedge(q, row.bool("preposition")));
        } else if (position.isEmpty() || position.equals("before")) {
          List<String> reversed = new ArrayList<>(phrase);
          Collections.reverse(reversed);
          hedgesBackward.put(reversed, new Hedge(q, row.bool("preposition")));
        } else {
          throw row.error("unknown position '" + position + "' (leave it empty or use before or after)");
        }
      }
      counts.put(HEDGES, seen.size());
    }

    void nouns(TsvTable table) {
      Map<String, Integer> seen = new HashMap<>();
      for (TsvTable.Row row : table.rows()) {
        String w = singleWord(row, "word");
        unique(seen, w, row, "word");
        String elsewhere = numericWordsAt.get(w);
        if (elsewhere != null) {
          throw row.error("'" + w + "' is already defined at " + elsewhere
              + "; each word belongs in one lexicon, so delete one of the two lines");
        }
        String lemma = row.opt("lemma").toLowerCase(Locale.ROOT);
        String cls = row.opt("class").toLowerCase(Locale.ROOT);
        NounClass nounClass;
        switch (cls) {
          case "": nounClass = NounClass.NOUN; break;
          case "place": nounClass = NounClass.PLACE; break;
          case "modifier": nounClass = NounClass.MODIFIER; break;
          case "adjective": nounClass = NounClass.ADJECTIVE; break;
          case "function": nounClass = NounClass.FUNCTION; break;
          default:
            throw row.error("unknown class '" + cls + "' (leave it empty for a noun, or use place, modifier,"
                + " adjective or function)");
        }
        Word word = word(w);
        word.nounLemma = lemma.isEmpty() ? w : WordMap.fold(lemma);
        word.nounClass = nounClass;
      }
      counts.put(NOUNS, seen.size());
    }

    void calendar(TsvTable table) {
      Map<String, Integer> seen = new HashMap<>();
      for (TsvTable.Row row : table.rows()) {
        String w = singleWord(row, "word");
        unique(seen, w, row, "word");
        String kind = row.get("kind").toLowerCase(Locale.ROOT);
        double n = row.number("number");
        Word word = word(w);
        if (kind.equals("month")) {
          word.month = inRange(row, n, 12);
        } else if (kind.equals("weekday")) {
          word.weekday = inRange(row, n, 7);
        } else {
          throw row.error("unknown kind '" + kind + "' (use month or weekday)");
        }
      }
      counts.put(CALENDAR, seen.size());
    }

    private static int inRange(TsvTable.Row row, double n, int max) {
      if (n < 1 || n > max || n != Math.rint(n)) {
        throw row.error("column 'number' must be a whole number from 1 to " + max + ", not " + n);
      }
      return (int) n;
    }

    private static void unique(Map<String, Integer> seen, String key, TsvTable.Row row, String column) {
      Integer first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        throw row.error("duplicate " + column + " '" + key + "' (first at line " + first
            + "); delete one of the two lines");
      }
    }

    private static String singleWord(TsvTable.Row row, String column) {
      String w = WordMap.fold(row.get(column));
      if (w.chars().anyMatch(Character::isWhitespace)) {
        throw row.error("column '" + column + "' must be one word, not '" + w + "'");
      }
      return w;
    }

    private static List<String> phrase(TsvTable.Row row, String column) {
      List<String> words = new ArrayList<>(Arrays.asList(WordMap.fold(row.get(column)).split("\\s+")));
      words.removeIf(String::isEmpty);
      return words;
    }

    /** A number, or a fraction written a/b (1/60 is exact where 0.0166 is not). */
    private static double fraction(TsvTable.Row row, String column) {
      String v = row.get(column);
      int slash = v.indexOf('/');
      try {
        if (slash < 0) {
          return Double.parseDouble(v);
        }
        double num = Double.parseDouble(v.substring(0, slash).trim());
        double den = Double.parseDouble(v.substring(slash + 1).trim());
        if (den == 0) {
          throw row.error("column '" + column + "' divides by zero: '" + v + "'");
        }
        return num / den;
      } catch (NumberFormatException e) {
        throw row.error("column '" + column + "' must be a number like 12 or 1.5 or a fraction like 1/3, not '"
            + v + "'");
      }
    }

    private static double positive(TsvTable.Row row, double v) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw row.error("value must be a positive number, not " + v);
      }
      return v;
    }

    private static double nonNegative(TsvTable.Row row, double v) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw row.error("value must be zero or more, not " + v);
      }
      return v;
    }
  }
}
