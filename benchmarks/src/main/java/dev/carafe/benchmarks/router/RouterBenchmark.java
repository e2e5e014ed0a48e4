package dev.carafe.benchmarks.router;

import dev.carafe.App;
import dev.carafe.bench.github.GithubApp;
import dev.carafe.bench.statics.StaticApp;
import dev.carafe.internal.routing.DispatchTable;
import dev.carafe.internal.routing.RouteMatch;
import dev.carafe.routing.PathParams;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.router.matcher.PathMatcher;
import io.undertow.util.HttpString;
import io.undertow.util.PathTemplateMatcher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One route lookup per operation, cycling through every route of a table (GitHub: 203 routes, 36
 * of them static; static: 157 GET routes), through Carafe's generated dispatch table and through
 * the routers of its peers, in the same run.
 *
 * <p>Each lookup gets a path {@code String} made just then from the request's bytes, as a server
 * makes one per request, so no router finds a cached hash code; the method is the interned
 * constant a server hands over. {@link #requestPathOnly} measures making that string alone: it is
 * part of every other figure (time and bytes), and the routers' own cost is the difference.
 *
 * <p>The set-up checks that every router matches every route to its own endpoint with its own
 * parameter values, and fails the run otherwise.
 *
 * <pre>java -jar benchmarks/target/carafe-benchmarks.jar RouterBenchmark -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RouterBenchmark {
  /** The route table. */
  @Param({"github", "static"})
  public String table;

  private byte[][] paths;
  private String[] methods;
  private HttpString[] httpMethods;
  private int next;

  private Map<String, Map<String, String>> floor;
  private DispatchTable carafe;
  /** Where Carafe writes a match's variables: one array for every lookup, as a server thread would keep. */
  private final int[] bounds = new int[32];
  private Map<HttpString, PathTemplateMatcher<String>> undertow;
  private Peers.Spring spring;
  private PathMatcher javalin;

  /** Loads the table, builds every router and checks each one on every route. */
  @Setup
  public void setUp() {
    List<RouteTable.Route> routes = RouteTable.load(table);
    App app = switch (table) {
      case "github" -> GithubApp.create();
      case "static" -> StaticApp.create();
      default -> throw new IllegalArgumentException(table);
    };
    paths = new byte[routes.size()][];
    methods = new String[routes.size()];
    httpMethods = new HttpString[routes.size()];
    for (int i = 0; i < routes.size(); i++) {
      paths[i] = routes.get(i).path().getBytes(StandardCharsets.ISO_8859_1);
      methods[i] = routes.get(i).method();
      httpMethods[i] = HttpString.tryFromString(methods[i]);
    }
    floor = Peers.hashMap(routes);
    carafe = Peers.carafe(app);
    undertow = Peers.undertow(routes);
    spring = new Peers.Spring(routes);
    javalin = Peers.javalin(routes);
    for (int i = 0; i < routes.size(); i++) {
      RouteTable.Route route = routes.get(i);
      next = i;
      Peers.checkEndpoint("HashMap", route, hashMapFloor());
      next = i;
      Peers.checkCarafe(route, carafe(), bounds);
      next = i;
      PathTemplateMatcher.PathMatchResult<String> u = undertow();
      Peers.check("Undertow", route, u == null ? null : u.getValue(), u == null ? Map.of() : u.getParameters());
      next = i;
      Peers.Spring.Match s = spring();
      Peers.check("Spring", route, s == null ? null : s.mapping().endpoint(),
          s == null ? Map.of() : s.info().getUriVariables());
      next = i;
      String path = freshPath(i);
      ParsedEndpoint j = javalin.findFirstEntry(HandlerType.findOrDefault(methods[i]), path);
      Peers.check("Javalin", route, j == null ? null : endpointOf(routes, j), javalinParams());
    }
    next = 0;
  }

  private Map<String, String> javalinParams() {
    Map<String, String> params = javalin();
    return params == null ? Map.of() : params;
  }

  private static String endpointOf(List<RouteTable.Route> routes, ParsedEndpoint endpoint) {
    for (RouteTable.Route route : routes) {
      if (route.braces().equals(endpoint.endpoint.path)
          && route.method().equals(endpoint.endpoint.method.name())) {
        return route.endpoint();
      }
    }
    return null;
  }

  private int index() {
    int i = next;
    next = i + 1 == paths.length ? 0 : i + 1;
    return i;
  }

  private String freshPath(int i) {
    return new String(paths[i], StandardCharsets.ISO_8859_1);
  }

  /** Only makes the request's path string: the part of every figure that is not routing. */
  @Benchmark
  public String requestPathOnly() {
    return freshPath(index());
  }

  /** The floor: a {@code HashMap} lookup of the path, then of the method. */
  @Benchmark
  public String hashMapFloor() {
    int i = index();
    Map<String, String> byMethod = floor.get(freshPath(i));
    return byMethod == null ? null : byMethod.get(methods[i]);
  }

  /** Carafe's dispatch table; parameters stay offsets into the path, in the caller's array. */
  @Benchmark
  public RouteMatch carafe() {
    int i = index();
    return carafe.match(methods[i], freshPath(i), bounds);
  }

  /**
   * Carafe's dispatch table, then every parameter made a decoded {@code String}, as a handler with
   * {@code String} parameters gets them (the peers all hand back a map of strings).
   */
  @Benchmark
  public void carafeWithValues(Blackhole hole) {
    int i = index();
    String path = freshPath(i);
    RouteMatch match = carafe.match(methods[i], path, bounds);
    if (match instanceof RouteMatch.Found found) {
      PathParams params = PathParams.of(path, bounds, found.endpoint().variables());
      for (int p = 0; p < params.count(); p++) {
        hole.consume(params.string(p));
      }
    }
    hole.consume(match);
  }

  /** Undertow's {@code RoutingHandler} lookup: the method's matcher, then the path template. */
  @Benchmark
  public PathTemplateMatcher.PathMatchResult<String> undertow() {
    int i = index();
    PathTemplateMatcher<String> matcher = undertow.get(httpMethods[i]);
    return matcher == null ? null : matcher.match(freshPath(i));
  }

  /** Spring MVC's lookup with {@code PathPattern}s (see {@link Peers.Spring}). */
  @Benchmark
  public Peers.Spring.Match spring() {
    int i = index();
    return spring.find(methods[i], freshPath(i));
  }

  /** Javalin's request path: the first matching endpoint for the method, then its parameters. */
  @Benchmark
  public Map<String, String> javalin() {
    int i = index();
    String path = freshPath(i);
    ParsedEndpoint endpoint = javalin.findFirstEntry(HandlerType.findOrDefault(methods[i]), path);
    return endpoint == null ? null : endpoint.extractPathParams(path);
  }
}
