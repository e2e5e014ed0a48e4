package dev.carafe.internal.routing;

/**
 * One state of the route tree, as Werkzeug's state machine has it: the rules that end here, the
 * static transitions (a segment's exact text, found by a perfect hash the processor computed), and
 * the dynamic transitions in the order they are tried. Matching tries static transitions before
 * dynamic ones and backtracks: a subtree that finds nothing, or only rules for other methods, hands
 * the search back to the next transition.
 */
final class RouteNode {
  /** How many variables every path to this node has captured. */
  private final int captures;
  /** The rules ending here, the lenient ones among them, and those one trailing slash further. */
  private final Terminal terminal;
  private final Terminal lenient;
  private final Terminal slashedLenient;
  private final Terminal slashedStrict;
  /** The static transitions by hash slot: each slot's segment text and child, or {@code null}. */
  private final String[] literals;
  private final RouteNode[] children;
  private final int seed;
  private final int mask;
  private final int[] displacements;
  /** The dynamic transitions, in the order they are tried. */
  private final PartPattern[] parts;
  private final RouteNode[] partChildren;
  /** Whether nothing follows this node: only past the end of the path can it answer. */
  private final boolean leaf;

  RouteNode(int captures, Terminal[] ending, String[] literals, RouteNode[] children, int seed, int[] displacements,
      PartPattern[] parts, RouteNode[] partChildren) {
    this.captures = captures;
    this.terminal = ending[0];
    this.lenient = ending[1];
    this.slashedLenient = ending[2];
    this.slashedStrict = ending[3];
    this.literals = literals;
    this.children = children;
    this.seed = seed;
    this.mask = literals.length - 1;
    this.displacements = displacements;
    this.parts = parts;
    this.partChildren = partChildren;
    this.leaf = literals.length == 0 && parts.length == 0 && lenient == null;
  }

  /**
   * The answer of this subtree for the rest of the path from {@code i} (past the end when no part
   * is left): a match, a redirect, the methods that would have matched, or {@code null}.
   *
   * @param bounds the start and end of each variable captured on the way, in pairs
   */
  RouteMatch match(String method, String path, int i, int[] bounds) {
    int len = path.length();
    if (i > len) {
      return endOfPath(method, path);
    }
    int end = Segments.end(path, i);
    RouteMatch.MethodNotAllowed notAllowed = null;
    if (literals.length > 0) {
      int slot = 0;
      if (literals.length > 1) {
        int h = PerfectHash.hash(seed, path, i, end);
        slot = PerfectHash.slot(h, displacements[h & (displacements.length - 1)], mask);
      }
      String literal = literals[slot];
      if (literal != null && end - i == literal.length() && path.startsWith(literal, i)) {
        RouteMatch r = children[slot].answer(method, path, end + 1, bounds);
        if (r != null) {
          if (!(r instanceof RouteMatch.MethodNotAllowed)) {
            return r;
          }
          notAllowed = ((RouteMatch.MethodNotAllowed) r).merge(notAllowed);
        }
      }
    }
    for (int d = 0; d < parts.length; d++) {
      PartPattern part = parts[d];
      int stop = part.isFinal() ? len : end;
      int matched = part.match(path, i, stop, bounds, captures * 2);
      if (matched >= 0) {
        RouteMatch r = partChildren[d].answer(method, path, matched + 1, bounds);
        if (r != null) {
          if (!(r instanceof RouteMatch.MethodNotAllowed)) {
            return r;
          }
          notAllowed = ((RouteMatch.MethodNotAllowed) r).merge(notAllowed);
        }
      }
    }
    if (lenient != null && i == len) {
      // Werkzeug: a rule without strict slashes also matches with one more slash at the end.
      Endpoint endpoint = lenient.endpoint(method);
      if (endpoint != null) {
        return endpoint.found();
      }
      notAllowed = lenient.notAllowed().merge(notAllowed);
    }
    return notAllowed;
  }

  /**
   * What {@link #match} answers, without its call for a leaf, where most rules end: a leaf answers
   * only past the end of the path.
   */
  private RouteMatch answer(String method, String path, int i, int[] bounds) {
    if (leaf) {
      return i > path.length() ? endOfPath(method, path) : null;
    }
    return match(method, path, i, bounds);
  }

  /** No part left: a rule ending here, or one ending with a slash more (a 308 when strict). */
  private RouteMatch endOfPath(String method, String path) {
    if (terminal != null) {
      Endpoint endpoint = terminal.endpoint(method);
      if (endpoint != null) {
        return endpoint.found();
      }
    }
    if (slashedLenient != null) {
      Endpoint endpoint = slashedLenient.endpoint(method);
      if (endpoint != null) {
        return endpoint.found();
      }
    }
    if (slashedStrict != null && slashedStrict.answers(method)) {
      return RouteMatch.Redirect.ifLocal(path + "/");
    }
    return terminal != null ? terminal.notAllowed() : null;
  }
}
