package dev.carafe.processor.check;

import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds rules that can never be reached: a rule whose every part is matched, at least as widely,
 * by a rule that is tried first and accepts all of its methods. Werkzeug would route such requests
 * silently to the other rule; Carafe makes it a compile error that names both.
 */
final class Reachability {
  private final Diagnostics diagnostics;

  Reachability(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  boolean check(List<EndpointModel> endpoints) {
    // A part covers another only where both have the same literals in the same places, so a rule
    // is compared only with the rules of its outline, and each rule's parts and shape are made
    // once: linear in the rules rather than quadratic, which at 10,000 routes was most of the
    // processor's time.
    Map<String, List<Integer>> byOutline = new HashMap<>();
    List<List<Part>> parts = new ArrayList<>();
    List<String> shapes = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      List<Part> rule = Part.of(endpoints.get(i).rule());
      parts.add(rule);
      shapes.add(Part.shape(endpoints.get(i).rule()));
      byOutline.computeIfAbsent(outline(rule), o -> new ArrayList<>()).add(i);
    }
    boolean ok = true;
    for (int l = 0; l < endpoints.size(); l++) {
      EndpointModel later = endpoints.get(l);
      for (int f : byOutline.get(outline(parts.get(l)))) {
        EndpointModel first = endpoints.get(f);
        if (f != l && first.methods().containsAll(later.methods())
            && !shapes.get(f).equals(shapes.get(l)) && shadows(parts.get(f), parts.get(l))) {
          diagnostics.error(later.method(), later.annotation(), "Rule '" + later.rule().text()
              + "' of " + later.where() + " can never be reached: rule '" + first.rule().text()
              + "' of " + first.where() + " is tried first and matches every path it matches;"
              + " narrow that rule's converters, or give the rules different methods");
          ok = false;
          break;
        }
      }
    }
    return ok;
  }

  /**
   * What two rules must share for one to cover the other: the number of parts and, in each,
   * whether it is final and its literals in their places (a variable only as {@code <>}).
   */
  private static String outline(List<Part> parts) {
    StringBuilder outline = new StringBuilder();
    for (Part part : parts) {
      outline.append(part.isFinal() ? "/final:" : "/");
      for (Rule.Chunk chunk : part.chunks()) {
        outline.append(chunk instanceof Rule.Literal literal ? literal.text().replace("<", "<<") : "<>");
      }
    }
    return outline.toString();
  }

  /**
   * Whether rule {@code a} (methods and shapes compared already) takes every request rule
   * {@code b} would match, and is tried first.
   */
  private static boolean shadows(List<Part> a, List<Part> b) {
    if (a.size() != b.size()) {
      return false;
    }
    boolean triedFirst = false;
    for (int i = 0; i < a.size(); i++) {
      Part pa = a.get(i);
      Part pb = b.get(i);
      if (pa.key().equals(pb.key())) {
        continue;
      }
      if (!covers(pa, pb)) {
        return false;
      }
      if (!triedFirst) {
        // At the first part where they differ, the covering part must come first.
        if (Part.PRIORITY.compare(pa, pb) > 0) {
          return false;
        }
        triedFirst = true;
      }
    }
    return triedFirst;
  }

  /** Whether part {@code a} matches every text part {@code b} matches. */
  private static boolean covers(Part a, Part b) {
    if (a.isFinal() != b.isFinal() || a.chunks().size() != b.chunks().size()) {
      return false;
    }
    List<Rule.Chunk> ca = new ArrayList<>(a.chunks());
    List<Rule.Chunk> cb = new ArrayList<>(b.chunks());
    for (int i = 0; i < ca.size(); i++) {
      Rule.Chunk x = ca.get(i);
      Rule.Chunk y = cb.get(i);
      if (x instanceof Rule.Literal lx) {
        if (!(y instanceof Rule.Literal ly) || !lx.text().equals(ly.text())) {
          return false;
        }
      } else if (!(y instanceof Rule.Variable vy)
          || !((Rule.Variable) x).converter().covers(vy.converter())) {
        return false;
      }
    }
    return true;
  }
}
