import dev.carafe.App;
import dev.carafe.internal.routing.DispatchTable;
import dev.carafe.internal.routing.RouteMatch;
import dev.carafe.routing.PathParams;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lookup time of the generated dispatch table of a {@code GenerateScaleApp} application, a loop
 * harness (the application is compiled by benchmarks/scale.sh, not by Maven, so JMH's generated
 * code is not at hand). Run with the application's classes and the runtime on the class path:
 *
 * <pre>java -cp CLASSES:RUNTIME benchmarks/tools/ScaleLookup.java OUTPUT_DIR/paths.txt</pre>
 *
 * Checks first that every path of paths.txt matches its own endpoint with its own values, then
 * times {@code match(method, path)} cycling through (a) every route and (b) the first 100 routes
 * (the same working set at every size), each after a warm-up ({@code -Dwarmup=SECONDS}, 3 by
 * default; take 60 for the steady state), in 5 rounds of about 1 s, and
 * prints the median and the best round in ns per lookup. The paths are made once (Carafe's hash does
 * not use the string's cached hash code). The table is read from the {@code App} by reflection,
 * as RouterBenchmark does; the lookups themselves call it directly.
 */
public final class ScaleLookup {
  /** Where a match's variables go, one array for every lookup. */
  private static final int[] BOUNDS = new int[32];
  private ScaleLookup() {}

  static volatile long sink;

  public static void main(String[] args) throws Exception {
    List<String[]> routes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        routes.add(line.trim().split(" "));
      }
    }
    App app = (App) Class.forName("dev.carafe.bench.scale.ScaleApp").getMethod("create").invoke(null);
    DispatchTable table = table(app);
    String[] methods = new String[routes.size()];
    String[] paths = new String[routes.size()];
    for (int i = 0; i < routes.size(); i++) {
      String[] route = routes.get(i);
      methods[i] = route[0].intern();
      paths[i] = route[1];
      RouteMatch match = table.match(methods[i], paths[i], BOUNDS);
      List<String> values = new ArrayList<>();
      if (match instanceof RouteMatch.Found found) {
        PathParams params = PathParams.of(paths[i], BOUNDS, found.endpoint().variables());
        for (int p = 0; p < params.count(); p++) {
          values.add(params.string(p));
        }
      }
      if (!(match instanceof RouteMatch.Found found) || !found.endpoint().name().equals(route[2])
          || !values.equals(Arrays.asList(route).subList(3, route.length))) {
        throw new IllegalStateException(String.join(" ", route) + ": got " + match + " " + values);
      }
    }
    int subset = Math.min(100, routes.size());
    System.out.printf("all %d routes: %s%n", routes.size(), time(table, methods, paths, routes.size()));
    System.out.printf("first %d routes: %s%n", subset, time(table, methods, paths, subset));
  }

  private static String time(DispatchTable table, String[] methods, String[] paths, int count) {
    run(table, methods, paths, count, Long.getLong("warmup", 3) * 1_000_000_000L);
    double[] rounds = new double[5];
    for (int r = 0; r < rounds.length; r++) {
      rounds[r] = run(table, methods, paths, count, 1_000_000_000L);
    }
    Arrays.sort(rounds);
    return String.format("median %.1f ns/lookup, best %.1f", rounds[rounds.length / 2], rounds[0]);
  }

  /** Cycles through the first {@code count} routes for about {@code nanos}; ns per lookup. */
  private static double run(DispatchTable table, String[] methods, String[] paths, int count, long nanos) {
    long found = 0;
    long lookups = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      for (int i = 0; i < count; i++) {
        if (table.match(methods[i], paths[i], BOUNDS) instanceof RouteMatch.Found) {
          found++;
        }
      }
      lookups += count;
      elapsed = System.nanoTime() - start;
    } while (elapsed < nanos);
    sink = found;
    return (double) elapsed / lookups;
  }

  private static DispatchTable table(App app) throws ReflectiveOperationException {
    for (Field field : app.getClass().getDeclaredFields()) {
      if (DispatchTable.class.isAssignableFrom(field.getType())) {
        field.setAccessible(true);
        return (DispatchTable) field.get(app);
      }
    }
    throw new IllegalStateException("App has no DispatchTable field any more: update ScaleLookup");
  }
}
