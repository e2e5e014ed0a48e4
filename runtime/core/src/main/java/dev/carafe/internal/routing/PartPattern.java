package dev.carafe.internal.routing;

/**
 * One dynamic part of a rule: its chunks, literal text and variables, matched against
 * {@code path[from, stop)} the way a regular expression would take them, as Werkzeug's matcher
 * does: a greedy variable tries its longest value first, {@code path} its shortest. The common
 * shapes, a variable alone or followed by text to the end of the part, try one value only.
 */
final class PartPattern {
  private final String[] literals;
  private final VariableCheck[] checks;
  private final boolean isFinal;
  private final boolean suffixed;
  /** The check of the part's one variable when that is all the part is, else {@code null}. */
  private final VariableCheck only;

  /**
   * A part of the given chunks.
   *
   * @param literals each chunk's text, or {@code null} where the chunk is a variable
   * @param checks each chunk's variable, or {@code null} where the chunk is text
   * @param isFinal whether the part takes the rest of the path ({@code path} is in it)
   * @param suffixed whether the rule's trailing slash was taken off this final part: the path may
   *     end with one slash more, which then goes to the empty part that follows
   */
  PartPattern(String[] literals, VariableCheck[] checks, boolean isFinal, boolean suffixed) {
    this.literals = literals;
    this.checks = checks;
    this.isFinal = isFinal;
    this.suffixed = suffixed;
    this.only = checks.length == 1 ? checks[0] : null;
  }

  /** Whether the part spans the rest of the path rather than one segment. */
  boolean isFinal() {
    return isFinal;
  }

  /**
   * Where this part ends if it starts at {@code from} and runs to {@code stop}, or -1 when it does
   * not match there; if it does, the bounds of its variables are in {@code bounds}, a start and an
   * end each, from {@code bounds[at]} on. A suffixed part ends before a trailing slash, if the
   * path has one (and not two: Werkzeug's {@code (?<!/)(/?)}).
   */
  int match(String path, int from, int stop, int[] bounds, int at) {
    if (suffixed && stop > from && path.charAt(stop - 1) == '/') {
      int end = stop - 1;
      return end > from && path.charAt(end - 1) != '/' && matches(path, from, end, bounds, at) ? end : -1;
    }
    return matches(path, from, stop, bounds, at) ? stop : -1;
  }

  private boolean matches(String path, int from, int stop, int[] bounds, int at) {
    if (only != null) {
      // The most common part, a variable alone: its value is the whole part, if the converter takes it.
      if (!only.accepts(path, from, stop, isFinal)) {
        return false;
      }
      bounds[at] = from;
      bounds[at + 1] = stop;
      return true;
    }
    return chunks(0, path, from, stop, bounds, at);
  }

  private boolean chunks(int index, String path, int from, int stop, int[] bounds, int at) {
    if (index == literals.length) {
      return from == stop;
    }
    String literal = literals[index];
    if (literal != null) {
      int next = from + literal.length();
      return next <= stop && path.startsWith(literal, from) && chunks(index + 1, path, next, stop, bounds, at);
    }
    VariableCheck check = checks[index];
    if (index == literals.length - 1) {
      // Only one value is possible: the rest of the part.
      return value(index, path, from, stop, stop, bounds, at);
    }
    String following = literals[index + 1];
    if (index == literals.length - 2 && following != null) {
      // Followed by text that ends the part: the value is what comes before that text.
      return value(index, path, from, stop - following.length(), stop, bounds, at);
    }
    int fixed = check.fixedLength();
    if (fixed >= 0) {
      return value(index, path, from, from + fixed, stop, bounds, at);
    }
    if (check instanceof VariableCheck.AnyCheck any) {
      for (String word : any.words()) {
        if (value(index, path, from, from + word.length(), stop, bounds, at)) {
          return true;
        }
      }
      return false;
    }
    if (check instanceof VariableCheck.PathCheck) {
      // path is lazy ([^/].*?): its shortest value first.
      for (int end = from + 1; end <= stop; end++) {
        if (value(index, path, from, end, stop, bounds, at)) {
          return true;
        }
      }
      return false;
    }
    for (int end = stop; end > from; end--) {
      if (value(index, path, from, end, stop, bounds, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether variable {@code index} can be {@code path[from, end)} with the rest matching after it. */
  private boolean value(int index, String path, int from, int end, int stop, int[] bounds, int at) {
    if (end < from || end > stop || !checks[index].accepts(path, from, end, isFinal)) {
      return false;
    }
    bounds[at] = from;
    bounds[at + 1] = end;
    return chunks(index + 1, path, end, stop, bounds, at + 2);
  }
}
