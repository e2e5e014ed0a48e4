package dev.carafe.processor.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A perfect hash over a set of literals, by hash and displace: the hash's low bits pick a bucket,
 * and each bucket has a displacement that sends its literals to slots no other literal takes. The
 * search tries seeds and displacements from 0 up, so the same literals always give the same plan
 * and the generated file does not change between builds.
 *
 * @param seed the seed of the hash
 * @param mask the number of slots minus one (a power of two minus one)
 * @param displacements the displacement of each bucket; their count is a power of two
 * @param slots the literal in each slot, {@code null} where there is none
 */
public record PerfectHashPlan(int seed, int mask, int[] displacements, String[] slots) {
  /** Copies the tables in and out, so that a plan cannot change once made. */
  public PerfectHashPlan {
    displacements = displacements.clone();
    slots = slots.clone();
  }

  @Override
  public int[] displacements() {
    return displacements.clone();
  }

  @Override
  public String[] slots() {
    return slots.clone();
  }

  private static final int SEEDS = 64;
  private static final int DISPLACEMENTS = 1 << 16;

  /** The plan of {@code literals} hashed whole, as a node hashes its segment. */
  static PerfectHashPlan of(List<String> literals) {
    return of(literals, StaticHash::hash);
  }

  /**
   * The plan of {@code literals} under {@code hash}, which must tell them apart for some seed (as
   * a hash of their length and their {@link SampledPositions} does).
   */
  static PerfectHashPlan of(List<String> literals, StaticHash.Function hash) {
    int first = Integer.highestOneBit(Math.max(1, literals.size() * 2 - 1));
    for (int size = first; size <= first * 16; size *= 2) {
      for (int seed = 0; seed < SEEDS; seed++) {
        PerfectHashPlan plan = tryPlan(literals, hash, seed, size);
        if (plan != null) {
          return plan;
        }
      }
    }
    // Only a hash that cannot tell two literals apart gets here.
    throw new IllegalStateException("No perfect hash found for " + literals);
  }

  private static PerfectHashPlan tryPlan(
      List<String> literals, StaticHash.Function hashFunction, int seed, int size) {
    int bucketCount = Math.max(1, size / 4);
    List<List<String>> buckets = new ArrayList<>();
    for (int b = 0; b < bucketCount; b++) {
      buckets.add(new ArrayList<>());
    }
    Set<Integer> hashes = new HashSet<>();
    for (String literal : literals) {
      int hash = hashFunction.hash(seed, literal);
      if (!hashes.add(hash)) {
        return null;
      }
      buckets.get(hash & (bucketCount - 1)).add(literal);
    }
    List<Integer> order = new ArrayList<>();
    for (int b = 0; b < bucketCount; b++) {
      order.add(b);
    }
    // The fullest buckets are placed first, while the table is still empty.
    order.sort((a, b) -> buckets.get(b).size() != buckets.get(a).size()
        ? buckets.get(b).size() - buckets.get(a).size() : a - b);
    String[] slots = new String[size];
    int[] displacements = new int[bucketCount];
    for (int b : order) {
      if (buckets.get(b).isEmpty()) {
        continue;
      }
      int displacement = displace(buckets.get(b), hashFunction, seed, size - 1, slots);
      if (displacement < 0) {
        return null;
      }
      displacements[b] = displacement;
    }
    return new PerfectHashPlan(seed, size - 1, displacements, slots);
  }

  /** The first displacement that puts every literal of the bucket in a free slot of its own. */
  private static int displace(
      List<String> bucket, StaticHash.Function hash, int seed, int mask, String[] slots) {
    for (int displacement = 0; displacement < DISPLACEMENTS; displacement++) {
      int[] chosen = new int[bucket.size()];
      boolean fits = true;
      for (int i = 0; i < bucket.size() && fits; i++) {
        chosen[i] = StaticHash.slot(hash.hash(seed, bucket.get(i)), displacement, mask);
        fits = slots[chosen[i]] == null;
        for (int j = 0; j < i && fits; j++) {
          fits = chosen[j] != chosen[i];
        }
      }
      if (fits) {
        for (int i = 0; i < bucket.size(); i++) {
          slots[chosen[i]] = bucket.get(i);
        }
        return displacement;
      }
    }
    return -1;
  }

  int slotOf(String literal) {
    return Arrays.asList(slots).indexOf(literal);
  }
}
