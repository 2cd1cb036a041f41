package org.newstally.synth;

import java.util.List;

/**
 * How a figure is hedged, with the gold name the dev corpus uses and the English phrases that express it. The
 * value a hedge carries is stored as written ("nearly 580" is 580 with {@link #ALMOST}).
 */
public enum Qualifier {
  EXACT("exact", List.of()),
  MORE_THAN("more_than", List.of("more than", "over")),
  AT_LEAST("at_least", List.of("at least")),
  ABOUT("about", List.of("about", "around", "some", "roughly")),
  ALMOST("almost", List.of("nearly", "just under", "almost"));

  private final String goldName;
  private final List<String> phrases;

  Qualifier(String goldName, List<String> phrases) {
    this.goldName = goldName;
    this.phrases = phrases;
  }

  /** The value of the gold {@code qualifier} fields. */
  public String goldName() {
    return goldName;
  }

  /** The words that precede a figure to express this hedge; empty for {@link #EXACT}. */
  public List<String> phrases() {
    return phrases;
  }
}
