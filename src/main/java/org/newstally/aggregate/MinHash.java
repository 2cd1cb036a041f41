package org.newstally.aggregate;

import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures of article texts for near-duplicate detection (wire copies republished by many sites). Texts
 * are reduced to lower-case word 5-grams; the signature holds, for each of {@link #SIZE} hash functions, the minimum
 * hash over the shingles. The share of equal positions estimates the Jaccard similarity of two texts' shingle sets.
 */
public final class MinHash {
  public static final int SIZE = 64;
  public static final int BANDS = 16;
  public static final int ROWS = SIZE / BANDS;
  static final int SHINGLE = 5;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  private MinHash() {}

  /** The signature of a text, or null when it has fewer than {@link #SHINGLE} words. */
  public static long[] signature(String text) {
    if (text == null) {
      return null;
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int n = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        words[n++] = w;
      }
    }
    if (n < SHINGLE) {
      return null;
    }
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= n; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + words[k].hashCode();
        h = mix(h);
      }
      for (int j = 0; j < SIZE; j++) {
        long v = mix(h ^ SEEDS[j]);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
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

  /** The key of band {@code band}: texts sharing a band key are candidate duplicates. */
  public static long bandKey(long[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
      h = mix(h ^ sig[i]);
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
