package org.newstally.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one article or one night. Each is seeded from (corpus seed, index, purpose) alone, so any
 * article can be regenerated on its own and the corpus never needs a running generator shared across articles.
 */
final class Rand {
  private final SplittableRandom random;

  Rand(long seed, long index, long purpose) {
    this.random = new SplittableRandom(mix(mix(seed) ^ mix(index * 0x9E3779B97F4A7C15L + purpose)));
  }

  /** MurmurHash3's 64-bit finaliser: neighbouring indices give unrelated seeds. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  /** Uniform in [low, high], both inclusive. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** Log-uniform in [low, high]: small values are as likely per decade as large ones. */
  int logBetween(int low, int high) {
    double x = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high + 1.0) - Math.log(low)));
    return Math.min(high, Math.max(low, (int) Math.floor(x)));
  }

  double uniform(double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  int index(int size) {
    return random.nextInt(size);
  }

  @SafeVarargs
  final <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Up to {@code count} distinct elements in random order. */
  <T> List<T> sample(List<T> options, int count) {
    List<T> pool = new ArrayList<>(options);
    List<T> out = new ArrayList<>(Math.min(count, pool.size()));
    while (out.size() < count && !pool.isEmpty()) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }
}
