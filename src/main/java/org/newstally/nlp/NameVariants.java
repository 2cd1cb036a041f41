package org.newstally.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tolerant comparison of person names written in different transliterations or misspelt: "Valery Tkachuk" and
 * "Valerii Tkachuk", "Gennadiy Gorbenko" and "Hennadii Horbenko", "Igor Bondarjuk" and "Ihor Bondaryuk",
 * "Taras Melnky" and "Taras Melnyk". Used by the actor extractor (unknown names to lexicon people)
 * and by the evaluator (a predicted variant counts as the gold person), so both read names the same way.
 *
 * <p>Each name part is folded to a rough phonetic key (diacritics and Cyrillic to Latin, then h/g, y/i/ii/iy,
 * kh/h, ch/h, zh/z, z/s, ts/tz/s, shch/sch/sh, ie/e, j/y, w/v, ph/f, doubled letters; Russian case endings of
 * Cyrillic words). Two names are the same person when their
 * first names share the folded initial and are close, and their surnames fold to the same key
 * ({@code transliteration}) or are one edit apart ({@code edit_distance}, surnames of five letters or more). Middle
 * initials are ignored ("Patrick S Ryder" is "Patrick Ryder"). Never across different first initials.
 */
public final class NameVariants {
  /** How a written name was matched to a canonical one; the value goes into actor_mentions.origin. */
  public enum Kind {
    EXACT("lexicon"), TRANSLITERATION("transliteration"), EDIT_DISTANCE("edit_distance");

    private final String origin;

    Kind(String origin) {
      this.origin = origin;
    }

    public String origin() {
      return origin;
    }
  }

  /** Surnames shorter than this (folded) must fold equal: one edit on a short name is another name. */
  static final int MIN_EDIT_LENGTH = 5;

  private NameVariants() {}

  /** A full name folded once: written form, folded first name and folded surname (null parts if one word). */
  public static final class Key {
    final String name;
    final String first;
    final String last;

    private Key(String name, String first, String last) {
      this.name = name;
      this.first = first;
      this.last = last;
    }

    public String name() {
      return name;
    }
  }

  /** The folded key of a full name; fold a lexicon's spellings once and compare keys per candidate. */
  public static Key key(String name) {
    List<String> p = parts(name);
    return p.size() < 2 ? new Key(name, null, null) : new Key(name, fold(p.get(0)), fold(p.get(p.size() - 1)));
  }

  /**
   * How {@code written} names the person {@code canonical}, or null when it does not. Both are full names (at least
   * a first name and a surname).
   */
  public static Kind match(String written, String canonical) {
    return match(key(written), key(canonical));
  }

  /** {@link #match(String, String)} on keys. */
  public static Kind match(Key w, Key c) {
    if (w.name.equals(c.name)) {
      return Kind.EXACT;
    }
    if (w.first == null || c.first == null || w.first.isEmpty() || c.first.isEmpty()
        || w.first.charAt(0) != c.first.charAt(0)) {
      return null;
    }
    Kind surname = foldedSurnames(w.last, c.last);
    if (surname == null) {
      return null;
    }
    if (!w.first.equals(c.first) && distance(w.first, c.first) > 2 && !w.first.startsWith(c.first)
        && !c.first.startsWith(w.first)) {
      return null;
    }
    // surnames folding equal are a transliteration, whatever the first names' spelling (Stiven / Steve)
    return surname == Kind.EXACT ? Kind.TRANSLITERATION : surname;
  }

  private static Kind foldedSurnames(String w, String c) {
    if (w.isEmpty() || c.isEmpty()) {
      return null;
    }
    if (w.equals(c)) {
      return Kind.EXACT;
    }
    if (Math.abs(w.length() - c.length()) <= 1 && Math.min(w.length(), c.length()) >= MIN_EDIT_LENGTH
        && distance(w, c) <= 1) {
      return Kind.EDIT_DISTANCE;
    }
    return null;
  }

  /**
   * How a surname written alone names a canonical surname, stricter than inside a full name (no first name to
   * confirm it): same folded initial; folded equal is a transliteration, one edit apart needs six letters.
   */
  public static Kind matchSurnameAlone(String written, String canonical) {
    return written.equals(canonical) ? Kind.EXACT : matchFoldedSurnameAlone(fold(written), fold(canonical));
  }

