package org.newstally.nlp.numbers;

import java.util.ArrayList;
import java.util.List;
import org.newstally.lexicon.NumberLexicon;
import org.newstally.lexicon.NumberLexicon.Unit;

/**
 * The grammar of numeric expressions, run over the tokens of one sentence, left to right. One instance per thread:
 * the parse state lives in fields so that scanning allocates nothing but the mentions it returns.
 *
 * <p>At each token that can start a number the parser tries, in order: dates and times (so their digits are not
 * counts), ages, money with a currency in front, then a quantity: a numeral (digits, number words, fractions,
 * ordinals), an optional range, and an optional unit. Then it looks backwards for a hedge and forwards for the
 * counted noun. Weapon designations ("Kh-101", "S-300/S-400", "Iskander-M/KN-23") are recognised by a hyphen or
 * slash glued to a word before the digits and produce nothing.
 */
final class SentenceScan {
  private static final double NONE = Double.NaN;

  private final NumberLexicon lexicon;
  private final Tokens t = new Tokens();
  private final CountedNoun noun;
  private final NumberMention.Builder builder = new NumberMention.Builder();

  // the expression being parsed
  private int startTok;
  private int numStart;
  private int numEnd;
  private int endTok;
  private Kind kind;
  private double value;
  private double valueMax;
  private Unit unit;
  private String unitName;
  private double hours;
  private int unitTokBegin;
  private int unitTokEnd;
  private int fusedNounTok;
  private int year;
  private int month;
  private int day;
  private int hour;
  private int minute;
  private Qualifier inherent;

  // the numeral just read by numeral()
  private int nStart;
  private int nEnd;
  private double nValue;
  private Kind nKind;
  private boolean nApprox;
  private double nScale;
  private boolean currencyContext;
  private boolean pm;

  // what came before
  private int lastEnd;
  private int lastObjectEnd;
  private List<NumberMention> out;

  SentenceScan(NumberLexicon lexicon) {
    this.lexicon = lexicon;
    this.noun = new CountedNoun(lexicon);
  }

  List<NumberMention> run(String sentence) {
    try {
      t.tokenize(sentence, lexicon);
      out = null;
      lastEnd = 0;
      lastObjectEnd = -1;
      int i = 0;
      while (i < t.n) {
        if (startsNumber(i) && parse(i)) {
          emit();
          i = endTok;
        } else {
          i++;
        }
      }
      return out == null ? List.of() : out;
    } finally {
      t.clear();
      out = null;
    }
  }

  private boolean startsNumber(int i) {
    switch (t.type[i]) {
      case Tokens.NUM:
        return true;
      case Tokens.ALNUM:
        return t.digitEnd[i] > t.begin[i] || codeLength(i) > 0;
      case Tokens.WORD: {
        NumberLexicon.Word w = t.word[i];
        if (w == null) {
          // most words are unknown to the number lexicon: test the cheap part of "MEUR" here
          return t.end[i] - t.begin[i] == 4 && t.text.charAt(t.begin[i]) == 'M' && millionsOf(i) != null;
        }
        return (w.isCardinal() || w.ordinal() > 0 || w.isFraction() || w.isArticle()
            || w.isApproximate() || w.month() > 0 || isCurrencyBefore(w)
            || (w.isMultiplier() && i + 1 < t.n && t.type[i + 1] == Tokens.WORD && t.word[i + 1] != null
                && t.word[i + 1].isMultiplier()));
      }
      default:
        return isCurrencyBefore(t.word[i]) || isVulgarFraction(i);
    }
  }

  /** "½", "¾": a fraction written as one character. */
  private boolean isVulgarFraction(int k) {
    return k < t.n && t.type[k] == Tokens.PUNCT && t.word[k] != null && t.word[k].isPureFraction();
  }

  private static boolean isCurrencyBefore(NumberLexicon.Word w) {
    return w != null && w.unit() != null && w.unit().kind() == Kind.MONEY && w.unit().position().allowsBefore();
  }

  private void reset(int i) {
    startTok = i;
    numStart = i;
    numEnd = i + 1;
    endTok = i + 1;
    kind = null;
    value = NONE;
    valueMax = NONE;
    unit = null;
    unitName = null;
    hours = NONE;
    unitTokBegin = -1;
    unitTokEnd = -1;
    fusedNounTok = -1;
    year = -1;
    month = -1;
    day = -1;
    hour = -1;
    minute = -1;
    inherent = null;
    currencyContext = false;
  }

  private boolean parse(int i) {
    reset(i);
    byte type = t.type[i];
    if (type == Tokens.PUNCT) {
      return isVulgarFraction(i) ? parseQuantity(i) : parseMoney(i);
    }
    if (type == Tokens.WORD) {
      NumberLexicon.Word w = t.word[i];
      if (w == null) {
        return parseMillionsBefore(i);
      }
      if (w.month() > 0 && t.capitalized(i)) {
        return parseMonthFirstDate(i);
      }
      if (isCurrencyBefore(w) && t.allCaps(i)) {
        return parseMoney(i);
      }
      return parseWordNumber(i);
    }
    if (isDesignation(i)) {
      return false;
    }
    if (type == Tokens.ALNUM) {
      return t.digitEnd[i] == t.begin[i] ? parseGluedCode(i) : parseAlnum(i);
    }
    if (t.dots[i] >= 2) {
      return parseDottedDate(i);
    }
    if (parseNumericDate(i)) {
      return true;
    }
    if (t.isPunct(i + 1, '/') && t.joined(i + 1) && t.joined(i + 2) && t.type[i + 2] == Tokens.NUM) {
      return slashFraction(i); // "3/4"; but "24/7", "2024/25", "9/11" are a pair that is neither date nor part
    }
    return parseClockTime(i) || parseDayMonthDate(i) || parseAge(i) || parseQuantity(i);
  }

