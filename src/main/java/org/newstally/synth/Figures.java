package org.newstally.synth;

/**
 * How one article writes numbers: small ones in words as style guides ask, and, in some articles, even the lead
 * strike figures in words ("fifty-one", "two hundred and five", "a hundred").
 */
final class Figures {
  private final boolean leadInWords;
  private final boolean indefiniteHundred;

  /** The article's habits are fixed here, so the same number is always written the same way in one article. */
  Figures(Rand rand, boolean leadInWords) {
    this.leadInWords = leadInWords;
    this.indefiniteHundred = rand.chance(0.7);
  }

  /** A lead strike figure: in words in some articles, and always below ten. */
  String lead(int n) {
    if (leadInWords && NumberWords.hasWords(n) || n < 10) {
      return NumberWords.words(n, indefiniteHundred);
    }
    return NumberWords.digits(n);
  }

  /** A secondary count: words below ten, digits above. */
  String small(int n) {
    return n < 10 ? NumberWords.words(n, false) : NumberWords.digits(n);
  }

  /** "one missile", "26 missiles", "a missile". */
  static String counted(String number, int n, String pluralNoun) {
    return number + " " + (n == 1 ? singular(pluralNoun) : pluralNoun);
  }

  /** "cruise missiles" → "cruise missile", "UAVs" → "UAV". */
  static String singular(String pluralNoun) {
    int space = pluralNoun.lastIndexOf(' ');
    String head = pluralNoun.substring(space + 1);
    String single = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
    return pluralNoun.substring(0, space + 1) + single;
  }

  /** "a" or "an" before a number as it is read aloud: "an 18-point plan", "an 8-hour flight", "a 150-minute". */
  static String indefinite(int n) {
    String digits = String.valueOf(n);
    boolean eleven = digits.length() % 3 == 2 && (digits.startsWith("11") || digits.startsWith("18"));
    return digits.startsWith("8") || eleven ? "an" : "a";
  }

  /** "was" or "were" for a count. */
  static String were(int n) {
    return n == 1 ? "was" : "were";
  }

  /** "a, b and c". */
  static String list(java.util.List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
