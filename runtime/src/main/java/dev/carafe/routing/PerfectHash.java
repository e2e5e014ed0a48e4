package dev.carafe.routing;

/**
 * The hash the generated dispatch tables use for their perfect-hash lookups: hash and displace.
 * One pass over the request's characters, in place, gives a hash; its low bits pick a bucket, and
 * the bucket's displacement, found by the processor at compile time, moves it to a slot no other
 * literal of the table has. So a lookup costs one hash pass, one array read and one comparison.
 *
 * <p>The processor carries an identical copy of these functions; a test keeps the two the same.
 */
public final class PerfectHash {
  private static final int MULTIPLIER = 0x9E3779B1;

  private PerfectHash() {}

  /** The hash of {@code text} under {@code seed}. */
  public static int hash(int seed, String text) {
    return hash(seed, text, 0, text.length());
  }

  /** The hash of {@code text.substring(from, to)} under {@code seed}, without the substring. */
  public static int hash(int seed, String text, int from, int to) {
    int h = seed ^ (to - from);
    for (int i = from; i < to; i++) {
      h = (h ^ text.charAt(i)) * MULTIPLIER;
    }
    return h ^ (h >>> 15);
  }

  /** The slot of a hash in a table of {@code mask + 1} slots, moved by its bucket's displacement. */
  public static int slot(int hash, int displacement, int mask) {
    int h = hash + displacement * 0x85EBCA6B;
    h ^= h >>> 16;
    h *= 0xC2B2AE35;
    return (h ^ (h >>> 13)) & mask;
  }
}
