package org.newstally.nlp.numbers;

import org.newstally.lexicon.NumberLexicon;
import org.newstally.lexicon.NumberLexicon.NounClass;

/**
 * Finds what a number counts: the noun phrase right after it ("653 drones", "37 Kh-101 cruise missiles") or after
 * "of the" ("seventy-two of the missiles"). Modifiers, designations and capitalised names are skipped when a noun
 * follows them; the head is the first plural-looking word, else the last word before the phrase ends. One instance
 * per thread, reused: {@link #find} overwrites the result fields.
 */
final class CountedNoun {
  /** a phrase still going after this many words is not a counted noun ("First Deputy Foreign Minister ...") */
  private static final int MAX_CHUNKS = 4;

  private final NumberLexicon lexicon;

  /** result: char span of the phrase, token index after it, lemma of the head; lemma null when nothing was found */
  int phraseBegin;
  int phraseEnd;
  int endToken;
  String lemma;
  boolean plural;
  boolean place;
  /** the head is the first word after the number, with nothing in between */
  boolean headFirst;

  CountedNoun(NumberLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Looks for the counted noun from token {@code k}. With {@code ofOnly}, only "of (the) X" counts (fractions and
   * percentages: "a fifth of the drones"). Returns true when a noun was found.
   */
  boolean find(Tokens t, int k, boolean ofOnly) {
    lemma = null;
    plural = false;
    place = false;
    headFirst = false;
    if (k >= t.n) {
      return false;
    }
    if (t.is(k, "of")) {
      k = afterOfDeterminers(t, k + 1);
      if (k < 0) {
        return false;
      }
    } else if (ofOnly) {
      return false;
    }
    int chunks = 0;
    boolean allModifiers = true;
    int firstBegin = -1;
    int headBegin = -1;
    int headEnd = -1;
    int headTokEnd = -1;
    int headTokBegin = -1;
    while (k < t.n && chunks < MAX_CHUNKS) {
      byte type = t.type[k];
      if (type == Tokens.PUNCT || type == Tokens.NUM) {
        break;
      }
      NumberLexicon.Word w = t.word[k];
      if (type == Tokens.WORD && w != null) {
        if (w.nounClass() == NounClass.FUNCTION) {
          // "15 ballistic and cruise missiles": coordinated modifiers share the noun
          if (chunks > 0 && allModifiers && (t.is(k, "and") || t.is(k, "or"))) {
            k++;
            continue;
          }
          break;
        }
        if (w.month() > 0 || w.weekday() > 0 || w.isArticle() || w.isCardinal() || w.ordinal() > 0) {
          break;
        }
      }
      if (type == Tokens.WORD && isPossessive(t, k)) {
        break;
      }
      int e = chunkEnd(t, k);
      int cb = t.begin[k];
      int ce = t.end[e - 1];
      NumberLexicon.Word cw = e == k + 1 ? w : lexicon.word(t.text, cb, ce);
      boolean isPlural = pluralLooking(t.text, cb, ce, cw);
      if (!isPlural && e == k + 1 && type == Tokens.WORD && cw == null) {
        // "one drone launched from", "1,343 injured", "one man carrying": a participle ends the phrase unless a
        // plural noun follows it ("two armoured vehicles", "primary processing units")
        boolean participle = endsWith(t, k, "ed") || (chunks > 0 && endsWith(t, k, "ing"));
        if (participle
            && !(e < t.n && t.type[e] == Tokens.WORD && pluralLooking(t.text, t.begin[e], t.end[e], t.word[e]))) {
          break;
        }
      }
      if (firstBegin < 0) {
        firstBegin = cb;
      }
      headBegin = cb;
      headEnd = ce;
      headTokBegin = k;
      headTokEnd = e;
      chunks++;
      if (isPlural) {
        plural = true;
        break;
      }
      allModifiers &= isModifier(t, k, e, cw);
      k = e;
    }
    boolean runsOn = chunks == MAX_CHUNKS && !endsPhrase(t, k);
    if (chunks == 0 || (!plural && (runsOn || isAdjective(t, headTokBegin, headTokEnd)))) {
      return false;
    }
    phraseBegin = firstBegin;
    phraseEnd = headEnd;
    endToken = headTokEnd;
    headFirst = firstBegin == headBegin;
    NumberLexicon.Word hw = headTokEnd == headTokBegin + 1 ? t.word[headTokBegin]
        : lexicon.word(t.text, headBegin, headEnd);
    int lemmaBegin = headBegin;
    if (hw == null && headTokEnd == headTokBegin + 3 && t.isPunct(headTokBegin + 1, '-')
        && t.type[headTokBegin] == Tokens.WORD && t.type[headTokBegin + 2] == Tokens.WORD
        && t.word[headTokBegin] != null && t.word[headTokBegin].nounClass() == NounClass.MODIFIER) {
      // "imitator-drones", "attack-drones": the modifier is glued to the noun
      lemmaBegin = t.begin[headTokBegin + 2];
      hw = t.word[headTokBegin + 2];
    }
    lemma = lemma(t.text, lemmaBegin, headEnd, hw, plural);
    NumberLexicon.Word lw = lexicon.word(lemma);
    place = lw != null && lw.nounClass() == NounClass.PLACE;
    return true;
  }

  /** True when token k cannot continue a noun phrase: the end, punctuation, a number or a function word. */
  private static boolean endsPhrase(Tokens t, int k) {
    if (k >= t.n || t.type[k] == Tokens.PUNCT || t.type[k] == Tokens.NUM) {
      return true;
    }
    NumberLexicon.Word w = t.word[k];
    return w != null && (w.nounClass() == NounClass.FUNCTION || w.isArticle() || w.isCardinal());
  }

  /** Skips "the", "those", possessives and a number after "of"; -1 when a pronoun ends the phrase ("of them"). */
  private static int afterOfDeterminers(Tokens t, int k) {
    while (k < t.n && t.type[k] == Tokens.WORD) {
      if (t.is(k, "the") || t.is(k, "those") || t.is(k, "these") || t.is(k, "its") || t.is(k, "their")
          || t.is(k, "his") || t.is(k, "her") || t.is(k, "our") || t.is(k, "all") || t.is(k, "both")
          || isPossessive(t, k)) {
        k++;
      } else if (t.is(k, "them") || t.is(k, "which") || t.is(k, "whom") || t.is(k, "us") || t.is(k, "it")
          || t.is(k, "you")) {
        return -1;
      } else {
        break;
      }
    }
    // "seven of the 37 missiles": the noun after the second number is what both count
    while (k < t.n && (t.type[k] == Tokens.NUM
        || (t.type[k] == Tokens.WORD && t.word[k] != null && t.word[k].isCardinal()))) {
      k++;
    }
    return k;
  }

  /** Tokens joined by hyphens or slashes with no space form one chunk: "long-range", "Kh-101s", "Iskander-M/KN-23". */
  private static int chunkEnd(Tokens t, int k) {
    int e = k + 1;
    while (e + 1 < t.n && (t.isPunct(e, '-') || t.isPunct(e, '/')) && t.joined(e) && t.joined(e + 1)
        && t.type[e + 1] != Tokens.PUNCT) {
      e += 2;
    }
    return e;
  }

  private static boolean isPossessive(Tokens t, int k) {
    int b = t.begin[k];
    int e = t.end[k];
    return e - b > 2 && WordMap.fold(t.text.charAt(e - 1)) == 's' && Tokens.isApostrophe(t.text.charAt(e - 2));
  }

  /** Token k ends with the lower-case suffix and is at least two letters longer ("launched", not "red"). */
  static boolean endsWith(Tokens t, int k, String suffix) {
    int e = t.end[k];
    int n = suffix.length();
    if (e - t.begin[k] < n + 2) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (WordMap.fold(t.text.charAt(e - n + i)) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isAdjective(Tokens t, int k, int e) {
    NumberLexicon.Word w = e == k + 1 ? t.word[k] : lexicon.word(t.text, t.begin[k], t.end[e - 1]);
    return w != null && w.nounClass() == NounClass.ADJECTIVE;
  }

  /**
   * Skipped when a noun follows: listed modifiers and adjectives, designations with digits, capitalised names
   * ("Shahed").
   */
  private static boolean isModifier(Tokens t, int k, int e, NumberLexicon.Word w) {
    if (w != null && (w.nounClass() == NounClass.MODIFIER || w.nounClass() == NounClass.ADJECTIVE)) {
      return true;
    }
    for (int i = k; i < e; i++) {
      if (t.type[i] == Tokens.NUM || t.type[i] == Tokens.ALNUM) {
        return true;
      }
    }
    return t.capitalized(k);
  }

  /**
   * Plural by form: an irregular plural from nouns.tsv ("people"), or a final lower-case 's' not in -ss, -us, -is
   * or a possessive. Upper-case words ("US") are acronyms, not plurals.
   */
  static boolean pluralLooking(String s, int b, int e, NumberLexicon.Word w) {
    if (w != null && w.nounLemma() != null) {
      return !w.nounLemma().contentEquals(fold(s, b, e));
    }
    if (e - b < 3 || s.charAt(e - 1) != 's') {
      return false;
    }
    char prev = WordMap.fold(s.charAt(e - 2));
    return prev != 's' && prev != 'u' && prev != 'i' && !Tokens.isApostrophe(prev);
  }

  /** Singular lower-case lemma: nouns.tsv first, then -ies → y, -ches/-shes/-xes/-sses/-zzes → strip es, -s → strip. */
  static String lemma(String s, int b, int e, NumberLexicon.Word w, boolean plural) {
    if (w != null && w.nounLemma() != null) {
      return w.nounLemma();
    }
    String f = fold(s, b, e);
    if (!plural) {
      return f;
    }
    int n = f.length();
    if (f.endsWith("ies") && n > 4) {
      return f.substring(0, n - 3) + "y";
    }
    if (f.endsWith("ches") || f.endsWith("shes") || f.endsWith("xes") || f.endsWith("sses") || f.endsWith("zzes")) {
      return f.substring(0, n - 2);
    }
    return f.substring(0, n - 1);
  }

  private static String fold(String s, int b, int e) {
    char[] c = new char[e - b];
    for (int i = b; i < e; i++) {
      c[i - b] = WordMap.fold(s.charAt(i));
    }
    return new String(c);
  }
}