  /**
   * "3/4", "1/2": a proper fraction with a small denominator (2-10), alone (not a part of "1/2/3"). Larger
   * denominators are mostly names and scores in news ("9/11", "24/7").
   */
  private boolean slashFraction(int i) {
    if (!plainDigits(i) || !plainDigits(i + 2) || (t.isPunct(i + 3, '/') && t.joined(i + 3))) {
      return false;
    }
    double a = digits(t.begin[i], t.end[i]);
    double b = digits(t.begin[i + 2], t.end[i + 2]);
    if (!(a >= 1 && a < b && b <= 10)) {
      return false;
    }
    kind = Kind.FRACTION;
    value = a / b;
    numEnd = i + 3;
    endTok = i + 3;
    Unit u = unitAt(i + 3);
    if (u != null && u.kind() != Kind.MONEY && u.kind() != Kind.AGE) {
      int unitEnd = unitTokEnd;
      applyUnit(u, i + 3, unitEnd); // "a 1/4 mile track"
      endTok = unitEnd;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // designations

  /**
   * Digits glued by a hyphen or slash to a word before them ("Kh-101", "S-400", "MiG-31", "KN-23") or after a
   * slash to other digits ("Kh-59/69", the 7 of "24/7") name things, not quantities. "mid-2024" and its kin are
   * years.
   */
  private boolean isDesignation(int i) {
    if (!t.joined(i)) {
      return false;
    }
    int p = i - 1;
    if (t.type[p] == Tokens.PUNCT && t.punct[p] == '^') {
      return true;
    }
    if (!(t.isPunct(p, '-') || t.isPunct(p, '/')) || !t.joined(p)) {
      return false;
    }
    int q = p - 1;
    switch (t.type[q]) {
      case Tokens.WORD:
        return !(t.is(q, "mid") || t.is(q, "pre") || t.is(q, "post") || t.is(q, "late") || t.is(q, "early"));
      case Tokens.ALNUM:
        return true;
      case Tokens.NUM:
        return t.punct[p] == '/';
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // numerals

  /**
   * Reads a numeral at token i into nStart/nEnd/nValue/nKind: digits ("1,200", "4.5", optionally with scale words:
   * "1.5 million"), digits with a suffix ("21st", "60bn"), number words ("two hundred and five", "fifty-one",
   * "a dozen"), fractions ("one-fifth", "two thirds", "a fifth", "half") and ordinals ("eleventh", "twenty-first").
   */
  private boolean numeral(int i) {
    nStart = i;
    nKind = Kind.COUNT;
    nApprox = false;
    nScale = 1;
    if (i >= t.n) {
      return false;
    }
    switch (t.type[i]) {
      case Tokens.NUM:
        if (t.dots[i] >= 2) {
          return false;
        }
        nValue = digits(t.begin[i], t.end[i]);
        nEnd = i + 1;
        mixedNumber(i);
        scaleWords();
        andAHalf();
        return true;
      case Tokens.ALNUM:
        return alnumNumeral(i);
      case Tokens.WORD:
        return wordNumeral(i);
      default:
        if (isVulgarFraction(i)) {
          nKind = Kind.FRACTION;
          nValue = t.word[i].fraction();
          nEnd = i + 1;
          return true;
        }
        return false;
    }
  }

  /**
   * A whole number and a part: "2½" (glued), "2 1/4" (a small proper slash fraction after a space), read as one
   * number; not "1 1/2/3".
   */
  private void mixedNumber(int i) {
    if (!plainDigits(i)) {
      return;
    }
    if (isVulgarFraction(i + 1) && t.joined(i + 1)) {
      nValue += t.word[i + 1].fraction();
      nEnd = i + 2;
      return;
    }
    int k = i + 1;
    if (k + 2 < t.n && !t.joined(k) && t.type[k] == Tokens.NUM && plainDigits(k) && t.isPunct(k + 1, '/')
        && t.joined(k + 1) && t.joined(k + 2) && plainDigits(k + 2) && !(t.isPunct(k + 3, '/') && t.joined(k + 3))) {
      double a = digits(t.begin[k], t.end[k]);
      double b = digits(t.begin[k + 2], t.end[k + 2]);
      if (a >= 1 && a < b && b <= 10) {
        nValue += a / b;
        nEnd = k + 3;
      }
    }
  }

  private boolean alnumNumeral(int i) {
    int b = t.begin[i];
    int d = t.digitEnd[i];
    int e = t.end[i];
    if (d == b || !lettersOnly(d, e)) {
      return false;
    }
    double v = digits(b, d);
    if (isOrdinalSuffix(d, e)) {
      if (t.dots[i] > 0 || t.commas[i] > 0) {
        return false;
      }
      nKind = Kind.ORDINAL;
      nValue = v;
      nEnd = i + 1;
      return true;
    }
    NumberLexicon.Word suffix = lexicon.word(t.text, d, e);
    if (suffix != null && suffix.isAbbreviation() && (e - d >= 2 || currencyContext || plainScaleLetter(d, e))) {
      nValue = v * suffix.abbreviation();
      nScale = suffix.abbreviation();
      nEnd = i + 1;
      return true;
    }
    return false;
  }

  private boolean wordNumeral(int i) {
    NumberLexicon.Word w = t.word[i];
    if (w == null) {
      return false;
    }
    if (w.isArticle()) {
      return articleNumeral(i);
    }
    if (w.isPureFraction()) {
      double scale = scaleAfter(i + 1);
      if (!Double.isNaN(scale) && t.lastChar(i) != 's' && !t.is(i - 1, "the")) {
        nValue = w.fraction() * scale; // "half million", "quarter billion"
        nEnd = scaleEnd;
        return true;
      }
      return bareFraction(i, w);
    }
    if (w.isMultiplier() && !w.isCardinal()) {
      cardinalWords(i, 1); // "hundred thousand": a scale on a scale, its one unwritten
      return true;
    }
    if (w.ordinal() > 0 && !w.isCardinal()) {
      nKind = Kind.ORDINAL;
      nValue = w.ordinal();
      nEnd = i + 1;
      return true;
    }
    if (!w.isCardinal()) {
      return false;
    }
    if (spokenFraction(i)) {
      return true;
    }
    cardinalWords(i, 0);
    if (nKind == Kind.ORDINAL) {
      return true;
    }
    spokenDecimal();
    andAHalf();
    wordFraction();
    return true;
  }

  /** "a hundred", "a dozen", "a fifth", "a third day" (ordinal), "a couple of". */
  private boolean articleNumeral(int i) {
    int k = i + 1;
    if (k >= t.n || t.type[k] != Tokens.WORD || t.word[k] == null) {
      return false;
    }
    NumberLexicon.Word x = t.word[k];
    if ((x.isCardinal() || x.isMultiplier()) && spokenFraction(i)) {
      return true; // "a hundred thousandths", "a twenty-first"
    }
    if (x.isMultiplier()) {
      cardinalWords(k, 1);
      andAHalf();
      return true;
    }
    if (x.isFraction()) {
      if (t.is(i - 1, "and") && x.isPureFraction()) {
        return false; // the tail of "another hour and a half", whose head is no number
      }
      double scale = scaleAfter(k + 1);
      if (x.isPureFraction() && !Double.isNaN(scale)) {
        nValue = x.fraction() * scale; // "a quarter million"
        nEnd = scaleEnd;
        return true;
      }
      if (x.ordinal() > 0 && contentWordAt(k + 1)) {
        nStart = k;
        nKind = Kind.ORDINAL;
        nValue = x.ordinal();
      } else {
        nKind = Kind.FRACTION;
        nValue = x.fraction();
      }
      nEnd = k + 1;
      return true;
    }
    if (x.isApproximate()) {
      nValue = x.approximate();
      nApprox = true;
      nEnd = k + 1;
      NumberLexicon.Word scale = t.is(k + 1, "of") && k + 2 < t.n ? t.word[k + 2] : null;
      if (scale != null && scale.isMultiplier() && t.type[k + 2] == Tokens.WORD) {
        // "a couple of dozen", "a couple of hundred"
        nValue *= scale.multiplier();
        nEnd = k + 3;
      }
      return true;
    }
    return false;
  }

  /** "half", "half a million", "half a dozen"; not "the second half", not "half-hearted". */
  private boolean bareFraction(int i, NumberLexicon.Word w) {
    if (w.fraction() != 0.5 || t.lastChar(i) == 's' || t.lastChar(i) == 'S') {
      return false;
    }
    int p = i - 1;
    if (t.is(p, "the") || (p >= 0 && t.word[p] != null && t.word[p].ordinal() > 0 && t.type[p] == Tokens.WORD)
        || (isArticle(p) && t.is(p - 1, "and"))) {
      return false; // "the second half"; "another hour and a half", whose head is no number
    }
    if (t.isPunct(i + 1, '-') && t.joined(i + 1) && t.joined(i + 2)) {
      NumberLexicon.Word x = t.word[i + 2];
      if (t.type[i + 2] != Tokens.WORD || x == null || x.unit() == null || x.unit().kind() != Kind.DURATION) {
        return false;
      }
    }
    if (isArticle(i + 1) && i + 2 < t.n && t.word[i + 2] != null && t.word[i + 2].isMultiplier()) {
      nValue = 0.5 * t.word[i + 2].multiplier();
      nEnd = i + 3;
      return true;
    }
    nKind = Kind.FRACTION;
    nValue = 0.5;
    nEnd = i + 1;
    return true;
  }

  /**
   * Number words from token i: "two hundred and five", "fifty-one", "one hundred thousand", "twenty-first".
   * {@code preset} is 1 for "a hundred" (the article counts as one).
   */
  private void cardinalWords(int i, double preset) {
    double total = 0;
    double current = preset;
    boolean any = preset > 0;
    boolean small = false;
    boolean tens = false;
    int j = i;
    while (j < t.n) {
      if (t.type[j] == Tokens.WORD) {
        NumberLexicon.Word x = t.word[j];
        if (x != null && x.isCardinal()) {
          double v = x.cardinal();
          if (small) {
            if (tens && v >= 1 && v < 10) {
              current += v;
              tens = false;
              j++;
              continue;
            }
            break;
          }
          current += v;
          small = true;
          tens = v >= 20 && v < 100 && v % 10 == 0;
          any = true;
          j++;
          continue;
        }
        if (x != null && x.isMultiplier() && any) {
          double m = x.multiplier();
          nScale = m;
          if (m < 1000) {
            current = (current == 0 ? 1 : current) * m;
          } else if (current == 0 && total > 0 && total < m) {
            total *= m; // a scale on a scale: "three lakh crore" is 3 x 100,000 x 10,000,000
          } else {
            total += (current == 0 ? 1 : current) * m;
            current = 0;
          }
          small = false;
          tens = false;
          j++;
          continue;
        }
        if (x != null && x.ordinal() > 0 && x.ordinal() < 10 && tens && t.joined(j) && t.isPunct(j - 1, '-')) {
          nKind = Kind.ORDINAL;
          current += x.ordinal();
          j++;
          break;
        }
        // "two hundred and five": "and" only after hundred/thousand and before a counting word
        if (any && !small && t.is(j, "and") && j + 1 < t.n && t.word[j + 1] != null && t.word[j + 1].isCardinal()
            && t.type[j + 1] == Tokens.WORD) {
          j++;
          continue;
        }
        break;
      }
      if (tens && hyphenLink(j) && t.type[j + 1] == Tokens.WORD
          && t.word[j + 1] != null
          && ((t.word[j + 1].isCardinal() && t.word[j + 1].cardinal() < 10)
              || (t.word[j + 1].ordinal() > 0 && t.word[j + 1].ordinal() < 10))) {
        j++;
        continue;
      }
      break;
    }
    nValue = total + current;
    nEnd = j;
  }

  /** Scale words after digits: "1.5 million", "13 thousand", "two dozen", "10 bn". */
  private void scaleWords() {
    while (nEnd < t.n && t.type[nEnd] == Tokens.WORD && t.word[nEnd] != null) {
      NumberLexicon.Word w = t.word[nEnd];
      // an abbreviation of two letters or more also scales after a space ("10 bn"); one letter ("5 m") may be a unit
      double m = w.isMultiplier() ? w.multiplier() : w.isAbbreviation() && t.length(nEnd) >= 2 && w.unit() == null
          ? w.abbreviation() : Double.NaN;
      if (Double.isNaN(m)) {
        break;
      }
      nValue *= m;
      nScale *= m;
      nEnd++;
    }
    if (nScale == 100 || nScale == 1000) {
      digitsAfterScale(nScale);
    }
  }

  /**
   * The rest of a number written in digits and scale words: "4 thousand 3 hundred and 21", "3 hundred and one";
   * only after hundred and thousand, and each part below the scale before it ("2 million and 300" stays two).
   */
  private void digitsAfterScale(double scale) {
    while (nEnd + 1 < t.n) {
      int k = nEnd;
      if (plainDigits(k) && t.word[k + 1] != null && t.type[k + 1] == Tokens.WORD && t.word[k + 1].isMultiplier()
          && t.word[k + 1].multiplier() < scale && digits(t.begin[k], t.end[k]) < 10) {
        scale = t.word[k + 1].multiplier();
        nValue += digits(t.begin[k], t.end[k]) * scale; // "4 thousand 3 hundred"
        nEnd = k + 2;
        continue;
      }
      if (t.is(k, "and")) {
        double v = Double.NaN;
        int e = k + 2;
        if (plainDigits(k + 1)) {
          v = digits(t.begin[k + 1], t.end[k + 1]);
        } else if (cardinalWordAt(k + 1)) {
          v = wordsValue(k + 1, k + 2, -1, 0, false);
          if (hyphenLink(k + 2) && cardinalWordAt(k + 3)) {
            v = wordsValue(k + 1, k + 4, -1, 0, false); // "and twenty-one"
            e = k + 4;
          }
        }
        if (v >= 0 && v < scale && (e >= t.n || !(t.type[e] == Tokens.WORD && t.word[e] != null
            && t.word[e].isMultiplier()))) {
          nValue += v; // "3 hundred and 21"
          nEnd = e;
        }
      }
      return;
    }
  }

  /**
   * Decimals read aloud: "two hundred point zero three" (digit words one by one) or "two point seventy-one" (one
   * number read as the digits after the point).
   */
  private void spokenDecimal() {
    if (nKind != Kind.COUNT || !t.is(nEnd, "point") || !cardinalWordAt(nEnd + 1)) {
      return;
    }
    double first = t.word[nEnd + 1].cardinal();
    if (first < 10) {
      StringBuilder d = new StringBuilder();
      int j = nEnd + 1;
      while (cardinalWordAt(j) && t.word[j].cardinal() < 10 && t.word[j].cardinal() == Math.rint(t.word[j].cardinal())) {
        d.append((int) t.word[j].cardinal());
        j++;
      }
      nValue += Double.parseDouble("0." + d);
      nEnd = j;
      return;
    }
    int save = nEnd;
    double whole = nValue;
    cardinalWords(save + 1, 0);
    if (nKind != Kind.COUNT || nValue >= 100 || nValue != Math.rint(nValue)) {
      nKind = Kind.COUNT;
      nValue = whole;
      nEnd = save;
      return;
    }
    nValue = whole + Double.parseDouble("0." + (long) nValue);
  }

  private boolean cardinalWordAt(int k) {
    return k < t.n && t.type[k] == Tokens.WORD && t.word[k] != null && t.word[k].isCardinal();
  }

  /**
   * "four and a half", "one and a half million", "five and a quarter", "three and a fifth": a whole number and
   * one part, written with the article.
   */
  private void andAHalf() {
    if (nKind == Kind.COUNT && t.is(nEnd, "and") && isArticle(nEnd + 1) && nEnd + 2 < t.n
        && t.type[nEnd + 2] == Tokens.WORD && t.word[nEnd + 2] != null && t.word[nEnd + 2].isFraction()) {
      double part = t.word[nEnd + 2].fraction();
      nEnd += 3;
      if (nEnd < t.n && t.type[nEnd] == Tokens.WORD && t.word[nEnd] != null && t.word[nEnd].isMultiplier()) {
        double m = t.word[nEnd].multiplier();
        // "one and a half million" is 1.5 million; "3 million and a half million" adds half a million
        nValue = nScale > 1 ? nValue + part * m : (nValue + part) * m;
        nEnd++;
      } else {
        // "3 million and a half" is half a million more, "four and a half" a half more
        nValue += nScale >= 1e6 ? part * nScale : part;
      }
    }
  }

  /** "one-fifth", "two-thirds", "three quarters", "one third", "one half". */
  private void wordFraction() {
    if (nKind != Kind.COUNT || nValue < 1 || nValue > 99 || nValue != Math.rint(nValue)) {
      return;
    }
    int k = nEnd;
    boolean hyphen = t.isPunct(k, '-') && t.joined(k) && t.joined(k + 1);
    if (hyphen) {
      k++;
    }
    if (k >= t.n || t.type[k] != Tokens.WORD || t.word[k] == null || !t.word[k].isFraction()) {
      return;
    }
    NumberLexicon.Word f = t.word[k];
    boolean pluralForm = f.isPureFraction() && Character.toLowerCase(t.lastChar(k)) == 's';
    if (hyphen || pluralForm || nValue == 1) {
      nValue *= f.fraction();
      nKind = Kind.FRACTION;
      nEnd = k + 1;
    }
  }

  /** Plain-number value of digits with thousands commas and a decimal point; long digit runs fall back to double. */
  private double digits(int b, int e) {
    long mantissa = 0;
    int count = 0;
    int decimals = -1;
    for (int i = b; i < e; i++) {
      char c = t.text.charAt(i);
      if (c == '.') {
        decimals = 0;
      } else if (c >= '0' && c <= '9') {
        if (count >= 18) {
          return Double.parseDouble(t.text.substring(b, e).replace(",", ""));
        }
        mantissa = mantissa * 10 + (c - '0');
        count++;
        if (decimals >= 0) {
          decimals++;
        }
      }
    }
    return decimals > 0 ? mantissa / Math.pow(10, decimals) : mantissa;
  }

  /**
   * One-letter scales that cannot be a unit when glued to digits: k/K ("10k", "100K") and capital M and B ("10M",
   * "3B"); a small m stays metres ("5m") unless a currency is written ("€2.5m").
   */
  private boolean plainScaleLetter(int d, int e) {
    if (e - d != 1) {
      return false;
    }
    char c = t.text.charAt(d);
    return c == 'k' || c == 'K' || c == 'M' || c == 'B';
  }

  private boolean lettersOnly(int b, int e) {
    for (int i = b; i < e; i++) {
      if (!Character.isLetter(t.text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isOrdinalSuffix(int b, int e) {
    if (e - b != 2) {
      return false;
    }
    char x = WordMap.fold(t.text.charAt(b));
    char y = WordMap.fold(t.text.charAt(b + 1));
    return (x == 's' && y == 't') || (x == 'n' && y == 'd') || (x == 'r' && y == 'd') || (x == 't' && y == 'h');
  }

  private boolean isArticle(int k) {
    return k >= 0 && k < t.n && t.type[k] == Tokens.WORD && t.word[k] != null && t.word[k].isArticle();
  }

  /** A word that can be the noun after "a third": not a function word, "of", a number or punctuation. */
  private boolean contentWordAt(int k) {
    if (k >= t.n || t.type[k] != Tokens.WORD) {
      return false;
    }
    NumberLexicon.Word w = t.word[k];
    return w == null || (w.nounClass() != NumberLexicon.NounClass.FUNCTION && !w.isArticle() && !w.isCardinal());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // spoken fractions and compound ordinals

  /** set by {@link #wordsValue}: the last scale word of the phrase read (100 for "three hundred and two") */
  private double wLastScale;

  /**
   * Spoken fractions and ordinals built from several number words, starting at token i (a number word or an
   * article): "three twenty-firsts", "one hundred thirty fifths" (100/35), "one hundred and thirty fifths" (130/5),
   * "a hundred trillionths", "one one hundred fifth" (1/105); mixed numbers, where "and" joins a whole number and a
   * part smaller than one ("two hundred and fifty-four hundredths" is 200.54, "six million and two thirds" a third of
   * a million more than six million); a part of a scale ("one billion and three quarters million", "three quarters
   * billion"); ordinals above the teens ("one hundred twenty fifth", "two hundredth", "three trillionth"). Returns
   * false, leaving nothing set, when the words from i do not end in such a denominator; the plain readings then run.
   */
  private boolean spokenFraction(int i) {
    int d = i;
    if (isArticle(d)) {
      d++;
    }
    // the run of number words, "and" and hyphens before the denominator
    while (d < t.n) {
      if (t.type[d] == Tokens.WORD && t.word[d] != null && (t.word[d].isCardinal() || t.word[d].isMultiplier())) {
        d++;
      } else if ((t.is(d, "and") || hyphenLink(d)) && d > i && d + 1 < t.n && t.type[d + 1] == Tokens.WORD
          && (t.word[d + 1] != null || denominator(d + 1) > 0)) {
        d++; // "twenty-firsts": the plural of an ordinal is known by its singular
        if (t.word[d] == null) {
          break;
        }
      } else if (isArticle(d) && t.is(d - 1, "and")) {
        d++;
      } else {
        break;
      }
    }
    if (d <= i || d >= t.n || t.type[d] != Tokens.WORD || denominator(d) <= 0) {
      return false;
    }
    double den = denominator(d);
    boolean singular = dSingular;
    boolean scaleOrdinal = dScale;
    if (t.isPunct(d + 1, '-') && t.joined(d + 1)) {
      return false; // "a twenty-first-century idea": an ordinal in a compound adjective
    }
    boolean contentAfter = (singular && dOrdinal && contentWordAt(d + 1)) || dSecond;
    // a mixed number: a whole, "and", a part below one
    for (int a = d - 1; a > i; a--) {
      if (!t.is(a, "and")) {
        continue;
      }
      double whole = wordsValue(i, a, -1, 0, false);
      double wholeScale = wLastScale;
      double part = contentAfter ? Double.NaN : fractionValue(a + 1, d, den, singular, scaleOrdinal);
      if (!Double.isNaN(whole) && part < 1) {
        double scaleAfter = scaleAfter(d + 1);
        if (!Double.isNaN(scaleAfter)) {
          // "one billion and a half million" adds half a million; "five and a half million" is 5.5 million
          if (wholeScale > 1) {
            part *= scaleAfter;
          } else {
            whole *= scaleAfter;
            part *= scaleAfter;
          }
        } else if (wholeScale >= 1e6) {
          part *= wholeScale; // "two million and three fifths": a part of the million
        }
        nStart = i;
        nKind = Kind.COUNT;
        nValue = whole + part;
        nEnd = Double.isNaN(scaleAfter) ? d + 1 : scaleEnd;
        return true;
      }
      break;
    }
    double f = contentAfter ? Double.NaN : fractionValue(i, d, den, singular, scaleOrdinal);
    if (!Double.isNaN(f)) {
      nStart = i;
      nEnd = d + 1;
      double scale = scaleAfter(d + 1);
      if (!Double.isNaN(scale)) {
        nKind = Kind.COUNT; // "three quarters billion"
        nValue = f * scale;
        nEnd = scaleEnd;
      } else {
        nKind = Kind.FRACTION;
        nValue = f;
      }
      return true;
    }
    // an ordinal of several words: the last one after a tens word or "and", or a scale ordinal ("two hundredth");
    // "one hundred first responders" stays a count of responders
    if (dOrdinal && singular && !isArticle(i)
        && (scaleOrdinal || t.is(d - 1, "and") || tensWordAt(d - 1) || (hyphenLink(d - 1) && tensWordAt(d - 2)))) {
      if (t.is(d, "second") && !(tensWordAt(d - 1) && d - 2 >= i && t.word[d - 2] != null
          && t.word[d - 2].isMultiplier())) {
        return false; // "twenty second" is mostly a duration; "three hundred twenty second" an ordinal
      }
      double v = wordsValue(i, d + 1, d, dOrdinalValue, scaleOrdinal);
      if (!Double.isNaN(v) && d > i) {
        nStart = i;
        nKind = Kind.ORDINAL;
        nValue = v;
        nEnd = d + 1;
        return true;
      }
    }
    if (dOrdinal && singular && isArticle(i) && scaleOrdinal && d > i + 1) {
      double v = wordsValue(i, d + 1, d, dOrdinalValue, true); // "a hundred trillionth"
      if (!Double.isNaN(v)) {
        nStart = i;
        nKind = Kind.ORDINAL;
        nValue = v;
        nEnd = d + 1;
        return true;
      }
    }
    return false;
  }

  // what denominator() found out about its token
  private boolean dSingular;
  private boolean dScale;
  private boolean dOrdinal;
  private double dOrdinalValue;
  /** the denominator is "second": never a part ("one second" is a duration), an ordinal only in a long compound */
  private boolean dSecond;

  /**
   * The denominator a word names: an ordinal ("fifth" 5, "twenty-firsts" via "firsts" 1, "hundredths" 100) or a
   * fraction word ("quarters" 4, "half" 2); 0 when it names none. "seconds" is left to durations.
   */
  private double denominator(int k) {
    NumberLexicon.Word w = t.word[k];
    boolean plural = false;
    if ((w == null || (w.ordinal() == 0 && !w.isFraction())) && t.length(k) > 3
        && Character.toLowerCase(t.lastChar(k)) == 's') {
      w = lexicon.word(t.text, t.begin[k], t.end[k] - 1); // "firsts", "trillionths"
      plural = true;
      if (w != null && w.isCardinal()) {
        return 0;
      }
    }
    dSecond = t.is(k, "second");
    if (w == null || t.is(k, "seconds")) {
      return 0;
    }
    if (w.isPureFraction() && !plural && Character.toLowerCase(t.lastChar(k)) == 's' && t.length(k) > 3) {
      NumberLexicon.Word stem = lexicon.word(t.text, t.begin[k], t.end[k] - 1);
      if (stem != null && stem.ordinal() > 0) {
        w = stem; // "fifths" is the plural of "fifth": "twenty fifths" is 20 over 5 or 1 over 25
        plural = true;
      }
    }
    if (w.ordinal() > 0) {
      dOrdinal = true;
      dOrdinalValue = w.ordinal();
      dSingular = !plural;
      int o = w.ordinal();
      dScale = o == 100 || o == 1000 || o == 1_000_000 || o == 1_000_000_000;
      return o;
    }
    if (w.isPureFraction()) {
      dOrdinal = false;
      dOrdinalValue = 0;
      dScale = false;
      dSingular = Character.toLowerCase(t.lastChar(k)) != 's';
      return 1 / w.fraction();
    }
    return 0;
  }

  /**
   * numerator/denominator of the words [a, d], d being the denominator token: the longest denominator phrase that
   * leaves a well-formed numerator ("one hundred thirty fifths" is 100 over 35, "ninety-five hundred fifths" 9,500
   * over 5); a singular denominator takes only one ("one twenty-fifth", "a thirtieth"). NaN when none reads.
   */
  private double fractionValue(int a, int d, double den, boolean singular, boolean scaleOrdinal) {
    for (int s = a + 1; s <= d; s++) {
      int numEnd = s == d && hyphenLink(s - 1) ? s - 1 : s; // "one - fourth", "hundred-fifths"
      if (numEnd <= a) {
        continue;
      }
      double denominator;
      if (s == d) {
        denominator = den;
      } else if (t.word[s] != null && t.word[s].isCardinal() && dOrdinal) {
        denominator = wordsValue(s, d + 1, d, dOrdinalValue, scaleOrdinal);
      } else {
        continue;
      }
      double numerator = wordsValue(a, numEnd, -1, 0, false);
      if (Double.isNaN(denominator) || Double.isNaN(numerator) || !(denominator > 0)
          || (singular && numerator != 1)) {
        continue;
      }
      return numerator / denominator;
    }
    return Double.NaN;
  }

  /**
   * The value of the number words [a, b) when every token takes part ("three hundred and two", "ninety - five",
   * "a hundred"), else NaN; token {@code ordTok} counts as the number {@code ordValue} (a scale when
   * {@code ordScale}: the "hundredth" of "two hundredth"). The grammar of {@link #cardinalWords}, strictly.
   */
  private double wordsValue(int a, int b, int ordTok, double ordValue, boolean ordScale) {
    double total = 0;
    double current = 0;
    boolean any = false;
    boolean small = false;
    boolean tens = false;
    wLastScale = 1;
    for (int j = a; j < b; j++) {
      NumberLexicon.Word x = t.type[j] == Tokens.WORD ? t.word[j] : null;
      boolean isCard = j != ordTok && x != null && x.isCardinal();
      boolean isMult = j == ordTok ? ordScale : x != null && x.isMultiplier();
      double v = j == ordTok ? ordValue : isCard ? x.cardinal() : isMult ? x.multiplier() : 0;
      if (j == a && isArticle(j)) {
        current = 1;
        any = true;
        small = true; // "a five" is no number; "a hundred" is
        continue;
      }
      if (isCard || (j == ordTok && !ordScale)) {
        if (small) {
          if (tens && v >= 1 && v < 10) {
            current += v;
            tens = false;
            continue;
          }
          return Double.NaN;
        }
        current += v;
        small = true;
        tens = v >= 20 && v < 100 && v % 10 == 0;
        any = true;
        continue;
      }
      if (isMult) {
        if (!any && !(j == a + 1 && isArticle(a))) {
          return Double.NaN;
        }
        wLastScale = v;
        if (v < 1000) {
          current = (current == 0 ? 1 : current) * v;
        } else if (current == 0 && total > 0 && total < v) {
          total *= v;
        } else {
          total += (current == 0 ? 1 : current) * v;
          current = 0;
        }
        small = false;
        tens = false;
        continue;
      }
      if (t.is(j, "and") && any && !small && j + 1 < b) {
        continue;
      }
      if (hyphenLink(j) && tens && j + 1 < b) {
        continue;
      }
      return Double.NaN;
    }
    return any ? total + current : Double.NaN;
  }

  /** A hyphen between two words, joined to both ("fifty-two") or spaced from both ("fifty - two"). */
  private boolean hyphenLink(int k) {
    return t.isPunct(k, '-') && k + 1 < t.n && (t.joined(k) && t.joined(k + 1) || t.space[k] && t.space[k + 1]);
  }

  private boolean tensWordAt(int k) {
    if (k < 0 || k >= t.n || t.type[k] != Tokens.WORD || t.word[k] == null || !t.word[k].isCardinal()) {
      return false;
    }
    double v = t.word[k].cardinal();
    return v >= 20 && v < 100 && v % 10 == 0;
  }

  /** The scale word at k that a part scales ("three quarters billion", "two thirds of a million"), else NaN. */
  private double scaleAfter(int k) {
    if (t.is(k, "of") && isArticle(k + 1)) {
      k += 2;
    }
    if (k < t.n && t.type[k] == Tokens.WORD && t.word[k] != null && t.word[k].isMultiplier()
        && t.word[k].multiplier() >= 1000) {
      scaleEnd = k + 1;
      return t.word[k].multiplier();
    }
    return Double.NaN;
  }

  /** the token after the scale word scaleAfter found */
  private int scaleEnd;

  // ---------------------------------------------------------------------------------------------------------------
  // quantities: numeral, range, unit

  private boolean parseWordNumber(int i) {
    NumberLexicon.Word w = t.word[i];
    if (t.joined(i) && t.isPunct(i - 1, '-') && t.joined(i - 1)) {
      // the end of "one-on-one", "three-on-three", "face-to-face": a compound word, not a number
      return false;
    }
    if (w.isCardinal() && w.cardinal() == 1) {
      // "the one that", "no one", "one another", "one-on-one", "one-off"
      int p = i - 1;
      if (t.is(p, "the") || t.is(p, "no") || t.is(p, "any") || t.is(p, "every") || t.is(p, "each")
          || t.is(p, "this") || t.is(p, "that") || t.is(p, "which") || t.is(i + 1, "another")) {
        return false;
      }
    }
    if (w.isCardinal() && w.cardinal() >= 1 && w.cardinal() <= 12 && w.cardinal() == Math.rint(w.cardinal())) {
      int e = clockSuffix(i + 1);
      if (e > 0) {
        time(i, (int) w.cardinal(), 0, e);
        return true;
      }
    }
    return parseQuantity(i);
  }

  private boolean parseQuantity(int i) {
    if (isArticle(i) && i + 1 < t.n && t.type[i + 1] == Tokens.WORD && t.word[i + 1] != null) {
      NumberLexicon.Word x = t.word[i + 1];
      if (x.unit() != null && x.unit().kind() == Kind.DURATION && x.ordinal() == 0) {
        // "an hour", "a week" - but "three attacks a day", "twice a week" are rates
        if (isRate(i)) {
          return false;
        }
        kind = Kind.DURATION;
        value = 1;
        numStart = i;
        numEnd = i + 1;
        applyUnit(x.unit(), i + 1, i + 2);
        endTok = durationTail(i + 2);
        return true;
      }
    }
    if (!numeral(i)) {
      return false;
    }
    startTok = nStart;
    numStart = nStart;
    numEnd = nEnd;
    value = nValue;
    kind = nKind;
    if (nApprox) {
      inherent = Qualifier.ABOUT;
    }
    int j = nEnd;
    if (kind == Kind.ORDINAL) {
      endTok = j;
      return true;
    }
    if (kind == Kind.COUNT) {
      j = range(j);
    }
    if (kind == Kind.FRACTION && value == 0.5 && isArticle(j) && durationUnitAt(j + 1) != null) {
      // "half an hour"
      kind = Kind.DURATION;
      applyUnit(durationUnitAt(j + 1), j + 1, j + 2);
      endTok = durationTail(j + 2);
      return true;
    }
    if (nApprox && t.is(j, "of") && unitAt(j + 1) != null) {
      j++;
    }
    if (kind == Kind.COUNT || (kind == Kind.FRACTION && value == 0.5)) {
      // fused compound: "five-hour", "12-hour", "nine-storey", "28-point", "two-year-old"
      if (t.isPunct(j, '-') && t.joined(j) && t.joined(j + 1) && j + 1 < t.n && t.type[j + 1] == Tokens.WORD) {
        NumberLexicon.Word x = t.word[j + 1];
        Unit u = x == null ? null : x.unit();
        if (u != null && u.position().allowsAfter()) {
          applyUnit(u, j + 1, j + 2);
          j += 2;
          if (u.kind() == Kind.DURATION && u.unit().equals("year") && t.isPunct(j, '-') && t.joined(j)
              && t.is(j + 1, "old") && t.joined(j + 1)) {
            return age(j + 2);
          }
          endTok = j;
          return true;
        }
        if (kind == Kind.COUNT && x != null && x.nounClass() == NumberLexicon.NounClass.ADJECTIVE) {
          // "a 600,000-strong army": the count of what follows
          endTok = j + 2;
          return true;
        }
        if (kind == Kind.FRACTION || !nounLike(j + 1)) {
          // "half-hearted", "one-on-one", "two-pronged": not a quantity
          return false;
        }
        fusedNounTok = j + 1;
        endTok = j + 2;
        return true;
      }
      Unit millions = kind == Kind.COUNT ? millionsOf(j) : null;
      if (millions != null) {
        // "30 MUSD", "120 MEUR": millions of the currency, finance shorthand
        kind = Kind.MONEY;
        unit = millions;
        unitName = unit.unit();
        value *= 1e6;
        endTok = j + 1;
        return true;
      }
      if (kind == Kind.FRACTION && isVulgarFraction(numStart)) {
        Unit u = unitAt(j);
        if (u != null && u.kind() != Kind.MONEY && u.kind() != Kind.AGE && u.kind() != Kind.DURATION) {
          int unitEnd = unitTokEnd;
          applyUnit(u, j, unitEnd); // "½ teaspoon", "½ mile"
          endTok = unitEnd;
          return true;
        }
      }
      if (kind == Kind.COUNT) {
        Unit u = unitAt(j);
        if (u != null) {
          int unitEnd = unitTokEnd;
          applyUnit(u, j, unitEnd);
          j = unitEnd;
          if (u.kind() == Kind.AGE) {
            return age(j); // "a 87 yo man"
          }
          if (u.kind() == Kind.MONEY) {
            if (j < t.n && t.type[j] == Tokens.WORD && t.word[j] != null && t.word[j].isMultiplier()
                && t.word[j].multiplier() >= 1000) {
              value *= t.word[j].multiplier(); // "75 USD million"
              numEnd = j + 1;
              j++;
            } else {
              j = cents(j);
            }
          }
          if (u.kind() == Kind.DURATION) {
            if (u.unit().equals("year") && (t.is(j, "old") || (t.is(j, "of") && t.is(j + 1, "age")))) {
              return age(t.is(j, "old") ? j + 1 : j + 2);
            }
            if (isAgeUnit(u) && (t.is(j, "old") || (t.is(j, "of") && t.is(j + 1, "age")))) {
              // "ten months old", "6 weeks of age": an age in a smaller unit, which is kept
              String smaller = u.unit();
              age(t.is(j, "old") ? j + 1 : j + 2);
              unitName = smaller;
              return true;
            }
            j = durationTail(j);
          }
        }
      }
    }
    endTok = j;
    return true;
  }

  private static boolean isAgeUnit(Unit u) {
    return u.unit().equals("month") || u.unit().equals("week") || u.unit().equals("day");
  }

  private boolean age(int end) {
    kind = Kind.AGE;
    unit = null;
    unitName = null;
    hours = NONE;
    unitTokBegin = -1;
    unitTokEnd = -1;
    endTok = end;
    return true;
  }

  /** A word that can be fused after "nine-" as what is counted: not a function word or a participle. */
  private boolean nounLike(int k) {
    NumberLexicon.Word x = t.word[k];
    if (x != null && (x.nounClass() == NumberLexicon.NounClass.FUNCTION || x.isCardinal() || x.isArticle())) {
      return false;
    }
    return !CountedNoun.endsWith(t, k, "ed");
  }

  /** "once a day", "three attacks a day", "600 a day": an article right after a number or its noun is "per". */
  private boolean isRate(int i) {
    int p = i - 1;
    return (i == lastEnd && out != null) || i == lastObjectEnd || t.is(p, "once") || t.is(p, "twice")
        || t.is(p, "thrice") || t.is(p, "times") || t.is(p, "per");
  }

  private void applyUnit(Unit u, int tokBegin, int tokEnd) {
    unit = u;
    unitName = u.unit();
    unitTokBegin = tokBegin;
    unitTokEnd = tokEnd;
    if (kind == Kind.COUNT || kind == Kind.FRACTION || kind == Kind.DURATION) {
      kind = u.kind();
    }
    hours = u.kind() == Kind.DURATION ? value * u.factor() : NONE;
  }

  /** "two hours and 45 minutes", "an hour and a half": adds a smaller unit to a duration. */
  private int durationTail(int j) {
    if (!t.is(j, "and")) {
      return j;
    }
    if (isArticle(j + 1) && t.is(j + 2, "half")) {
      value += 0.5;
      hours = value * unit.factor();
      return j + 3;
    }
    int savedEnd = unitTokEnd;
    if (numeral(j + 1) && nKind == Kind.COUNT) {
      Unit second = unitAt(nEnd);
      if (second != null && second.kind() == Kind.DURATION && second.factor() < unit.factor()) {
        hours += nValue * second.factor();
        value = hours / unit.factor();
        numEnd = nEnd;
        int end = unitTokEnd;
        unitTokEnd = savedEnd;
        return end;
      }
    }
    unitTokEnd = savedEnd;
    return j;
  }

  /** Longest unit phrase starting at token j (written after a number); sets unitTokEnd. */
  private Unit unitAt(int j) {
    PhraseTrie.Node<Unit> node = lexicon.units();
    Unit best = null;
    for (int k = j; k < t.n && k < j + 4; k++) {
      if (t.type[k] == Tokens.NUM || (k > j && t.type[k] == Tokens.ALNUM) || (k > j && t.type[k] == Tokens.PUNCT)
          || (t.type[k] == Tokens.ALNUM && t.digitEnd[k] != t.begin[k])) {
        break; // a unit may be letters and a digit ("km2"), never digits first
      }
      node = node.child(t.text, t.begin[k], t.end[k]);
      if (node == null) {
        break;
      }
      Unit u = node.value();
      if (u != null && u.position().allowsAfter()) {
        best = u;
        unitTokEnd = k + 1;
      }
    }
    return best;
  }

  private Unit durationUnitAt(int k) {
    if (k >= t.n || t.type[k] != Tokens.WORD || t.word[k] == null) {
      return null;
    }
    Unit u = t.word[k].unit();
    return u != null && u.kind() == Kind.DURATION ? u : null;
  }

  /**
   * Ranges: "40 to 50", "40-50", "between 40 and 50", "from 40 to 50", "5 to 7 million". Only when the upper
   * number is larger: "fell from 500 to 300" is two numbers.
   */
  private int range(int j) {
    boolean between = t.is(startTok - 1, "between");
    int k;
    if (between && t.is(j, "and")) {
      k = j + 1;
    } else if (t.is(j, "to") || t.is(j, "through")) {
      k = j + 1;
    } else if (t.isPunct(j, '-') && (t.joined(j) && t.joined(j + 1) || t.space[j] && j + 1 < t.n && t.space[j + 1])
        && digitsAt(j - 1) && j + 1 < t.n && digitsAt(j + 1)) {
      k = j + 1; // "40-50", "1000 - 5000", "5k-20k"
    } else {
      return j;
    }
    if (currencyContext && k < t.n && t.word[k] != null && isCurrencyBefore(t.word[k])) {
      k++; // "between $40 and $50"
    }
    double lo = value;
    double loScale = nScale;
    int savedStart = nStart;
    int savedEnd = nEnd;
    boolean savedApprox = nApprox;
    if (!numeral(k) || nKind != Kind.COUNT || nApprox || !(nValue > lo)) {
      restoreLowBound(savedStart, savedEnd, lo, savedApprox, loScale);
      return j;
    }
    if ((t.isPunct(nEnd, '-') || t.isPunct(nEnd, '/')) && t.joined(nEnd) && digitsAt(nEnd + 1)
        && t.joined(nEnd + 1) || (t.isPunct(startTok - 1, '-') || t.isPunct(startTok - 1, '/'))
        && t.joined(startTok) && t.joined(startTok - 1) && digitsAt(startTok - 2)) {
      // "222-2222-2222": a chain of three or more groups is a phone number or code, no range
      restoreLowBound(savedStart, savedEnd, lo, savedApprox, loScale);
      return j;
    }
    double hi = nValue;
    if (loScale == 1 && nScale > 1 && lo * nScale < hi && hi % nScale == 0) {
      lo *= nScale; // "5 to 7 million", "between two and four thousand"
    }
    value = lo;
    valueMax = hi;
    numEnd = nEnd;
    if (between || t.is(startTok - 1, "from")) {
      startTok--;
    }
    return nEnd;
  }

  /** Digits, or digits with a scale letter ("5k"), at token k. */
  private boolean digitsAt(int k) {
    return k >= 0 && k < t.n && (t.type[k] == Tokens.NUM || t.type[k] == Tokens.ALNUM && t.digitEnd[k] > t.begin[k]);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // money

  /** "$60 billion", "€1.5m", "US$5", "USD 5 million", "just under $66". */
  private boolean parseMoney(int i) {
    Unit currency = t.word[i].unit();
    currencyContext = true;
    if (!numeral(i + 1) || nKind != Kind.COUNT) {
      return false;
    }
    if (nEnd < t.n && t.type[nEnd] == Tokens.WORD && t.word[nEnd] != null && t.word[nEnd].isAbbreviation()) {
      nValue *= t.word[nEnd].abbreviation();
      nEnd++;
    }
    startTok = i;
    Unit named = t.type[i] == Tokens.PUNCT ? symbolNamed(i) : null;
    if (named != null) {
      currency = named; // "HK$", "C $", "NZD$": the word before the symbol says whose dollar
      startTok = i - 1;
    }
    kind = Kind.COUNT;
    value = nValue;
    numStart = nStart;
    numEnd = nEnd;
    endTok = range(nEnd); // "$5-7 billion", "between $40 and $50"
    kind = Kind.MONEY;
    unit = currency;
    unitName = currency.unit();
    if (Double.isNaN(valueMax)) {
      endTok = cents(endTok);
    }
    return true;
  }

  /** The currency a word and the symbol at i name together ("hk $" in units.tsv), or null. */
  private Unit symbolNamed(int i) {
    int p = i - 1;
    if (p < lastEnd || p < 0 || t.type[p] != Tokens.WORD || (t.joined(p) && t.isPunct(p - 1, '.'))) {
      return null; // the "s" of "u.s $" is the end of an abbreviation, no Singapore
    }
    PhraseTrie.Node<Unit> node = lexicon.units().child(t.text, t.begin[p], t.end[p]);
    node = node == null ? null : node.child(t.text, t.begin[i], t.end[i]);
    Unit u = node == null ? null : node.value();
    return u != null && u.kind() == Kind.MONEY && u.position().allowsBefore() ? u : null;
  }

  /**
   * The hundredths after an amount in a currency's whole units: "3 dollars 50 cents", "thirteen dollars and
   * forty-five cents", "15 dollars 50." (a bare number only where the clause ends); not "50 dollars 40 rmb" (two
   * amounts) or "10 dollars and 20 people". Returns the token after what it read.
   */
  private int cents(int j) {
    if (unit == null || unit.kind() != Kind.MONEY || unit.factor() != 1 || value != Math.rint(value)) {
      return j;
    }
    int k = t.is(j, "and") ? j + 1 : j;
    int savedUnitEnd = unitTokEnd;
    if (k >= t.n || !numeral(k) || nKind != Kind.COUNT || nScale != 1 || !(nValue >= 1 && nValue < 100)
        || nValue != Math.rint(nValue) || nApprox) {
      unitTokEnd = savedUnitEnd;
      return j;
    }
    int e = nEnd;
    Unit hundredths = unitAt(e);
    if (hundredths != null) {
      if (hundredths.kind() != Kind.MONEY || hundredths.factor() != 0.01) {
        unitTokEnd = savedUnitEnd;
        return j;
      }
      e = unitTokEnd;
    } else if (!(e == t.n || t.type[e] == Tokens.PUNCT && !isCurrencyBefore(t.word[e]))) {
      unitTokEnd = savedUnitEnd;
      return j;
    }
    unitTokEnd = savedUnitEnd;
    value += nValue / 100;
    numEnd = nEnd;
    return e;
  }

  /**
   * "MUSD", "MEUR", "MGBP": a capital M before a currency code is millions of it (finance shorthand); the currency,
   * or null.
   */
  private Unit millionsOf(int k) {
    if (k < 0 || k >= t.n || t.end[k] - t.begin[k] != 4 || t.text.charAt(t.begin[k]) != 'M'
        || t.type[k] != Tokens.WORD || t.word[k] != null || !t.allCaps(k)) {
      return null;
    }
    NumberLexicon.Word code = lexicon.word(t.text, t.begin[k] + 1, t.end[k]);
    Unit u = code == null ? null : code.unit();
    return u != null && u.kind() == Kind.MONEY && u.position() == NumberLexicon.Position.EITHER ? u : null;
  }

  /** "MAUD 60": millions of a currency written before the amount. */
  private boolean parseMillionsBefore(int i) {
    Unit currency = millionsOf(i);
    if (currency == null || !numeral(i + 1) || nKind != Kind.COUNT) {
      return false;
    }
    startTok = i;
    numStart = nStart;
    numEnd = nEnd;
    endTok = nEnd;
    kind = Kind.MONEY;
    value = nValue * 1e6;
    unit = currency;
    unitName = currency.unit();
    return true;
  }

  /** "USD115", "USD50": the length of a capitalised currency code glued before the digits of token k, else 0. */
  private int codeLength(int k) {
    int b = t.begin[k];
    int x = b;
    while (x < t.end[k] && Character.isLetter(t.text.charAt(x))) {
      x++;
    }
    if (x - b < 3 || x == t.end[k]) {
      return 0;
    }
    for (int y = x; y < t.end[k]; y++) {
      if (!Tokens.isDigit(t.text.charAt(y))) {
        return 0;
      }
    }
    NumberLexicon.Word w = lexicon.word(t.text, b, x);
    if (w == null || !isCurrencyBefore(w)) {
      return 0;
    }
    for (int y = b; y < x; y++) {
      if (!Character.isUpperCase(t.text.charAt(y))) {
        return 0;
      }
    }
    return x - b;
  }

  /** "USD115", "USD115.5": a code glued to the amount. */
  private boolean parseGluedCode(int i) {
    int c = codeLength(i);
    if (c == 0) {
      return false;
    }
    int b = t.begin[i] + c;
    value = digits(b, t.end[i]);
    endTok = i + 1;
    if (t.isPunct(i + 1, '.') && t.joined(i + 1) && t.joined(i + 2) && i + 2 < t.n && plainDigits(i + 2)) {
      value = digits(b, t.end[i + 2]); // the decimals are a token of their own after letters and digits
      endTok = i + 3;
    }
    kind = Kind.MONEY;
    unit = lexicon.word(t.text, t.begin[i], b).unit();
    unitName = unit.unit();
    numEnd = endTok;
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // tokens that are digits glued to letters

  /** "21st", "1970s", "2am", "5km", "60bn", "15th January"; anything else glued to letters ("1e12") is skipped. */
  private boolean parseAlnum(int i) {
    int b = t.begin[i];
    int d = t.digitEnd[i];
    int e = t.end[i];
    if (!lettersOnly(d, e) || t.dots[i] > 1) {
      return false;
    }
    int digitCount = d - b;
    boolean plain = t.dots[i] == 0 && t.commas[i] == 0;
    if (plain && isOrdinalSuffix(d, e) && digitCount <= 2 && dayMonth(i, digits(b, d))) {
      return true;
    }
    if (plain && e - d == 1 && WordMap.fold(t.text.charAt(d)) == 's' && digitCount == 4
        && t.text.charAt(d - 1) == '0') {
      kind = Kind.YEAR;
      value = digits(b, d);
      year = (int) value;
      unitName = "decade";
      return true;
    }
    if (e - d == 2 && t.commas[i] == 0) {
      char x = WordMap.fold(t.text.charAt(d));
      if ((x == 'a' || x == 'p') && WordMap.fold(t.text.charAt(d + 1)) == 'm') {
        // "2am", "8.30pm"
        int dot = t.text.indexOf('.', b);
        int hEnd = dot >= 0 && dot < d ? dot : d;
        int h = hEnd - b <= 2 ? (int) digits(b, hEnd) : 0;
        int m = hEnd < d ? (d - hEnd == 3 ? (int) digits(hEnd + 1, d) : 60) : 0;
        if (h >= 1 && h <= 12 && m <= 59) {
          pm = x == 'p';
          time(i, h, m, i + 1);
          hour = to24(h);
          value = hour + m / 60.0;
          return true;
        }
        return false;
      }
    }
    NumberLexicon.Word suffix = lexicon.word(t.text, d, e);
    if (suffix != null && suffix.unit() != null && suffix.unit().position().allowsAfter()
        && (suffix.unit().kind() != Kind.MONEY || e - d >= 3 || t.text.charAt(d) > 127)) {
      // a currency glued after digits only as a code or a non-Latin sign ("115USD", "100元"): "5m" is no money
      kind = Kind.COUNT;
      value = digits(b, d);
      if (suffix.unit().kind() == Kind.AGE) {
        return age(i + 1);
      }
      applyUnit(suffix.unit(), i, i + 1);
      endTok = i + 1;
      return true;
    }
    return parseQuantity(i);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // dates, times, ages

  /** "28.11.2024": day.month.year. Other dotted numbers (versions) are skipped. */
  private boolean parseDottedDate(int i) {
    if (t.dots[i] != 2 || t.commas[i] != 0) {
      return false;
    }
    int b = t.begin[i];
    int e = t.end[i];
    int dot1 = t.text.indexOf('.', b);
    int dot2 = t.text.indexOf('.', dot1 + 1);
    return date(i, i + 1, (int) digits(dot2 + 1, e), dot2 + 1, e, (int) digits(dot1 + 1, dot2), dot2 - dot1 - 1,
        (int) digits(b, dot1), dot1 - b);
  }

  /** "2024-11-28" and "28/11/2024" (day first unless the second part cannot be a month). */
  private boolean parseNumericDate(int i) {
    if (!(i + 4 < t.n && t.joined(i + 1) && t.joined(i + 2) && t.joined(i + 3) && t.joined(i + 4)
        && t.type[i + 2] == Tokens.NUM && t.type[i + 4] == Tokens.NUM && plainDigits(i) && plainDigits(i + 2)
        && plainDigits(i + 4))) {
      return false;
    }
    char sep = t.isPunct(i + 1, '-') ? '-' : t.isPunct(i + 1, '/') ? '/' : 0;
    if (sep == 0 || !t.isPunct(i + 3, sep)) {
      return false;
    }
    int a = (int) digits(t.begin[i], t.end[i]);
    int b = (int) digits(t.begin[i + 2], t.end[i + 2]);
    int c = (int) digits(t.begin[i + 4], t.end[i + 4]);
    if (sep == '-') {
      return t.length(i) == 4 && date(i, i + 5, a, 0, 4, b, t.length(i + 2), c, t.length(i + 4));
    }
    if (b > 12 && a <= 12) {
      return date(i, i + 5, c, 0, t.length(i + 4), a, t.length(i), b, t.length(i + 2));
    }
    return date(i, i + 5, c, 0, t.length(i + 4), b, t.length(i + 2), a, t.length(i));
  }

  private boolean date(int i, int end, int y, int yStart, int yEnd, int m, int mLen, int d, int dLen) {
    int yLen = yEnd - yStart;
    if (m < 1 || m > 12 || d < 1 || d > 31 || mLen > 2 || dLen > 2 || (yLen != 4 && yLen != 2)) {
      return false;
    }
    kind = Kind.DATE;
    year = yLen == 2 ? 2000 + y : y;
    month = m;
    day = d;
    endTok = end;
    numEnd = end;
    value = year * 10000.0 + month * 100 + day;
    return true;
  }

  /** "January 15", "January 15, 2025", "Jan. 15th", "March 2024". */
  private boolean parseMonthFirstDate(int i) {
    int m = t.word[i].month();
    int k = i + 1;
    if (t.isPunct(k, '.') && t.joined(k)) {
      k++;
    }
    if (k >= t.n) {
      return false;
    }
    int d = dayAt(k);
    if (d > 0) {
      kind = Kind.DATE;
      month = m;
      day = d;
      numStart = k;
      numEnd = k + 1;
      endTok = k + 1;
      int y = t.isPunct(k + 1, ',') ? yearAt(k + 2) : yearAt(k + 1);
      if (y > 0) {
        year = y;
        endTok = t.isPunct(k + 1, ',') ? k + 3 : k + 2;
        numEnd = endTok;
      }
      value = Math.max(year, 0) * 10000.0 + month * 100 + day;
      return true;
    }
    int y = yearAt(k);
    if (y > 0) {
      kind = Kind.DATE;
      month = m;
      year = y;
      numStart = k;
      numEnd = k + 1;
      endTok = k + 1;
      value = year * 10000.0 + month * 100;
      return true;
    }
    return false;
  }

  /** "15 January", "15 January 2025", "the 15th of January". */
  private boolean parseDayMonthDate(int i) {
    int d = dayAt(i);
    return d > 0 && dayMonth(i, d);
  }

  private boolean dayMonth(int i, double dayValue) {
    int k = i + 1;
    if (t.is(k, "of")) {
      k++;
    }
    if (k >= t.n || t.type[k] != Tokens.WORD || t.word[k] == null || t.word[k].month() == 0 || !t.monthCase(k)) {
      return false;
    }
    kind = Kind.DATE;
    day = (int) dayValue;
    month = t.word[k].month();
    endTok = k + 1;
    if (t.isPunct(endTok, '.') && t.joined(endTok) && t.length(k) <= 4) {
      endTok++;
    }
    int y = yearAt(endTok);
    if (y > 0) {
      year = y;
      endTok++;
    }
    numEnd = i + 1;
    value = Math.max(year, 0) * 10000.0 + month * 100 + day;
    return true;
  }

  /** Day of month at token k: 1-31 as one or two plain digits or "15th"; else 0. */
  private int dayAt(int k) {
    if (k >= t.n) {
      return 0;
    }
    int b = t.begin[k];
    int d;
    if (t.type[k] == Tokens.NUM && plainDigits(k) && t.length(k) <= 2) {
      d = (int) digits(b, t.end[k]);
    } else if (t.type[k] == Tokens.ALNUM && t.digitEnd[k] - b <= 2 && t.digitEnd[k] > b && t.dots[k] == 0
        && isOrdinalSuffix(t.digitEnd[k], t.end[k])) {
      d = (int) digits(b, t.digitEnd[k]);
    } else {
      return 0;
    }
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A four-digit year 1000-2999 at token k; else 0. */
  private int yearAt(int k) {
    if (k >= t.n || t.type[k] != Tokens.NUM || !plainDigits(k) || t.length(k) != 4) {
      return 0;
    }
    int y = (int) digits(t.begin[k], t.end[k]);
    return y >= 1000 && y <= 2999 ? y : 0;
  }

  private boolean plainDigits(int k) {
    return t.type[k] == Tokens.NUM && t.dots[k] == 0 && t.commas[k] == 0;
  }

  /** "21:00", "9:30 p.m.", "2 a.m.", "3 o'clock". */
  private boolean parseClockTime(int i) {
    if (t.dots[i] == 1 && t.commas[i] == 0 && t.length(i) <= 5) {
      // "8.30 a.m.": a decimal only when a clock suffix follows
      int dot = t.text.indexOf('.', t.begin[i]);
      int h = (int) digits(t.begin[i], dot);
      int m = t.end[i] - dot == 3 ? (int) digits(dot + 1, t.end[i]) : 60;
      int e = clockSuffix(i + 1);
      if (e < 0 || t.is(i + 1, "o'clock") || h < 1 || h > 12 || dot - t.begin[i] > 2 || m > 59) {
        return false;
      }
      time(i, h, m, e);
      return true;
    }
    if (plainDigits(i) && t.length(i) == 4 && (t.text.charAt(t.begin[i]) == '0' || t.is(i + 1, "gmt")
        || t.is(i + 1, "utc"))) {
      // "0230 GMT", "1800 UTC"; a count is never written with a leading zero
      int h = (int) digits(t.begin[i], t.begin[i] + 2);
      int m = (int) digits(t.begin[i] + 2, t.end[i]);
      if (h > 23 || m > 59) {
        return false;
      }
      pm = false;
      time(i, h, m, i + 1);
      return true;
    }
    if (!plainDigits(i) || t.length(i) > 2) {
      return false;
    }
    int h = (int) digits(t.begin[i], t.end[i]);
    if (t.isPunct(i + 1, ':') && t.joined(i + 1) && t.joined(i + 2) && i + 2 < t.n && plainDigits(i + 2)
        && t.length(i + 2) == 2) {
      int m = (int) digits(t.begin[i + 2], t.end[i + 2]);
      if (h > 24 || m > 59) {
        return false;
      }
      pm = false;
      int e = clockSuffix(i + 3);
      boolean suffix = e > 0 && h >= 1 && h <= 12 && !t.text.startsWith("o", t.begin[i + 3]);
      time(i, h, m, suffix ? e : i + 3);
      if (suffix) {
        hour = to24(h);
        value = hour + minute / 60.0;
      }
      return true;
    }
    if (h < 1 || h > 12) {
      return false;
    }
    int e = clockSuffix(i + 1);
    if (e < 0) {
      return false;
    }
    time(i, h, 0, e);
    return true;
  }

  /** Token after "a.m.", "pm", "o'clock" starting at k (setting pm), or -1. */
  private int clockSuffix(int k) {
    pm = false;
    if (k >= t.n || t.type[k] != Tokens.WORD) {
      return -1;
    }
    if (t.is(k, "o'clock")) {
      return k + 1;
    }
    if (t.is(k, "am") || t.is(k, "pm")) {
      pm = t.is(k, "pm");
      return k + 1;
    }
    if ((t.is(k, "a") || t.is(k, "p")) && t.isPunct(k + 1, '.') && t.joined(k + 1) && t.is(k + 2, "m")
        && t.joined(k + 2)) {
      pm = t.is(k, "p");
      return t.isPunct(k + 3, '.') && t.joined(k + 3) ? k + 4 : k + 3;
    }
    return -1;
  }

  private void time(int i, int h, int m, int end) {
    kind = Kind.TIME;
    boolean twelveHour = end > i + 1 && !t.is(end - 1, "o'clock") && h <= 12 && (t.type[i] != Tokens.NUM
        || !t.isPunct(i + 1, ':'));
    hour = twelveHour ? to24(h) : h;
    minute = m;
    value = hour + m / 60.0;
    numEnd = i + 1;
    endTok = end;
  }

  private int to24(int h) {
    return pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
  }

  /** "Kellogg, 81," and "aged 81", "of age 81": a bare number in commas after a name, or after those words. */
  private boolean parseAge(int i) {
    if (!plainDigits(i) || t.length(i) > 3) {
      return false;
    }
    double v = digits(t.begin[i], t.end[i]);
    if (v < 1 || v > 120) {
      return false;
    }
    boolean aged = t.is(i - 1, "aged") || (t.is(i - 1, "age") && t.is(i - 2, "of")); // "a man of age 87"
    boolean named = t.isPunct(i - 1, ',') && i >= 2 && t.type[i - 2] == Tokens.WORD && t.capitalized(i - 2)
        && (t.word[i - 2] == null || (t.word[i - 2].month() == 0 && t.word[i - 2].weekday() == 0
            && t.word[i - 2].nounClass() == null))
        && (i + 1 == t.n || t.isPunct(i + 1, ',') || t.isPunct(i + 1, ')') || t.isPunct(i + 1, ';'));
    if (!aged && !named) {
      return false;
    }
    kind = Kind.AGE;
    value = v;
    endTok = i + 1;
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // hedge, object, mention

  private void emit() {
    signed();
    int hedgeStart = -1;
    NumberLexicon.Hedge hedge = null;
    if (kind != Kind.DATE && kind != Kind.YEAR && kind != Kind.AGE) {
      int k = startTok - 1;
      if (kind == Kind.ORDINAL && t.is(k, "the")) {
        k--;
      }
      if (t.isPunct(k, '.') && t.joined(k)) {
        k--; // "approx. 40"
      }
      PhraseTrie.Node<NumberLexicon.Hedge> node = lexicon.hedgesBackward();
      while (k >= lastEnd && t.type[k] == Tokens.WORD) {
        node = node.child(t.text, t.begin[k], t.end[k]);
        if (node == null) {
          break;
        }
        if (node.value() != null) {
          hedge = node.value();
          hedgeStart = k;
        }
        k--;
      }
    }
    NumberLexicon.Hedge after = null;
    if (hedgeable() && Double.isNaN(valueMax)) {
      int e = hedgeAfter(endTok);
      if (e > endTok) {
        after = afterHedge;
        endTok = e;
      }
    }
    NumberMention.Builder b = builder;
    b.object = null;
    b.objectPhrase = null;
    b.objectBegin = -1;
    b.objectEnd = -1;
    int objectEndTok = -1;
    boolean objectPlural = false;
    boolean objectPlace = false;
    if (fusedNounTok >= 0) {
      int fb = t.begin[fusedNounTok];
      int fe = t.end[fusedNounTok];
      boolean plural = CountedNoun.pluralLooking(t.text, fb, fe, t.word[fusedNounTok]);
      b.object = CountedNoun.lemma(t.text, fb, fe, t.word[fusedNounTok], plural);
      b.objectBegin = fb;
      b.objectEnd = fe;
    } else if (kind == Kind.DURATION) {
      b.object = unitName;
      b.objectBegin = t.begin[unitTokBegin];
      b.objectEnd = t.end[unitTokEnd - 1];
    } else if (kind == Kind.COUNT || kind == Kind.ORDINAL || kind == Kind.FRACTION || kind == Kind.PERCENT) {
      if (noun.find(t, endTok, kind == Kind.FRACTION || kind == Kind.PERCENT)) {
        b.object = noun.lemma;
        b.objectBegin = noun.phraseBegin;
        b.objectEnd = noun.phraseEnd;
        objectEndTok = noun.endToken;
        objectPlural = noun.plural && noun.headFirst;
        objectPlace = noun.place;
      }
    }
    if (kind == Kind.COUNT && hedge == null && unit == null && isYearLike() && !objectPlural) {
      kind = Kind.YEAR;
      year = (int) value;
      b.object = null;
      b.objectBegin = -1;
      b.objectEnd = -1;
      objectEndTok = -1;
    }
    if (hedge != null && hedge.preposition() && objectPlace) {
      hedge = null; // "over 11 regions": where, not how many
    }
    b.begin = t.begin[hedge != null ? hedgeStart : startTok];
    b.end = t.end[endTok - 1];
    b.numberBegin = t.begin[numStart];
    b.numberEnd = t.end[numEnd - 1];
    b.surface = t.text.substring(b.begin, b.end);
    b.value = value;
    b.valueMax = Double.isNaN(valueMax) ? null : valueMax;
    b.qualifier = hedge != null ? hedge.qualifier() : inherent != null ? inherent : Qualifier.EXACT;
    if (after != null) {
      b.qualifier = closed(b.qualifier, after.qualifier());
    }
    b.lowOpen = false;
    b.highClosed = false;
    b.equality = hedge != null && after == null && hedge.qualifier() == Qualifier.EXACT;
    b.kind = kind;
    b.unit = unitName;
    b.hours = kind == Kind.DURATION && !Double.isNaN(hours) ? hours : null;
    b.objectPhrase = b.objectBegin >= 0 ? t.text.substring(b.objectBegin, b.objectEnd) : null;
    b.year = year >= 0 ? year : null;
    b.month = month >= 0 ? month : null;
    b.day = day >= 0 ? day : null;
    b.hour = hour >= 0 ? hour : null;
    b.minute = minute >= 0 ? minute : null;
    if (out == null) {
      out = new ArrayList<>(4);
    }
    if (hedge != null && hedgeStart == lastEnd + 1 && !out.isEmpty()
        && (t.is(lastEnd, "and") || t.is(lastEnd, "but") || t.isPunct(lastEnd, ','))) {
      twoBounds(b);
    }
    out.add(b.build());
    lastEnd = endTok;
    lastObjectEnd = objectEndTok;
  }

  private boolean hedgeable() {
    return kind != Kind.DATE && kind != Kind.YEAR && kind != Kind.AGE && kind != Kind.TIME && kind != Kind.ORDINAL;
  }

  /** set by {@link #hedgeAfter}: the hedge written after the number */
  private NumberLexicon.Hedge afterHedge;

  /**
   * A hedge after the number at token j ("50 or more", "200 or greater", "less than 10 or equal"): the token after
   * the longest such phrase, or j. Not when a number follows, whose own hedge the words are ("5000 or less than
   * 6000"), nor when the phrase goes on ("40 and less than 10", "20 and less or equal than 35").
   */
  private int hedgeAfter(int j) {
    PhraseTrie.Node<NumberLexicon.Hedge> node = lexicon.hedgesAfter();
    int best = j;
    for (int k = j; k < t.n && k < j + 5 && t.type[k] == Tokens.WORD; k++) {
      node = node.child(t.text, t.begin[k], t.end[k]);
      if (node == null) {
        break;
      }
      if (node.value() != null) {
        if (numberAt(k + 1)) {
          return j; // "200 or greater than 190": the words belong to 190
        }
        if (!t.is(k + 1, "than") && !t.is(k + 1, "to") && !t.is(k + 1, "or") && !t.is(k + 1, "equal")) {
          afterHedge = node.value();
          best = k + 1;
        }
      }
    }
    return best;
  }

  private boolean numberAt(int k) {
    return k < t.n && (digitsAt(k) || (t.type[k] == Tokens.WORD && t.word[k] != null && (t.word[k].isCardinal()
        || t.word[k].isArticle())));
  }

  /**
   * A bound written after the number changes the one before it: "or more" makes at least, "or less" up to, and
   * "or equal" closes an open bound ("more than 10 or equal" is at least 10).
   */
  private static Qualifier closed(Qualifier before, Qualifier after) {
    if (after != Qualifier.EXACT) {
      return after;
    }
    return before == Qualifier.MORE_THAN ? Qualifier.AT_LEAST : before == Qualifier.LESS_THAN ? Qualifier.UP_TO
        : before;
  }

  private static boolean lowerBound(Qualifier q) {
    return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
  }

  private static boolean upperBound(Qualifier q) {
    return q == Qualifier.LESS_THAN || q == Qualifier.UP_TO;
  }

  /**
   * Two bounds joined by "and", "but" or a comma are one range when they enclose something: "more than 100 and
   * less than 300" is (100,300), "at most 50 and at least 20" [20,50]; "more than 40 and less than 10" stays two.
   * Replaces the last mention by the range in {@code b}.
   */
  private void twoBounds(NumberMention.Builder b) {
    NumberMention prev = out.get(out.size() - 1);
    if (prev.valueMax() != null || b.valueMax != null || prev.kind() != b.kind
        || !java.util.Objects.equals(prev.unit(), b.unit)) {
      return;
    }
    double lo;
    double hi;
    Qualifier loQ;
    Qualifier hiQ;
    if (lowerBound(prev.qualifier()) && upperBound(b.qualifier) && prev.value() < b.value) {
      lo = prev.value();
      loQ = prev.qualifier();
      hi = b.value;
      hiQ = b.qualifier;
    } else if (upperBound(prev.qualifier()) && lowerBound(b.qualifier) && b.value < prev.value()) {
      lo = b.value;
      loQ = b.qualifier;
      hi = prev.value();
      hiQ = prev.qualifier();
    } else {
      return;
    }
    b.begin = prev.begin();
    b.numberBegin = prev.numberBegin();
    b.surface = t.text.substring(b.begin, b.end);
    b.value = lo;
    b.valueMax = hi;
    b.qualifier = Qualifier.EXACT;
    b.lowOpen = loQ == Qualifier.MORE_THAN;
    b.highClosed = hiQ != Qualifier.LESS_THAN;
    b.equality = false;
    if (b.object == null && prev.object() != null) {
      b.object = prev.object();
      b.objectPhrase = prev.objectPhrase();
      b.objectBegin = prev.objectBegin();
      b.objectEnd = prev.objectEnd();
    }
    out.remove(out.size() - 1);
  }

  /**
   * A sign before a single number makes it negative: a hyphen-minus or minus sign glued to digits and standing
   * alone ("-1", "(-4)"; not the hyphen of "Kh-101" or of a range "40-50", which are joined to what comes before),
   * or a sign word ("minus five", "negative 3 percent"). Dashes other than '-' and U+2212 are punctuation in prose.
   */
  private void signed() {
    if (!(kind == Kind.COUNT || kind == Kind.FRACTION || kind == Kind.PERCENT) || !Double.isNaN(valueMax)
        || !(value > 0)) {
      return;
    }
    int k = startTok - 1;
    if (k < lastEnd) {
      return;
    }
    boolean sign;
    if (t.type[k] == Tokens.PUNCT) {
      char c = t.text.charAt(t.begin[k]);
      sign = (c == '-' || c == '\u2212') && t.joined(startTok) && t.type[startTok] != Tokens.WORD
          && (k == 0 || t.space[k] || (t.type[k - 1] == Tokens.PUNCT && !t.isPunct(k - 1, '-')));
    } else {
      sign = t.type[k] == Tokens.WORD && t.word[k] != null && t.word[k].isSign();
    }
    if (sign) {
      value = -value;
      startTok = k;
      numStart = k;
    }
  }

  /** Four plain digits 1800-2100 (and the same for the upper end of a range): "2022", "in 2024", "2022-2024". */
  private boolean isYearLike() {
    if (t.type[numStart] != Tokens.NUM || !plainDigits(numStart) || t.length(numStart) != 4) {
      return false;
    }
    if (!(value >= 1800 && value <= 2100 && value == Math.rint(value))) {
      return false;
    }
    return Double.isNaN(valueMax) || (valueMax >= 1800 && valueMax <= 2100);
  }

  /** Puts back the number read before a range was tried: the text after it was no upper bound. */
  private void restoreLowBound(int start, int end, double value, boolean approx, double scale) {
    nStart = start;
    nEnd = end;
    nValue = value;
    nKind = Kind.COUNT;
    nApprox = approx;
    nScale = scale;
  }
}
