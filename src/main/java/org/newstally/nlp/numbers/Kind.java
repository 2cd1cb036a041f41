package org.newstally.nlp.numbers;

import java.util.Locale;

/** What a number expresses. {@link #code()} is the value stored in the {@code kind} column of numeric_claims. */
public enum Kind {
  COUNT, DURATION, FRACTION, PERCENT, ORDINAL, MONEY, DISTANCE, AGE, DATE, TIME, YEAR,
  /** weights: kg, t, lb ("500 kg of explosives", "25 lakh tonnes") */
  MASS,
  /** volumes: litres, barrels, gallons, cubic metres */
  VOLUME,
  /** areas: square kilometres, hectares, acres */
  AREA,
  /** speeds: km/h, mph, knots */
  SPEED;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** Lower-case code, e.g. "count". */
  public String code() {
    return code;
  }

  /** The kind with this code, or null when there is none. */
  public static Kind forCode(String code) {
    for (Kind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    return null;
  }
}