  /** {@link #matchSurnameAlone} on folded surnames ({@link #fold}), for a lexicon folded once. */
  public static Kind matchFoldedSurnameAlone(String w, String c) {
    if (w.isEmpty() || c.isEmpty() || w.charAt(0) != c.charAt(0)) {
      return null;
    }
    if (w.equals(c)) {
      return Kind.TRANSLITERATION;
    }
    return Math.abs(w.length() - c.length()) <= 1 && Math.min(w.length(), c.length()) >= MIN_EDIT_LENGTH + 1
        && distance(w, c) <= 1 ? Kind.EDIT_DISTANCE : null;
  }

  /** The two name parts start with the same folded letter (Igor / Ihor, Josef / Joseph; not Greg / Jake). */
  public static boolean sameInitial(String a, String b) {
    String fa = fold(a);
    String fb = fold(b);
    return !fa.isEmpty() && !fb.isEmpty() && fa.charAt(0) == fb.charAt(0);
  }

  /** Name parts without middle initials ("Patrick S Ryder" -> Patrick, Ryder). */
  static List<String> parts(String name) {
    String[] raw = name.trim().split("\\s+");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String p = raw[i];
      boolean initial = p.replace(".", "").length() == 1;
      if (initial && i > 0 && i < raw.length - 1) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  /** The folded key of one name part. */
  public static String fold(String part) {
    String s = part.toLowerCase(Locale.ROOT);
    if (!s.chars().allMatch(c -> c < 128)) {
      if (cyrillic(s)) {
        s = nominative(s);
      }
      StringBuilder b = new StringBuilder(s.length() + 4);
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        String mapped = letter(ch);
        b.append(mapped != null ? mapped : String.valueOf(ch));
      }
      s = Normalizer.normalize(b, Normalizer.Form.NFD);
    }
    s = lettersOnly(s);
    // longest spellings first: Ukrainian/Russian shch, German sch, English sh are one sound
    s = s.replace("shch", "sh").replace("sch", "sh").replace("dzh", "j").replace("kh", "h").replace("ch", "h")
        .replace("zh", "z").replace("ph", "f").replace("ck", "k").replace("tz", "ts").replace("ts", "s")
        .replace("x", "ks");
    s = s.replace('j', 'y').replace('w', 'v').replace('g', 'h').replace('z', 's').replace('y', 'i');
    return undoubled(s).replace("ie", "e");
  }

  /** a-z only: what Unicode decomposition leaves of accented letters, without marks, digits or punctuation. */
  private static String lettersOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String undoubled(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** The word is written (at least partly) in Cyrillic script. */
  public static boolean cyrillic(String word) {
    return word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
  }

  /**
   * A Russian or Ukrainian name in another grammatical case back to a nominative-like stem: "Зеленского" (of
   * Zelensky) to "Зеленский", "Мерца" to "Мерц", "Путиным" to "Путин". Rough on purpose: the result is only compared
   * through the folded key, where a vowel more or less is within the edit allowance.
   */
  private static String nominative(String s) {
    if (s.length() < 4) {
      return s;
    }
    for (String ending : new String[] {"ого", "его", "ому", "ему"}) {
      if (s.endsWith(ending)) {
        return s.substring(0, s.length() - 3) + "ий";
      }
    }
    for (String ending : new String[] {"ым", "ом", "ем"}) {
      if (s.endsWith(ending)) {
        return s.substring(0, s.length() - 2);
      }
    }
    char last = s.charAt(s.length() - 1);
    char before = s.charAt(s.length() - 2);
    if ("ауеюя".indexOf(last) >= 0 && "аеёиоуыэюяйь".indexOf(before) < 0) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Letters whose plain-Latin spelling is more than their base letter (and Cyrillic), else null. */
  private static String letter(char ch) {
    switch (ch) {
      case 'š': return "sh";
      case 'ž': return "zh";
      case 'č': case 'ć': return "ch";
      case 'đ': return "dj";
      case 'ł': return "l";
      case 'ø': return "o";
      case 'æ': return "ae";
      case 'ß': return "ss";
      case 'ı': return "i";
      default: break;
    }
    int k = CYRILLIC.indexOf(ch);
    return k < 0 ? null : CYRILLIC_LATIN[k];
  }

  private static final String CYRILLIC = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя";
  private static final String[] CYRILLIC_LATIN = {"a", "b", "v", "g", "g", "d", "e", "ye", "e", "zh", "z", "i", "i",
      "yi", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
      "e", "yu", "ya"};

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 2) {
      return 3;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
