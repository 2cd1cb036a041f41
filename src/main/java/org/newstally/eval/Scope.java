package org.newstally.eval;

/**
 * The gold annotates Russian attacks on Ukraine only ("Ukraine's strikes on Russia" and other wars are not strike
 * records), while the tables may hold other sides. Rows naming other sides are out of the gold's scope and are not
 * scored; a row with no side named stays in scope, so that a missing attacker cannot hide a wrong row.
 */
final class Scope {
  static final String ATTACKER = "Russia";
  static final String TARGET = "Ukraine";

  private Scope() {}

  static boolean isRussiaOnUkraine(String attacker, String target) {
    return (attacker == null || ATTACKER.equalsIgnoreCase(attacker.trim()))
        && (target == null || TARGET.equalsIgnoreCase(target.trim()));
  }
}
