package dev.carafe.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.processor.RouteTables;
import dev.carafe.internal.routing.PerfectHash;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compile-time perfect hash, as plain data. */
class PerfectHashPlanTest {
  private static List<String> staticPaths() {
    List<String> paths = new ArrayList<>();
    for (RouteTables.Route route : RouteTables.read("static.txt")) {
      paths.add(route.rule());
    }
    return paths;
  }

  @Test
  void everyLiteralGetsItsOwnSlotAndIsFoundThere() {
    List<String> paths = staticPaths();
    PerfectHashPlan plan = PerfectHashPlan.of(paths);
    Set<Integer> slots = new HashSet<>();
    for (String path : paths) {
      int hash = PerfectHash.hash(plan.seed(), path, 0, path.length());
      int slot = PerfectHash.slot(hash, plan.displacements()[hash & (plan.displacements().length - 1)], plan.mask());
      assertEquals(path, plan.slots()[slot]);
      assertTrue(slots.add(slot));
    }
  }

  @Test
  void tableIsAtMostTwiceTheNextPowerOfTwo() {
    PerfectHashPlan plan = PerfectHashPlan.of(staticPaths());
    assertTrue(plan.slots().length <= 512, "slots: " + plan.slots().length);
  }

  @Test
  void theSameLiteralsGiveTheSamePlan() {
    PerfectHashPlan a = PerfectHashPlan.of(staticPaths());
    PerfectHashPlan b = PerfectHashPlan.of(staticPaths());
    assertEquals(a.seed(), b.seed());
    assertEquals(java.util.Arrays.asList(a.slots()), java.util.Arrays.asList(b.slots()));
  }

  @Test
  void processorAndRuntimeHashAlike() {
    for (String text : List.of("", "/", "/users", "repos", "ünïcödé", "a much longer segment text")) {
      for (int seed = 0; seed < 50; seed++) {
        assertEquals(PerfectHash.hash(seed, "xx" + text + "yy", 2, 2 + text.length()),
            StaticHash.hash(seed, text));
        int[] positions = {0, 3, -1, -2, 40, -40};
        int h = PerfectHash.start(seed, text.length());
        for (int position : positions) {
          h = PerfectHash.mix(h, text, position);
        }
        assertEquals(PerfectHash.finish(h), StaticHash.sampled(seed, text, positions));
        assertEquals(PerfectHash.slot(seed * 31, seed, 255), StaticHash.slot(seed * 31, seed, 255));
      }
    }
  }

  @Test
  void aFewPositionsTellTheStaticPathsApart() {
    List<String> paths = staticPaths();
    int[] positions = SampledPositions.choose(paths);
    Set<String> keys = new HashSet<>();
    for (String path : paths) {
      StringBuilder key = new StringBuilder().append(path.length()).append(':');
      for (int position : positions) {
        key.append(StaticHash.charAt(path, position));
      }
      assertTrue(keys.add(key.toString()), path + " looks like another path");
    }
    // 157 paths of up to 60 characters: a lookup reads a handful of them, not every one.
    assertTrue(positions.length <= 8, "positions: " + java.util.Arrays.toString(positions));
  }

  @Test
  void sampledPlanFindsEveryPathInItsSlot() {
    List<String> paths = staticPaths();
    int[] positions = SampledPositions.choose(paths);
    PerfectHashPlan plan = PerfectHashPlan.of(paths, (seed, path) -> StaticHash.sampled(seed, path, positions));
    for (String path : paths) {
      int hash = StaticHash.sampled(plan.seed(), path, positions);
      int slot = StaticHash.slot(hash, plan.displacements()[hash & (plan.displacements().length - 1)], plan.mask());
      assertEquals(path, plan.slots()[slot]);
    }
  }

  @Test
  void pathsThatDifferInOneCharacterAreToldApart() {
    int[] positions = SampledPositions.choose(List.of("/a/b/c", "/a/x/c", "/a/b/d", "/a/b"));
    assertEquals(2, positions.length, java.util.Arrays.toString(positions));
  }

  @Test
  void oneLiteralNeedsOneSlot() {
    PerfectHashPlan plan = PerfectHashPlan.of(List.of("only"));
    assertEquals(1, plan.slots().length);
  }
}
