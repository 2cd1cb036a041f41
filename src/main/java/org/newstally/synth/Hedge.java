package org.newstally.synth;

/**
 * A figure as an outlet writes it: the value as written, its qualifier and the hedging words ("nearly"), chosen
 * from the true figure. Hedged values are round numbers on the side of the truth that the qualifier implies.
 */
record Hedge(int value, Qualifier qualifier, String phrase) {

  static Hedge exact(int value) {
    return new Hedge(value, Qualifier.EXACT, "");
  }

  /**
   * The hedge of {@code truth} with the given qualifier, or the exact figure when the truth is too small to round
   * (nobody writes "more than 10 drones" for 12).
   */
  static Hedge of(Rand rand, int truth, Qualifier qualifier) {
    if (qualifier == Qualifier.EXACT || truth < 20) {
      return exact(truth);
    }
    int step = truth >= 300 && rand.chance(0.4) ? 50 : 10;
    int value;
    switch (qualifier) {
      case MORE_THAN:
        value = (truth - 1) / step * step;
        break;
      case AT_LEAST:
        value = truth / step * step;
        break;
      case ALMOST:
        value = (truth / step + 1) * step;
        if (value - truth > Math.max(10, truth / 25)) {
          value = (truth / 10 + 1) * 10;
        }
        break;
      case ABOUT:
        value = Math.round(truth / (float) step) * step;
        break;
      default:
        throw new IllegalStateException("unhandled qualifier " + qualifier);
    }
    if (value <= 0) {
      return exact(truth);
    }
    return new Hedge(value, qualifier, rand.pick(qualifier.phrases()));
  }

  /** A random qualifier, hedged with the given probability. */
  static Qualifier someQualifier(Rand rand, double hedgeProbability) {
    if (!rand.chance(hedgeProbability)) {
      return Qualifier.EXACT;
    }
    return rand.pick(Qualifier.MORE_THAN, Qualifier.ALMOST, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.MORE_THAN);
  }

  boolean hedged() {
    return qualifier != Qualifier.EXACT;
  }

  /** "nearly 580" for a number already rendered as text. */
  String around(String renderedNumber) {
    return phrase.isEmpty() ? renderedNumber : phrase + " " + renderedNumber;
  }
}
