package dev.carafe.internal.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A dynamic part takes the values a regular expression would, as Werkzeug's matcher does: the
 * default converter is greedy, {@code path} is lazy, {@code any} tries its words in order.
 */
class PartPatternTest {
  private static final String[] TEXTS = {"v", ".", ".json", "a", "ab"};
  private static final VariableCheck STRING = VariableCheck.read("string 1 -1", TEXTS, null);
  private static final VariableCheck INT = VariableCheck.read("int false 0 0 2147483647", TEXTS, null);
  private static final VariableCheck PATH = VariableCheck.read("path", TEXTS, null);

  @Test
  void aVariableAloneTakesTheWholePartIfItsConverterAcceptsIt() {
    PartPattern number = new PartPattern(new String[] {null}, new VariableCheck[] {INT}, false, false);
    assertEquals("[3, 6]", bounds(number, "/x/123", 3, 6, true));
    assertEquals(-1, number.match("/x/12a", 3, 6, new int[2], 0));
  }

  @Test
  void greedyVariablesTakeTheLongestValueThatLetsTheRestMatch() {
    // v<int:major>.<int:minor>: the dot goes where the digits end.
    PartPattern version = new PartPattern(new String[] {"v", null, ".", null},
        new VariableCheck[] {null, INT, null, INT}, false, false);
    int[] bounds = new int[4];
    assertEquals(5, version.match("v12.3", 0, 5, bounds, 0));
    assertArrayEquals(new int[] {1, 3, 4, 5}, bounds);
    // <name>.<name>: the first is greedy, so it keeps every dot but the last.
    PartPattern names = new PartPattern(new String[] {null, ".", null},
        new VariableCheck[] {STRING, null, STRING}, false, false);
    assertEquals(5, names.match("a.b.c", 0, 5, bounds, 0));
    assertArrayEquals(new int[] {0, 3, 4, 5}, bounds);
  }

  @Test
  void textAfterTheLastVariableFixesItsEnd() {
    PartPattern json = new PartPattern(new String[] {null, ".json"}, new VariableCheck[] {STRING, null}, false, false);
    int[] bounds = new int[2];
    assertEquals(8, json.match("a.b.json", 0, 8, bounds, 0));
    assertArrayEquals(new int[] {0, 3}, bounds);
    assertEquals(-1, json.match(".json", 0, 5, bounds, 0));
    assertEquals(-1, json.match("json", 0, 4, bounds, 0));
  }

  @Test
  void pathIsLazyAndAnyTriesItsWordsInOrder() {
    PartPattern lazy = new PartPattern(new String[] {null, ".", null}, new VariableCheck[] {PATH, null, STRING}, true, false);
    int[] bounds = new int[4];
    assertEquals(7, lazy.match("a/b.c.d", 0, 7, bounds, 0));
    assertArrayEquals(new int[] {0, 3, 4, 7}, bounds, "path takes its shortest value; the string may not hold a slash");
    VariableCheck any = VariableCheck.read("any 3 4", TEXTS, null);
    PartPattern words = new PartPattern(new String[] {null, ".", null}, new VariableCheck[] {any, null, STRING}, false, false);
    assertEquals(4, words.match("ab.c", 0, 4, bounds, 0));
    assertArrayEquals(new int[] {0, 2, 3, 4}, bounds, "'a' is tried first, then 'ab', which lets the dot match");
    assertEquals(-1, words.match("abc.d", 0, 5, bounds, 0));
  }

  @Test
  void aSuffixedPartEndsBeforeOneTrailingSlash() {
    // <path:p>/ in a final part: Werkzeug's (?<!/)(/?) after the path.
    PartPattern suffixed = new PartPattern(new String[] {null}, new VariableCheck[] {PATH}, true, true);
    int[] bounds = new int[2];
    assertEquals(3, suffixed.match("a/b/", 0, 4, bounds, 0), "the slash is left for the empty part");
    assertArrayEquals(new int[] {0, 3}, bounds);
    assertEquals(3, suffixed.match("a/b", 0, 3, bounds, 0), "no slash: the part ends at the end");
    assertEquals(-1, suffixed.match("a/b//", 0, 5, bounds, 0), "a slash after a slash is not the rule's");
  }

  private static String bounds(PartPattern part, String path, int from, int stop, boolean expected) {
    int[] bounds = new int[2];
    assertEquals(expected, part.match(path, from, stop, bounds, 0) >= 0);
    return java.util.Arrays.toString(bounds);
  }
}
