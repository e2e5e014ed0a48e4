package dev.carafe.internal.routing;

/**
 * The rules without variables, keyed by the whole path: a perfect hash over the path's length and
 * the few characters the processor found to tell these paths apart, so a lookup is one short hash,
 * one array read and one comparison, and most paths of another length skip even that.
 */
final class StaticPaths {
  private final int seed;
  private final int mask;
  private final int[] displacements;
  private final int[] positions;
  private final boolean[] lengths;
  private final String[] paths;
  private final Terminal[] terminals;

  /**
   * The table.
   *
   * @param positions the characters hashed: from the start, or for a negative position from the end
   * @param lengths whether some path has each length
   * @param paths the path in each slot, or {@code null}
   * @param terminals the endpoints of each slot's path
   */
  StaticPaths(int seed, int[] displacements, int[] positions, boolean[] lengths, String[] paths,
      Terminal[] terminals) {
    this.seed = seed;
    this.mask = paths.length - 1;
    this.displacements = displacements;
    this.positions = positions;
    this.lengths = lengths;
    this.paths = paths;
    this.terminals = terminals;
  }

  /** The endpoint of {@code path} for {@code method}, or {@code null}. */
  Endpoint endpoint(String method, String path) {
    int length = path.length();
    if (length >= lengths.length || !lengths[length]) {
      return null;
    }
    int h = PerfectHash.start(seed, length);
    for (int position : positions) {
      h = PerfectHash.mix(h, path, position);
    }
    int hash = PerfectHash.finish(h);
    int slot = PerfectHash.slot(hash, displacements[hash & (displacements.length - 1)], mask);
    return path.equals(paths[slot]) ? terminals[slot].endpoint(method) : null;
  }
}
