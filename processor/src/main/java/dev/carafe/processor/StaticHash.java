package dev.carafe.processor;

/**
 * The processor's copy of the run-time {@code dev.carafe.routing.PerfectHash}: tables are planned
 * with it at compile time, so it must give the same values; a test compares the two.
 */
final class StaticHash {
  private static final int MULTIPLIER = 0x9E3779B1;

  private StaticHash() {}

  static int hash(int seed, String text) {
    int h = seed ^ text.length();
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * MULTIPLIER;
    }
    return h ^ (h >>> 15);
  }

  static int slot(int hash, int displacement, int mask) {
    int h = hash + displacement * 0x85EBCA6B;
    h ^= h >>> 16;
    h *= 0xC2B2AE35;
    return (h ^ (h >>> 13)) & mask;
  }
}
