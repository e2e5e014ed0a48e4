package dev.carafe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.routing.PerfectHash;
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
      int hash = PerfectHash.hash(plan.seed(), path);
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
        assertEquals(PerfectHash.hash(seed, text), StaticHash.hash(seed, text));
        assertEquals(PerfectHash.hash(seed, "xx" + text + "yy", 2, 2 + text.length()),
            StaticHash.hash(seed, text));
        assertEquals(PerfectHash.slot(seed * 31, seed, 255), StaticHash.slot(seed * 31, seed, 255));
      }
    }
  }

  @Test
  void oneLiteralNeedsOneSlot() {
    PerfectHashPlan plan = PerfectHashPlan.of(List.of("only"));
    assertEquals(1, plan.slots().length);
  }
}
