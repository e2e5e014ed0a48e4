package dev.carafe.processor.plan;

/**
 * The processor's copy of the run-time {@code dev.carafe.internal.routing.PerfectHash}: tables are planned
 * with it at compile time, so it must give the same values; a test compares the two.
 */
final class StaticHash {
  private static final int MULTIPLIER = 0x9E3779B1;

  private StaticHash() {}

  /** A hash of two arguments, the seed and a literal. */
  interface Function {
    int hash(int seed, String text);
  }

  /** Every character, as a node of the route tree hashes a segment. */
  static int hash(int seed, String text) {
    int h = seed ^ text.length();
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * MULTIPLIER;
    }
    return finish(h);
  }

  /** The length and the characters at {@code positions} (see {@link SampledPositions}). */
  static int sampled(int seed, String text, int[] positions) {
    int h = (seed ^ text.length()) * MULTIPLIER;
    for (int position : positions) {
      h = (h ^ charAt(text, position)) * MULTIPLIER;
    }
    return finish(h);
  }

  /** The character at {@code position} (from the end when negative), 0 past either end. */
  static char charAt(String text, int position) {
    int i = position >= 0 ? position : text.length() + position;
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  private static int finish(int h) {
    return h ^ (h >>> 15);
  }

  static int slot(int hash, int displacement, int mask) {
    int h = hash + displacement * 0x85EBCA6B;
    h ^= h >>> 16;
    h *= 0xC2B2AE35;
    return (h ^ (h >>> 13)) & mask;
  }
}
