package dev.carafe.internal.app;

/**
 * How alike two names are, to suggest the endpoint that was probably meant: Python's
 * {@code difflib.SequenceMatcher(None, a, b).ratio()}, which Werkzeug's {@code BuildError} ranks
 * rules by, so Carafe suggests what Flask would.
 */
final class Similarity {
  private Similarity() {}

  /**
   * {@code 2 * M / T}: {@code M} the characters in the matching blocks difflib finds (the longest
   * common block, then the same on each side of it), {@code T} both lengths. Without difflib's
   * "autojunk", which only applies past 200 characters.
   */
  static double ratio(String a, String b) {
    int total = a.length() + b.length();
    return total == 0 ? 1.0 : 2.0 * matches(a, 0, a.length(), b, 0, b.length()) / total;
  }

  private static int matches(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    // The longest common block, the earliest in a, then in b, as difflib's find_longest_match.
    int bestI = aFrom;
    int bestJ = bFrom;
    int best = 0;
    int[] lengths = new int[bTo - bFrom + 1];
    for (int i = aFrom; i < aTo; i++) {
      int[] next = new int[bTo - bFrom + 1];
      for (int j = bFrom; j < bTo; j++) {
        if (a.charAt(i) == b.charAt(j)) {
          int length = lengths[j - bFrom] + 1;
          next[j - bFrom + 1] = length;
          if (length > best) {
            best = length;
            bestI = i - length + 1;
            bestJ = j - length + 1;
          }
        }
      }
      lengths = next;
    }
    if (best == 0) {
      return 0;
    }
    return best + matches(a, aFrom, bestI, b, bFrom, bestJ)
        + matches(a, bestI + best, aTo, b, bestJ + best, bTo);
  }
}
