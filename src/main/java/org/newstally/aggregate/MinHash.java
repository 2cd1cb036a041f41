package org.newstally.aggregate;


/**
 * MinHash signatures of article texts for near-duplicate detection (wire copies republished by many sites). Texts
 * are reduced to lower-case word 5-grams; the share of equal positions of two signatures estimates the Jaccard
 * similarity of the two texts' 5-gram sets.
 */
public final class MinHash {
  public static final int SIZE = 64;
  public static final int BANDS = 16;
  public static final int ROWS = SIZE / BANDS;
  static final int SHINGLE = 5;
  private static final int BIN_BITS = 6;
  private static final long VALUE_MASK = (1L << (64 - BIN_BITS)) - 1;

  private MinHash() {}

  /**
   * The signature of a text, or null when it has fewer than {@link #SHINGLE} words. Words are hashed as they are
   * read (letters and digits, lower-cased, no intermediate strings) and each 5-gram gets one 64-bit hash. The
   * signature is a one-permutation MinHash: the top 6 bits of the hash choose one of {@link #SIZE} bins and each bin
   * keeps its smallest remaining value; empty bins (short texts) take the value of the next filled bin. One hash per
   * 5-gram instead of one per function and 5-gram: this runs on every article.
   */
  public static long[] signature(String text) {
    if (text == null) {
      return null;
    }
    long[] sig = new long[SIZE];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = forEachShingle(text, h -> {
      int bin = (int) (h >>> (64 - BIN_BITS));
      long value = h & VALUE_MASK;
      if (value < sig[bin]) {
        sig[bin] = value;
      }
    });
    if (shingles == 0) {
      return null;
    }
    // densify: an empty bin borrows from the next filled one, marked by the distance so that two texts agree on it
    // only when they agree on the bin it came from
    for (int j = 0; j < SIZE; j++) {
      if (sig[j] == Long.MAX_VALUE) {
        for (int d = 1; d < SIZE; d++) {
          long v = sig[(j + d) % SIZE];
          if (v != Long.MAX_VALUE && v <= VALUE_MASK) {
            sig[j] = v + ((long) d << (64 - BIN_BITS));
            break;
          }
        }
      }
    }
    return sig;
  }

  /** The exact Jaccard similarity of two texts' word 5-gram sets (hashed as in {@link #signature}). */
  public static double jaccard(String a, String b) {
    long[] x = shingleSet(a);
    long[] y = shingleSet(b);
    if (x.length == 0 && y.length == 0) {
      return 1.0;
    }
    // both sorted and distinct: count the common hashes in one merge
    int common = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (x.length + y.length - common);
  }

  /** The distinct 5-gram hashes of a text, sorted (primitive longs: this runs on every candidate pair). */
  private static long[] shingleSet(String text) {
    if (text == null) {
      return new long[0];
    }
    long[][] buffer = {new long[Math.max(16, text.length() / 5)]};
    int[] size = {0};
    forEachShingle(text, h -> {
      if (size[0] == buffer[0].length) {
        buffer[0] = java.util.Arrays.copyOf(buffer[0], size[0] * 2);
      }
      buffer[0][size[0]++] = h;
    });
    long[] all = buffer[0];
    java.util.Arrays.sort(all, 0, size[0]);
    int distinct = 0;
    for (int i = 0; i < size[0]; i++) {
      if (distinct == 0 || all[i] != all[distinct - 1]) {
        all[distinct++] = all[i];
      }
    }
    return java.util.Arrays.copyOf(all, distinct);
  }

  /**
   * Feeds the hash of every word 5-gram of the text to {@code sink} and returns how many there were. Words are
   * letters and digits, lower-cased, hashed as they are read (no intermediate strings).
   */
  private static int forEachShingle(String text, java.util.function.LongConsumer sink) {
    long[] window = new long[SHINGLE];
    int words = 0;
    long word = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word = word * 31 + Character.toLowerCase(c);
        inWord = true;
        continue;
      }
      if (!inWord) {
        continue;
      }
      window[words % SHINGLE] = mix(word);
      words++;
      word = 0;
      inWord = false;
      if (words >= SHINGLE) {
        sink.accept(shingleHash(window, words));
      }
    }
    return Math.max(0, words - SHINGLE + 1);
  }

  private static long shingleHash(long[] window, int words) {
    long h = 1125899906842597L;
    for (int k = words - SHINGLE; k < words; k++) {
      h = (h ^ window[k % SHINGLE]) * 0x9E3779B97F4A7C15L;
    }
    return mix(h);
  }

  /** Estimated Jaccard similarity of two signatures. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The signature as a list (for a table column), or null for texts too short to have one. */
  public static java.util.List<Long> signatureList(String text) {
    long[] sig = signature(text);
    if (sig == null) {
      return null;
    }
    java.util.List<Long> out = new java.util.ArrayList<>(sig.length);
    for (long v : sig) {
      out.add(v);
    }
    return out;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
