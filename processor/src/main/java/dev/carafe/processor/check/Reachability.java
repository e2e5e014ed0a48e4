package dev.carafe.processor.check;

import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import java.util.ArrayList;
import java.util.List;

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
    boolean ok = true;
    for (EndpointModel later : endpoints) {
      for (EndpointModel first : endpoints) {
        if (first != later && shadows(first, later)) {
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

  /** Whether {@code first} takes every request {@code later} would match, and is tried first. */
  private static boolean shadows(EndpointModel first, EndpointModel later) {
    if (!first.methods().containsAll(later.methods())) {
      return false;
    }
    List<Part> a = Part.of(first.rule());
    List<Part> b = Part.of(later.rule());
    if (a.size() != b.size() || Part.shape(first.rule()).equals(Part.shape(later.rule()))) {
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
