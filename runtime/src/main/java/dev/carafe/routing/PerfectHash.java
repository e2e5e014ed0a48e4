package dev.carafe.routing;

/**
 * The hash the generated dispatch tables use for their perfect-hash lookups. The processor finds,
 * at compile time, a seed under which every literal of a table gets its own slot; at run time one
 * pass over the request's characters, in place, finds the only slot that can match.
 *
 * <p>The processor carries an identical copy of this function; a test keeps the two the same.
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
}
