package dev.carafe.processor.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The character positions that tell a set of paths apart, as gperf chooses them: with its length
 * and the characters at these positions, no path looks like another. The whole-path table hashes
 * only these characters, and the comparison after the lookup checks the others.
 *
 * <p>Positions are chosen greedily: each round takes the position that leaves the most paths told
 * apart, until all are. A position counts from the start when it is 0 or more, from the end when
 * it is negative ({@code -1} is the last character); a path too short for it reads 0 there. The
 * candidates are tried in a fixed order (the last character, the second, the second-to-last, ...),
 * so the same paths always give the same positions.
 */
final class SampledPositions {
  private SampledPositions() {}

  static int[] choose(Collection<String> paths) {
    List<String> distinct = new ArrayList<>(new HashSet<>(paths));
    distinct.sort(null);
    int longest = distinct.stream().mapToInt(String::length).max().orElse(0);
    List<Integer> candidates = new ArrayList<>();
    for (int offset = 1; offset <= longest; offset++) {
      candidates.add(-offset);
      candidates.add(offset);
    }
    int[] chosen = new int[0];
    int told = distinctKeys(distinct, chosen);
    while (told < distinct.size()) {
      int best = 0;
      int bestTold = told;
      for (int candidate : candidates) {
        int[] tried = Arrays.copyOf(chosen, chosen.length + 1);
        tried[chosen.length] = candidate;
        int count = distinctKeys(distinct, tried);
        if (count > bestTold) {
          best = candidate;
          bestTold = count;
        }
      }
      if (bestTold == told) {
        // Cannot happen for distinct paths: two of the same length differ somewhere.
        throw new IllegalStateException("No position tells these paths apart: " + distinct);
      }
      chosen = Arrays.copyOf(chosen, chosen.length + 1);
      chosen[chosen.length - 1] = best;
      told = bestTold;
    }
    return chosen;
  }

  /** How many different keys (length and the characters at {@code positions}) the paths have. */
  private static int distinctKeys(List<String> paths, int[] positions) {
    Set<String> keys = new HashSet<>();
    for (String path : paths) {
      StringBuilder key = new StringBuilder().append(path.length()).append(':');
      for (int position : positions) {
        key.append(StaticHash.charAt(path, position));
      }
      keys.add(key.toString());
    }
    return keys.size();
  }
}
