package dev.carafe.internal.routing;

/**
 * The hash the generated dispatch tables use for their perfect-hash lookups: hash and displace.
 * A hash of the request's characters, read in place, has its low bits pick a bucket, and the
 * bucket's displacement, found by the processor at compile time, moves it to a slot no other
 * literal of the table has. So a lookup costs one hash, one array read and one comparison.
 *
 * <p>A segment of the path is hashed whole ({@link #hash(int, String, int, int)}). A whole path is
 * hashed by its length and a few of its characters ({@link #start}, {@link #mix}, then
 * {@link #finish}): the
 * processor picks the positions that tell the table's paths apart, so a lookup reads a handful of
 * characters instead of every one, and the comparison that follows checks the rest.
 *
 * <p>The processor carries an identical copy of these functions; a test keeps the two the same.
 */
public final class PerfectHash {
  private static final int MULTIPLIER = 0x9E3779B1;

  private PerfectHash() {}

  /** The hash of {@code text.substring(from, to)} under {@code seed}, without the substring. */
  public static int hash(int seed, String text, int from, int to) {
    int h = seed ^ (to - from);
    for (int i = from; i < to; i++) {
      h = (h ^ text.charAt(i)) * MULTIPLIER;
    }
    return finish(h);
  }

  /**
   * The state of a hash of a text of {@code length} under {@code seed}, before any character. The
   * length is multiplied in, not only XORed: a short path then reads 0 where a longer one reads a
   * character, and the two stay apart whatever that character is.
   */
  public static int start(int seed, int length) {
    return (seed ^ length) * MULTIPLIER;
  }

  /**
   * Mixes one character of {@code text} into {@code h}: the one at {@code position} from the start,
   * or for a negative position, {@code -position} from the end; 0 when the text is too short.
   */
  public static int mix(int h, String text, int position) {
    int length = text.length();
    int i = position >= 0 ? position : length + position;
    char c = i >= 0 && i < length ? text.charAt(i) : 0;
    return (h ^ c) * MULTIPLIER;
  }

  /** The hash of the mixed state {@code h}. */
  public static int finish(int h) {
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
