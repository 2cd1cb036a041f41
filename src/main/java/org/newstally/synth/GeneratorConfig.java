package org.newstally.synth;

import java.nio.file.Path;

/**
 * What to generate.
 *
 * @param articles how many articles
 * @param seed the seed every random choice derives from: same config, same bytes
 * @param figures the Air Force per-attack CSV to take real nights from, or null for synthetic nights
 */
public record GeneratorConfig(long articles, long seed, Path figures) {

  public GeneratorConfig {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be at least 1, got " + articles);
    }
  }

  /** Synthetic nights. */
  public static GeneratorConfig synthetic(long articles, long seed) {
    return new GeneratorConfig(articles, seed, null);
  }
}
