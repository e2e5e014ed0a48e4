package dev.carafe.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ratios Python's {@code difflib.SequenceMatcher(None, a, b).ratio()} gives (Python 3.11). */
class SimilarityTest {
  @Test
  void ratiosAreDifflibs() {
    assertEquals(0.6666666666666666, Similarity.ratio("world", "helloworld"), 1e-12);
    assertEquals(0.5555555555555556, Similarity.ratio("worldFoo", "helloworld"), 1e-12);
    assertEquals(0.75, Similarity.ratio("show", "shwo"), 1e-12);
    assertEquals(0.0, Similarity.ratio("delete", "shwo"), 1e-12);
    assertEquals(1.0, Similarity.ratio("", ""), 1e-12);
  }
}
