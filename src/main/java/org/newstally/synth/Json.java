package org.newstally.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON writing for the two output files, with a fixed field order and ", "/": " separators like the dev
 * corpus. Hand-written so the generator needs nothing beyond the JDK and its output is byte-stable.
 */
final class Json {
  private final StringBuilder out;
  private boolean first = true;

  private Json(StringBuilder out) {
    this.out = out;
  }

  /** Starts an object; close it with {@link #end()}. */
  static Json object(StringBuilder out) {
    out.append('{');
    return new Json(out);
  }

  void end() {
    out.append('}');
  }

  private StringBuilder key(String name) {
    if (!first) {
      out.append(", ");
    }
    first = false;
    quote(out, name);
    return out.append(": ");
  }

  Json field(String name, String value) {
    StringBuilder sb = key(name);
    if (value == null) {
      sb.append("null");
    } else {
      quote(sb, value);
    }
    return this;
  }

  Json field(String name, LocalDate value) {
    return field(name, value == null ? null : value.toString());
  }

  Json field(String name, Integer value) {
    key(name).append(value == null ? "null" : value.toString());
    return this;
  }

  Json field(String name, Double value) {
    key(name).append(value == null ? "null" : number(value));
    return this;
  }

  Json strings(String name, List<String> values) {
    StringBuilder sb = key(name).append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      quote(sb, values.get(i));
    }
    sb.append(']');
    return this;
  }

  Json counts(String name, Map<String, Integer> values) {
    Json inner = object(key(name));
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      inner.field(e.getKey(), e.getValue());
    }
    inner.end();
    return this;
  }

  /** Starts an array field and returns the builder to append its elements to, separated with {@link #next}. */
  StringBuilder arrayStart(String name) {
    return key(name).append('[');
  }

  static void next(StringBuilder sb, int index) {
    if (index > 0) {
      sb.append(", ");
    }
  }

  /** 3.0 → "3", 0.67 → "0.67", 6.0E10 → "60000000000". */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
