package org.newstally.nlp.numbers;

import java.util.Locale;

/**
 * How a number is hedged in the text ("more than 430" is 430 with MORE_THAN). {@link #code()} is the value stored in
 * the {@code qualifier} columns.
 */
public enum Qualifier {
  EXACT, MORE_THAN, AT_LEAST, ABOUT, ALMOST, UP_TO, LESS_THAN;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** Lower snake-case code, e.g. "more_than". */
  public String code() {
    return code;
  }

  /** The qualifier with this code, or null when there is none. */
  public static Qualifier forCode(String code) {
    for (Qualifier q : values()) {
      if (q.code.equals(code)) {
        return q;
      }
    }
    return null;
  }
}
