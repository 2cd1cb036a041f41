package org.newstally.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One-to-one pairing of gold and predicted items with equal keys, as multisets: two equal gold items need two
 * predicted ones. Within a key, pairs the {@code preferred} way go first (e.g. same evidence sentence), then items
 * pair in list order, so the result does not depend on hash order.
 */
final class Matching<G, P> {
  record Pair<G, P>(G gold, P predicted) {}

  final List<Pair<G, P>> pairs;
  final List<G> unmatchedGold;
  final List<P> unmatchedPredicted;

  private Matching(List<Pair<G, P>> pairs, List<G> unmatchedGold, List<P> unmatchedPredicted) {
    this.pairs = pairs;
    this.unmatchedGold = unmatchedGold;
    this.unmatchedPredicted = unmatchedPredicted;
  }

  static <G, P, K> Matching<G, P> byKey(List<G> gold, List<P> predicted, Function<G, K> goldKey,
      Function<P, K> predictedKey, BiPredicate<G, P> preferred) {
    Map<K, List<Integer>> open = new LinkedHashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      open.computeIfAbsent(predictedKey.apply(predicted.get(i)), k -> new ArrayList<>()).add(i);
    }
    Integer[] partner = new Integer[gold.size()];
    for (boolean preferredPass : new boolean[] {true, false}) {
      for (int g = 0; g < gold.size(); g++) {
        if (partner[g] != null) {
          continue;
        }
        List<Integer> candidates = open.getOrDefault(goldKey.apply(gold.get(g)), List.of());
        for (int c = 0; c < candidates.size(); c++) {
          int p = candidates.get(c);
          if (!preferredPass || preferred.test(gold.get(g), predicted.get(p))) {
            partner[g] = p;
            candidates.remove(c);
            break;
          }
        }
      }
    }
    List<Pair<G, P>> pairs = new ArrayList<>();
    List<G> unmatchedGold = new ArrayList<>();
    boolean[] taken = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (partner[g] == null) {
        unmatchedGold.add(gold.get(g));
      } else {
        pairs.add(new Pair<>(gold.get(g), predicted.get(partner[g])));
        taken[partner[g]] = true;
      }
    }
    List<P> unmatchedPredicted = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!taken[p]) {
        unmatchedPredicted.add(predicted.get(p));
      }
    }
    return new Matching<>(pairs, unmatchedGold, unmatchedPredicted);
  }
}
