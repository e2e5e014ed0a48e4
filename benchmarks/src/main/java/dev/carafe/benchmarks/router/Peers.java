package dev.carafe.benchmarks.router;

import dev.carafe.App;
import dev.carafe.internal.routing.DispatchTable;
import dev.carafe.internal.routing.RouteMatch;
import dev.carafe.routing.PathParams;
import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.router.matcher.PathMatcher;
import io.undertow.util.HttpString;
import io.undertow.util.PathTemplateMatcher;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The routers of {@link RouterBenchmark}, each built the way its framework builds it. */
final class Peers {
  private Peers() {}

  /**
   * The dispatch table inside a generated application. {@code App} keeps it private and the
   * generated {@code ...Dispatch} class is package-private, so the benchmark's set-up (and only
   * it) reads the field by reflection.
   */
  static DispatchTable carafe(App app) {
    for (Field field : app.getClass().getDeclaredFields()) {
      if (DispatchTable.class.isAssignableFrom(field.getType())) {
        try {
          field.setAccessible(true);
          return (DispatchTable) field.get(app);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read App's dispatch table", e);
        }
      }
    }
    throw new IllegalStateException("App has no DispatchTable field any more: update Peers.carafe");
  }

  /** The floor: the path's own {@code HashMap} entry, then the method's. */
  static Map<String, Map<String, String>> hashMap(List<RouteTable.Route> routes) {
    Map<String, Map<String, String>> map = new HashMap<>();
    for (RouteTable.Route route : routes) {
      map.computeIfAbsent(route.path(), p -> new HashMap<>()).put(route.method(), route.endpoint());
    }
    return map;
  }

  /**
   * Undertow's {@code RoutingHandler}: one {@link PathTemplateMatcher} per method, looked up by
   * the request's {@link HttpString} method.
   */
  static Map<HttpString, PathTemplateMatcher<String>> undertow(List<RouteTable.Route> routes) {
    Map<HttpString, PathTemplateMatcher<String>> matchers = new HashMap<>();
    for (RouteTable.Route route : routes) {
      matchers.computeIfAbsent(HttpString.tryFromString(route.method()), m -> new PathTemplateMatcher<>())
          .add(route.braces(), route.endpoint());
    }
    return matchers;
  }

  /** Javalin's router: one {@link PathMatcher}, its endpoints parsed with the default config. */
  static PathMatcher javalin(List<RouteTable.Route> routes) {
    RouterConfig config = new RouterConfig();
    PathMatcher matcher = new PathMatcher();
    for (RouteTable.Route route : routes) {
      String name = route.endpoint();
      matcher.add(new ParsedEndpoint(
          new Endpoint(HandlerType.findOrDefault(route.method()), route.braces(), ctx -> ctx.result(name)),
          config));
    }
    return matcher;
  }

  /**
   * Spring MVC's lookup ({@code AbstractHandlerMethodMapping.lookupHandlerMethod}) with {@link
   * PathPattern}s: the request path parsed once, the mappings of a pattern-free path found in a
   * direct map, else every mapping tried; the matches sorted by {@link
   * PathPattern#SPECIFICITY_COMPARATOR}, and the best one's variables extracted. Spring MVC does
   * more per request (it makes a new {@code RequestMappingInfo} for every match, checks the other
   * conditions), so this is a lower bound of its cost.
   */
  static final class Spring {
    /** A mapping: a method condition and a pattern. */
    record Mapping(String method, PathPattern pattern, String endpoint) {}

    /** The answer: the mapping and its URI variables. */
    record Match(Mapping mapping, PathPattern.PathMatchInfo info) {}

    private final Map<String, List<Mapping>> direct = new HashMap<>();
    private final List<Mapping> all = new ArrayList<>();

    Spring(List<RouteTable.Route> routes) {
      for (RouteTable.Route route : routes) {
        PathPattern pattern = PathPatternParser.defaultInstance.parse(route.braces());
        Mapping mapping = new Mapping(route.method(), pattern, route.endpoint());
        all.add(mapping);
        if (!pattern.hasPatternSyntax()) {
          direct.computeIfAbsent(pattern.getPatternString(), p -> new ArrayList<>()).add(mapping);
        }
      }
    }

    Match find(String method, String path) {
      PathContainer container = PathContainer.parsePath(path);
      Mapping best = null;
      List<Mapping> directs = direct.get(path);
      if (directs != null) {
        best = best(directs, method, container);
      }
      if (best == null) {
        best = best(all, method, container);
      }
      return best == null ? null : new Match(best, best.pattern().matchAndExtract(container));
    }

    private static Mapping best(List<Mapping> candidates, String method, PathContainer path) {
      List<Mapping> matches = new ArrayList<>();
      for (Mapping mapping : candidates) {
        if (mapping.method().equals(method) && mapping.pattern().matches(path)) {
          matches.add(mapping);
        }
      }
      if (matches.isEmpty()) {
        return null;
      }
      if (matches.size() > 1) {
        matches.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
      }
      return matches.get(0);
    }
  }

  /** Fails unless Carafe's answer for {@code route} is its own endpoint with its own values. */
  static void checkCarafe(RouteTable.Route route, RouteMatch match, int[] bounds) {
    if (!(match instanceof RouteMatch.Found found) || !found.endpoint().name().equals(route.endpoint())) {
      throw mismatch("Carafe", route, match);
    }
    PathParams params = PathParams.of(route.path(), bounds, found.endpoint().variables());
    List<String> values = new ArrayList<>();
    for (int i = 0; i < params.count(); i++) {
      values.add(params.string(i));
    }
    if (!values.equals(route.values())) {
      throw mismatch("Carafe", route, values);
    }
  }

  /** Fails unless {@code endpoint} is {@code route}'s own (the floor has no parameters). */
  static void checkEndpoint(String router, RouteTable.Route route, String endpoint) {
    if (!route.endpoint().equals(endpoint)) {
      throw mismatch(router, route, endpoint);
    }
  }

  /** Fails unless {@code endpoint} and {@code params} are {@code route}'s own. */
  static void check(String router, RouteTable.Route route, String endpoint, Map<String, String> params) {
    if (!route.endpoint().equals(endpoint)) {
      throw mismatch(router, route, endpoint);
    }
    for (int i = 0; i < route.names().size(); i++) {
      if (!route.values().get(i).equals(params.get(route.names().get(i)))) {
        throw mismatch(router, route, params);
      }
    }
    if (params.size() != route.names().size()) {
      throw mismatch(router, route, params);
    }
  }

  private static IllegalStateException mismatch(String router, RouteTable.Route route, Object got) {
    return new IllegalStateException(router + " does not match " + route.method() + " " + route.path()
        + " (rule " + route.template() + ") to " + route.endpoint() + route.values() + ": got " + got);
  }
}
