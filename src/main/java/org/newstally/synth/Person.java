package org.newstally.synth;

import java.util.List;

/**
 * A person the texts can name. {@code fullForms} and {@code surnameForms} are aligned spelling variants
 * ("Sergei Lavrov"/"Lavrov"): an article keeps to one variant, as real outlets do.
 *
 * @param canonical the name the gold uses
 * @param title the words before the name on first mention ("Kremlin aide"), or empty
 * @param appositive the description after the name on first mention ("the head of the presidential office")
 */
record Person(String canonical, List<String> fullForms, List<String> surnameForms, String title, String appositive,
    Side side) {

  static Person of(String canonical, String title, String appositive, Side side) {
    String surname = canonical.substring(canonical.lastIndexOf(' ') + 1);
    return new Person(canonical, List.of(canonical), List.of(surname), title, appositive, side);
  }

  /** A person whose name is spelled in several ways; the first full form must be the canonical name. */
  static Person variants(String title, String appositive, Side side, List<String> fullForms,
      List<String> surnameForms) {
    return new Person(fullForms.get(0), fullForms, surnameForms, title, appositive, side);
  }

  String surname(int variant) {
    return surnameForms.get(Math.min(variant, surnameForms.size() - 1));
  }

  String full(int variant) {
    return fullForms.get(Math.min(variant, fullForms.size() - 1));
  }
}
