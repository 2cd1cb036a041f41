package org.newstally.nlp.numbers;

import java.util.Arrays;
import org.newstally.lexicon.NumberLexicon;

/**
 * One sentence cut into tokens, kept in parallel arrays that are reused from sentence to sentence (one instance per
 * thread). Token types:
 * <ul>
 *   <li>WORD: letters, with inner apostrophes ("o'clock", "Russia's"); any script.</li>
 *   <li>NUM: ASCII digits with thousands groups and decimal parts: "1,200", "4.5", "28.11.2024"; a decimal may
 *   lack its leading zero (".08") when the dot follows a space, bracket or sign.</li>
 *   <li>ALNUM: letters and digits run together: "21st", "1970s", "60bn", "G7", "101s", "1e12".</li>
 *   <li>PUNCT: any other single character; hyphen-like dashes fold to '-', typographic apostrophes to '\''.</li>
 * </ul>
 * Hyphens and slashes are tokens of their own, so "Kh-101" is WORD PUNCT NUM with no space between: the scanner
 * reads compounds from adjacency ({@link #space}).
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte ALNUM = 3;
  static final byte PUNCT = 4;
  /** token capacity kept between sentences; news sentences have well under a thousand tokens */
  private static final int MAX_KEPT = 4096;

  String text;
  int n;
  int[] begin = new int[64];
  int[] end = new int[64];
  byte[] type = new byte[64];
  /** whitespace before the token */
  boolean[] space = new boolean[64];
  /** NUM and ALNUM: end of the leading numeric part ("60" in "60bn"), or the begin when the token starts with a letter */
  int[] digitEnd = new int[64];
  /** separator count inside a NUM: commas, dots */
  byte[] commas = new byte[64];
  byte[] dots = new byte[64];
  /** folded character of a PUNCT token */
  char[] punct = new char[64];
  /** lexicon entry of WORD and PUNCT tokens, null when unknown */
  NumberLexicon.Word[] word = new NumberLexicon.Word[64];

  void tokenize(String s, NumberLexicon lexicon) {
    text = s;
    n = 0;
    int len = s.length();
    int p = 0;
    boolean sawSpace = true;
    while (p < len) {
      char c = s.charAt(p);
      if (isSpace(c)) {
        sawSpace = true;
        p++;
        continue;
      }
      if (sawSpace && (c == 'h' || c == 'H' || c == 'w' || c == 'W') && startsUrl(s, p)) {
        // a web address is not prose: "?q=30%25" holds no percentages
        while (p < len && !isSpace(s.charAt(p))) {
          p++;
        }
        continue;
      }
      int start = p;
      int numEnd = start;
      int nCommas = 0;
      int nDots = 0;
      byte t;
      boolean leadingDot = c == '.' && p + 1 < len && isDigit(s.charAt(p + 1)) && (p == 0 || startsDecimal(s.charAt(p - 1)));
      if (isDigit(c) || Character.isLetter(c) || leadingDot) {
        boolean letters = false;
        boolean digits = false;
        if (isDigit(c) || leadingDot) {
          digits = true;
          if (leadingDot) {
            nDots++; // ".08": a decimal without its leading zero
          }
          p++;
          while (p < len && isDigit(s.charAt(p))) {
            p++;
          }
          if (!leadingDot && p - start <= 2 && p + 1 < len && s.charAt(p) == ',') {
            int q = indianGroups(s, p);
            if (q > p) {
              nCommas += 2;
              p = q;
            }
          }
          // thousands groups of exactly three digits, then decimal parts; dots may repeat for dates (28.11.2024)
          while (p + 1 < len) {
            char sep = s.charAt(p);
            // a thin or narrow no-break space groups thousands as a comma does ("40 000" in SI style)
            if ((sep == ',' || sep == '\u202F' || sep == '\u2009') && nDots == 0 && p + 3 < len
                && isDigit(s.charAt(p + 1)) && isDigit(s.charAt(p + 2))
                && isDigit(s.charAt(p + 3)) && (p + 4 == len || !isDigit(s.charAt(p + 4)))) {
              p += 4;
              nCommas++;
            } else if (sep == '.' && isDigit(s.charAt(p + 1))) {
              p += 2;
              while (p < len && isDigit(s.charAt(p))) {
                p++;
              }
              nDots++;
            } else {
              break;
            }
          }
          numEnd = p;
        }
        while (p < len) {
          char d = s.charAt(p);
          if (isDigit(d)) {
            digits = true;
            p++;
          } else if (Character.isLetter(d)) {
            letters = true;
            p++;
          } else if (isApostrophe(d) && p > start && Character.isLetter(s.charAt(p - 1)) && p + 1 < len
              && Character.isLetter(s.charAt(p + 1))) {
            p++;
          } else if (Character.getType(d) == Character.NON_SPACING_MARK) {
            p++;
          } else {
            break;
          }
        }
        t = !digits ? WORD : (!letters && numEnd == p) ? NUM : ALNUM;
      } else {
        p++;
        if (Character.isHighSurrogate(c) && p < len && Character.isLowSurrogate(s.charAt(p))) {
          p++;
        }
        t = PUNCT;
      }
      add(start, p, t, sawSpace, numEnd, nCommas, nDots);
      if (t == WORD || t == PUNCT) {
        word[n - 1] = lexicon.word(s, start, p);
      }
      if (t == PUNCT) {
        punct[n - 1] = WordMap.fold(c);
      }
      sawSpace = false;
    }
  }

  private void add(int b, int e, byte t, boolean sp, int numEnd, int nCommas, int nDots) {
    if (n == begin.length) {
      int cap = n * 2;
      begin = Arrays.copyOf(begin, cap);
      end = Arrays.copyOf(end, cap);
      type = Arrays.copyOf(type, cap);
      space = Arrays.copyOf(space, cap);
      digitEnd = Arrays.copyOf(digitEnd, cap);
      commas = Arrays.copyOf(commas, cap);
      dots = Arrays.copyOf(dots, cap);
      punct = Arrays.copyOf(punct, cap);
      word = Arrays.copyOf(word, cap);
    }
    begin[n] = b;
    end[n] = e;
    type[n] = t;
    space[n] = sp;
    digitEnd[n] = numEnd;
    commas[n] = (byte) Math.min(nCommas, 127);
    dots[n] = (byte) Math.min(nDots, 127);
    punct[n] = 0;
    word[n] = null;
    n++;
  }

  /**
   * Drops references to the last sentence so a pooled instance does not pin it, and gives back the arrays grown
   * for an unusually long one.
   */
  void clear() {
    if (begin.length > MAX_KEPT) {
      begin = new int[64];
      end = new int[64];
      type = new byte[64];
      space = new boolean[64];
      digitEnd = new int[64];
      commas = new byte[64];
      dots = new byte[64];
      punct = new char[64];
      word = new NumberLexicon.Word[64];
    } else {
      Arrays.fill(word, 0, n, null);
    }
    text = null;
    n = 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\uFEFF' || c == '\u200B' || (c > 127 && Character.isWhitespace(c));
  }

  /**
   * Indian digit grouping after a first group of one or two digits: pairs, then a last group of three
   * ("12,34,567": twelve lakh thirty-four thousand ...). Returns the end of the groups, or p when there are none.
   */
  private static int indianGroups(String s, int p) {
    int len = s.length();
    int q = p;
    int pairs = 0;
    while (q + 3 < len && s.charAt(q) == ',' && isDigit(s.charAt(q + 1)) && isDigit(s.charAt(q + 2))
        && s.charAt(q + 3) == ',') {
      q += 3;
      pairs++;
    }
    if (pairs == 0 || !(q + 3 < len && s.charAt(q) == ',' && isDigit(s.charAt(q + 1)) && isDigit(s.charAt(q + 2))
        && isDigit(s.charAt(q + 3)) && (q + 4 == len || !isDigit(s.charAt(q + 4))))) {
      return p;
    }
    return q + 4;
  }

  private static boolean startsUrl(String s, int p) {
    return s.regionMatches(true, p, "http://", 0, 7) || s.regionMatches(true, p, "https://", 0, 8)
        || s.regionMatches(true, p, "www.", 0, 4);
  }

  /**
   * A character after which ".5" is a decimal: space or an opening bracket or sign; after a letter or digit the dot
   * ends a sentence or abbreviation ("U.S.5" is not a number).
   */
  private static boolean startsDecimal(char prev) {
    return isSpace(prev) || prev == '(' || prev == '-' || prev == '\u2212' || prev == '$' || prev == '"';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /** True when token k is the word {@code lower} (given in lower case). */
  boolean is(int k, String lower) {
    if (k < 0 || k >= n || type[k] != WORD || end[k] - begin[k] != lower.length()) {
      return false;
    }
    int b = begin[k];
    for (int i = 0; i < lower.length(); i++) {
      if (WordMap.fold(text.charAt(b + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when token k is the punctuation character c (folded). */
  boolean isPunct(int k, char c) {
    return k >= 0 && k < n && type[k] == PUNCT && punct[k] == c;
  }

  /** True when tokens k-1 and k touch (no whitespace between). */
  boolean joined(int k) {
    return k > 0 && k < n && !space[k];
  }

  boolean capitalized(int k) {
    return Character.isUpperCase(text.charAt(begin[k]));
  }

  /**
   * A month name as a date needs its capital in English ("May", not "may"); languages that write months in lower
   * case and in another script ("26 августа") cannot be mistaken for an English word.
   */
  boolean monthCase(int k) {
    char c = text.charAt(begin[k]);
    return Character.isUpperCase(c) || c > 0x7f && Character.isLetter(c);
  }

  /** True when every letter of token k is upper case ("USD"). */
  boolean allCaps(int k) {
    for (int i = begin[k]; i < end[k]; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  int length(int k) {
    return end[k] - begin[k];
  }

  char lastChar(int k) {
    return text.charAt(end[k] - 1);
  }
}
