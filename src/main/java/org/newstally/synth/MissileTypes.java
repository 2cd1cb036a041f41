package org.newstally.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Missile model names as the Air Force data spells them ("X-101/X-555", "C-300") turned into the names English
 * news copy uses ("Kh-101/Kh-555", "S-300"), with the kind of missile the text puts after the name.
 */
final class MissileTypes {
  /** Labels that name no type: a night containing one cannot print a breakdown that adds up. */
  private static final List<String> UNIDENTIFIED =
      List.of("unknown missile", "ballistic missile", "intercontinental ballistic missile");

  private static final Map<String, String> PRESS_NAMES = Map.of(
      "X-47 Kinzhal", "Kinzhal",
      "3M22 Zircon", "Zircon",
      "P-800 Oniks", "Oniks",
      "X-59/X-69", "Kh-59/69");

  private MissileTypes() {}

  /** "X-101/X-555" → "Kh-101/Kh-555", "C-300/C-400" → "S-300/S-400". */
  static String pressName(String model) {
    String special = PRESS_NAMES.get(model);
    if (special != null) {
      return special;
    }
    return model.replaceAll("(^|/)X-", "$1Kh-").replaceAll("(^|/)C-", "$1S-");
  }

  /**
   * The kind words for a model of the given categories file category ("cruise missile"), or null for a model that
   * names no type.
   */
  static String kind(String model, String category) {
    if (UNIDENTIFIED.contains(model.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (model.contains("Kinzhal") && !model.contains(" and ")) {
      return "aeroballistic missiles";
    }
    switch (category) {
      case "cruise missile":
        return model.startsWith("X-59") || model.startsWith("X-31") || model.startsWith("X-69")
            ? "guided missiles" : "cruise missiles";
      case "ballistic missile":
        return "ballistic missiles";
      case "surface-to-air missile":
        return "guided missiles";
      default:
        return "missiles";
    }
  }

  /** A count for a model label, combined labels ("X-101/X-555 and Kalibr") included. */
  static Night.MissileCount count(String model, String category, int launched, int downed) {
    String kind = kind(model, category);
    List<String> names = new ArrayList<>();
    for (String part : model.split(" and ")) {
      names.add(pressName(part.trim()));
    }
    return new Night.MissileCount(String.join("/", names), String.join(" and ", names), kind, launched, downed);
  }

  /** The types synthetic nights are made of, with the share of launches each typically takes. */
  static final List<SyntheticType> SYNTHETIC = List.of(
      new SyntheticType("Kh-101/Kh-555", "cruise missiles", 0.30, 0.85),
      new SyntheticType("Kalibr", "cruise missiles", 0.15, 0.80),
      new SyntheticType("Iskander-M/KN-23", "ballistic missiles", 0.18, 0.35),
      new SyntheticType("Iskander-K", "cruise missiles", 0.10, 0.70),
      new SyntheticType("Kinzhal", "aeroballistic missiles", 0.06, 0.40),
      new SyntheticType("Kh-59/69", "guided missiles", 0.08, 0.90),
      new SyntheticType("S-300", "guided missiles", 0.07, 0.10),
      new SyntheticType("Kh-22", "cruise missiles", 0.06, 0.20));

  /** A missile type for synthetic nights: its weight among launches and the share air defence downs. */
  record SyntheticType(String name, String kind, double weight, double downRate) {}
}
