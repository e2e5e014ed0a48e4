package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GitHub API's 203 routes and the Go documentation's 157 static routes, compiled with the
 * processor: every route reaches its own endpoint with its parameters, its built URL matches it
 * again, and near misses (a character changed, a segment missing or extra, a trailing slash, the
 * wrong method) get what an independent, plainly written matcher says they should.
 */
class RouteTablesTest {
  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"};

  @ParameterizedTest
  @ValueSource(strings = {"github.txt", "static.txt"})
  void everyRouteReachesItsEndpointAndNearMissesMissIt(String table) {
    List<RouteTables.Route> routes = RouteTables.read(table);
    Compilation compilation = Compiler.compile(
        Compiler.source("api.Routes", "package api;", "@dev.carafe.Application public class Routes {}"),
        RouteTables.controller("api", routes));
    assertThat(compilation).succeeded();
    App app = Compiler.app(compilation, "api.Routes");
    TestClient client = new TestClient(app);
    Reference reference = new Reference(routes);
    int checked = 0;
    java.util.Random random = new java.util.Random(table.hashCode());
    for (RouteTables.Route route : routes) {
      String path = samplePath(route);
      TestResponse response = client.request(route.method(), path).send();
      assertEquals(200, response.status(), route + " " + path);
      assertEquals(route.endpoint() + route.variables().stream().map(v -> " value-" + v)
          .reduce("", String::concat), response.text(), path);

      for (int trial = 0; trial < 5; trial++) {
        // Property: a URL built from any values routes back to its endpoint with those values.
        Map<String, Object> values = new LinkedHashMap<>();
        StringBuilder expected = new StringBuilder(route.endpoint());
        for (String variable : route.variables()) {
          String value = randomValue(random);
          values.put(variable, value);
          expected.append(' ').append(value);
        }
        String built = app.urlFor(route.endpoint(), values);
        TestResponse back = client.request(route.method(), built).send();
        assertEquals(200, back.status(), built);
        assertEquals(expected.toString(), back.text(), built);
      }

      for (String miss : nearMisses(path)) {
        for (String method : METHODS) {
          assertSame(reference, client, method, miss);
          checked++;
        }
      }
    }
    assertTrue(checked > routes.size() * 10, "near misses checked: " + checked);
  }

  /** Text with the characters URLs make hard: slashes, escapes, query and fragment marks, non-ASCII. */
  private static String randomValue(java.util.Random random) {
    String alphabet = "ab-_.~ /%?#&=+:@!$'()*,;é水😀";
    int length = 1 + random.nextInt(8);
    StringBuilder value = new StringBuilder();
    while (value.codePointCount(0, value.length()) < length) {
      value.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
          random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    return value.toString();
  }

  private static void assertSame(Reference reference, TestClient client, String method, String path) {
    Reference.Answer expected = reference.match(method, path);
    TestResponse actual = client.request(method, path).send();
    assertEquals(expected.status(), actual.status(), method + " " + path);
    if (expected.status() == 200) {
      assertTrue(actual.text().startsWith(expected.endpoint() + " ") || actual.text().equals(expected.endpoint()),
          method + " " + path + " went to " + actual.text() + ", not " + expected.endpoint());
    } else if (expected.status() == 405) {
      assertEquals(expected.allow(), actual.header("Allow"), method + " " + path);
    }
  }

  private static String samplePath(RouteTables.Route route) {
    String path = route.rule();
    for (String variable : route.variables()) {
      path = path.replace("<" + variable + ">", "value-" + variable);
    }
    return path;
  }

  /** The path with one character changed in each place, a segment dropped or added, a slash more. */
  private static List<String> nearMisses(String path) {
    List<String> misses = new ArrayList<>();
    for (int i = 1; i < path.length(); i++) {
      if (path.charAt(i) != '/') {
        misses.add(path.substring(0, i) + '~' + path.substring(i + 1));
      }
    }
    int last = path.lastIndexOf('/');
    misses.add(last == 0 ? "/" : path.substring(0, last));
    misses.add(path + "/extra");
    misses.add(path + "/");
    return misses;
  }

  /**
   * A matcher written for these tables only, plainly, as Werkzeug's rules read: segment by
   * segment, a static segment before a variable, backtracking, and the methods of every rule whose
   * path matched for 405.
   */
  static final class Reference {
    private final List<RouteTables.Route> routes;

    Reference(List<RouteTables.Route> routes) {
      this.routes = routes;
    }

    record Answer(int status, String endpoint, String allow) {}

    Answer match(String method, String path) {
      Answer answer = matchAsIs(method, path);
      if (answer.status() != 200 && path.contains("//")) {
        // Werkzeug's merge_slashes: a match once slashes are merged is a redirect there.
        Answer merged = matchAsIs(method, path.replaceAll("/{2,}", "/"));
        if (merged.status() == 200) {
          return new Answer(308, null, null);
        }
        if (merged.status() == 405) {
          // Werkzeug's NoMatch keeps the methods of both walks: a 405.
          TreeSet<String> allow = new TreeSet<>(List.of(merged.allow().split(", ")));
          if (answer.status() == 405) {
            allow.addAll(List.of(answer.allow().split(", ")));
          }
          return new Answer(405, null, String.join(", ", allow));
        }
      }
      return answer;
    }

    private Answer matchAsIs(String method, String path) {
      String[] parts = path.substring(1).split("/", -1);
      TreeSet<String> allowed = new TreeSet<>();
      RouteTables.Route best = null;
      String[] bestKey = null;
      for (RouteTables.Route route : routes) {
        String[] rule = route.rule().substring(1).split("/", -1);
        if (rule.length != parts.length || !fits(rule, parts)) {
          continue;
        }
        if (!route.method().equals(method) && !(method.equals("HEAD") && route.method().equals("GET"))) {
          allowed.add(route.method());
          if (route.method().equals("GET")) {
            allowed.add("HEAD");
          }
          continue;
        }
        String[] key = key(rule);
        if (best == null || compare(key, bestKey) < 0) {
          best = route;
          bestKey = key;
        }
      }
      if (best != null) {
        return new Answer(200, best.endpoint(), null);
      }
      if (!allowed.isEmpty()) {
        allowed.add("OPTIONS");
        return new Answer(405, null, String.join(", ", allowed));
      }
      return new Answer(404, null, null);
    }

    /** Static segments sort before variables, position by position: Werkzeug's order here. */
    private static String[] key(String[] rule) {
      String[] key = new String[rule.length];
      for (int i = 0; i < rule.length; i++) {
        key[i] = rule[i].startsWith("<") ? "1" : "0";
      }
      return key;
    }

    private static int compare(String[] a, String[] b) {
      return String.join("", a).compareTo(String.join("", b));
    }

    private static boolean fits(String[] rule, String[] parts) {
      for (int i = 0; i < rule.length; i++) {
        boolean variable = rule[i].startsWith("<");
        if (variable ? parts[i].isEmpty() : !rule[i].equals(parts[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
