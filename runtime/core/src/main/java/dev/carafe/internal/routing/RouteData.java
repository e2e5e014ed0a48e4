package dev.carafe.internal.routing;

/**
 * Reads the dispatch table generated code describes. The processor writes the table's structure
 * as a list of numbers, read front to back:
 *
 * <ol>
 *   <li>the whole-path table: {@code 0} when no rule is without variables, else {@code 1}, its
 *       seed, its displacements (a count, then each), the positions it hashes (a count, then each),
 *       the path lengths it has (a count, then each), then a text and a terminal per slot (a count,
 *       then pairs; -1 for an empty slot);
 *   <li>the converter checks: a count, then the text of each ({@link VariableCheck#read});
 *   <li>the dynamic parts: a count, then for each its flags (1: final, 2: suffixed, see
 *       {@link PartPattern}) and its chunks (a count, then each: a text, or {@code -1 - k} for
 *       check {@code k});
 *   <li>the nodes, the root first: a count, then for each the variables captured on the way, its
 *       four terminals (rules ending here, lenient ones, lenient and strict ones a slash further;
 *       -1 for none), its static transitions (a count of slots; past one slot, the seed and the
 *       displacements as above; then a text and a child per slot), and its dynamic transitions (a
 *       count, then a part and a child each).
 * </ol>
 *
 * <p>The processor writes every table; this reader trusts its input.
 */
final class RouteData {
  private final String[] texts;
  private final int[] program;
  private final Terminal[] terminals;
  private final ConverterMatcher<?>[] converters;
  private int next;

  RouteData(String[] texts, int[] program, Terminal[] terminals, ConverterMatcher<?>[] converters) {
    this.texts = texts;
    this.program = program;
    this.terminals = terminals;
    this.converters = converters;
  }

  CompiledRoutes read(boolean mergeSlashes) {
    StaticPaths statics = staticPaths();
    VariableCheck[] checks = new VariableCheck[take()];
    for (int c = 0; c < checks.length; c++) {
      checks[c] = VariableCheck.read(texts[take()], texts, converters);
    }
    PartPattern[] parts = new PartPattern[take()];
    for (int p = 0; p < parts.length; p++) {
      parts[p] = part(checks);
    }
    int count = take();
    // Children come after their parents: read every node's place first, then build from the leaves.
    int[] offsets = new int[count];
    for (int n = 0; n < count; n++) {
      offsets[n] = next;
      skipNode();
    }
    int end = next;
    RouteNode[] nodes = new RouteNode[count];
    for (int n = count - 1; n >= 0; n--) {
      next = offsets[n];
      nodes[n] = node(nodes, parts);
    }
    next = end;
    if (next != program.length || count == 0) {
      throw new IllegalStateException("The dispatch data does not end where its last node does");
    }
    return new CompiledRoutes(statics, nodes[0], mergeSlashes);
  }

  private int take() {
    return program[next++];
  }

  private int[] takeInts() {
    int[] values = new int[take()];
    for (int i = 0; i < values.length; i++) {
      values[i] = take();
    }
    return values;
  }

  private String text(int index) {
    return index < 0 ? null : texts[index];
  }

  private Terminal terminal(int index) {
    return index < 0 ? null : terminals[index];
  }

  private StaticPaths staticPaths() {
    if (take() == 0) {
      return null;
    }
    int seed = take();
    int[] displacements = takeInts();
    int[] positions = takeInts();
    int[] lengthList = takeInts();
    boolean[] lengths = new boolean[lengthList.length == 0 ? 0 : lengthList[lengthList.length - 1] + 1];
    for (int length : lengthList) {
      lengths[length] = true;
    }
    int slots = take();
    String[] paths = new String[slots];
    Terminal[] ending = new Terminal[slots];
    for (int s = 0; s < slots; s++) {
      paths[s] = text(take());
      ending[s] = terminal(take());
    }
    return new StaticPaths(seed, displacements, positions, lengths, paths, ending);
  }

  private PartPattern part(VariableCheck[] checks) {
    int flags = take();
    int chunks = take();
    String[] literals = new String[chunks];
    VariableCheck[] variables = new VariableCheck[chunks];
    for (int c = 0; c < chunks; c++) {
      int chunk = take();
      if (chunk >= 0) {
        literals[c] = texts[chunk];
      } else {
        variables[c] = checks[-1 - chunk];
      }
    }
    return new PartPattern(literals, variables, (flags & 1) != 0, (flags & 2) != 0);
  }

  private void skipNode() {
    next += 5;
    int slots = take();
    if (slots > 1) {
      next++;
      int displacements = take();
      next += displacements;
    }
    next += slots * 2;
    int dynamics = take();
    next += dynamics * 2;
  }

  private RouteNode node(RouteNode[] nodes, PartPattern[] parts) {
    int captures = take();
    Terminal[] ending = {terminal(take()), terminal(take()), terminal(take()), terminal(take())};
    int slots = take();
    int seed = 0;
    int[] displacements = {0};
    if (slots > 1) {
      seed = take();
      displacements = takeInts();
    }
    String[] literals = new String[slots];
    RouteNode[] children = new RouteNode[slots];
    for (int s = 0; s < slots; s++) {
      literals[s] = text(take());
      int child = take();
      children[s] = child < 0 ? null : nodes[child];
    }
    int dynamics = take();
    PartPattern[] patterns = new PartPattern[dynamics];
    RouteNode[] partChildren = new RouteNode[dynamics];
    for (int d = 0; d < dynamics; d++) {
      patterns[d] = parts[take()];
      partChildren[d] = nodes[take()];
    }
    return new RouteNode(captures, ending, literals, children, seed, displacements, patterns, partChildren);
  }
}
