package dev.carafe.internal.routing;

/**
 * The dispatch table the processor compiled from an application's rules, as data: the rules
 * without variables in a perfect hash over the whole path, tried first; then the route tree, a
 * perfect hash per node over its static children; then, for a path with repeated slashes, the tree
 * again on the merged path. Every seed, displacement and order was chosen at compile time; the
 * generated code hands them over as a few text constants, which {@link RouteData} reads when the
 * application is built.
 */
public final class CompiledRoutes implements DispatchTable {
  private final StaticPaths statics;
  private final RouteNode root;
  private final boolean mergeSlashes;

  CompiledRoutes(StaticPaths statics, RouteNode root, boolean mergeSlashes) {
    this.statics = statics;
    this.root = root;
    this.mergeSlashes = mergeSlashes;
  }

  /**
   * The table generated code describes.
   *
   * @param texts the literal text of the table: segments, whole paths, converter lines
   * @param program the table's structure, as {@link RouteData} reads it
   * @param terminals the endpoints of each place rules end, by index
   * @param converters the application's own converters, by index
   * @param mergeSlashes whether a path with repeated slashes is redirected to its merged form
   */
  public static CompiledRoutes read(String[] texts, int[] program, Terminal[] terminals,
      ConverterMatcher<?>[] converters, boolean mergeSlashes) {
    return new RouteData(texts, program, terminals, converters).read(mergeSlashes);
  }

  @Override
  public RouteMatch match(String method, String path, int[] bounds) {
    if (statics != null) {
      Endpoint endpoint = statics.endpoint(method, path);
      if (endpoint != null) {
        return endpoint.found();
      }
    }
    if (path.isEmpty()) {
      // Werkzeug: an application reached without a path (its mount point without the slash)
      // redirects to its root, if it has one.
      RouteMatch root = match(method, "/", bounds);
      return root instanceof RouteMatch.Found || root instanceof RouteMatch.MethodNotAllowed
          && method.equals("OPTIONS") ? RouteMatch.Redirect.ifLocal("/") : root;
    }
    if (path.charAt(0) != '/') {
      return RouteMatch.notFound();
    }
    RouteMatch match = root.match(method, path, 1, bounds);
    if (match != null && !(match instanceof RouteMatch.MethodNotAllowed)) {
      return match;
    }
    if (mergeSlashes && path.contains("//")) {
      // Werkzeug's merge_slashes: a match once slashes are merged is a redirect there.
      String merged = Segments.mergeSlashes(path);
      RouteMatch again = root.match(method, merged, 1, bounds);
      if (again instanceof RouteMatch.Found
          || again instanceof RouteMatch.MethodNotAllowed && method.equals("OPTIONS")) {
        // OPTIONS is redirected as every method a rule answers is.
        return RouteMatch.Redirect.ifLocal(merged);
      }
      if (again instanceof RouteMatch.MethodNotAllowed) {
        return ((RouteMatch.MethodNotAllowed) again).merge(
            match instanceof RouteMatch.MethodNotAllowed ? (RouteMatch.MethodNotAllowed) match : null);
      }
      if (again != null) {
        return again;
      }
    }
    return match != null ? match : RouteMatch.notFound();
  }
}
