package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.testing.compile.Compilation;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The generated router of the GitHub API's 203 routes fuzzed against the plain matcher of
 * {@link RouteTablesTest}: paths made of the table's own segments, near misses, escapes (those
 * of {@code /} and {@code %} kept, as Werkzeug keeps them), empty segments and trailing slashes,
 * with every method; status, endpoint and {@code Allow} must agree. Seeds and every input that
 * ever failed are in {@code RouterFuzzTestInputs}.
 */
class RouterFuzzTest {
  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"};
  private static final String[] PIECES = {"", "x", "-", "~", "%41", "%2F", "%2f", "%25", "%E6%B0%B4",
      "%ZZ", "%", "%C3", ":", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "1", "é"};
  private static final List<RouteTables.Route> ROUTES = RouteTables.read("github.txt");
  private static final RouteTablesTest.Reference REFERENCE = new RouteTablesTest.Reference(ROUTES);
  private static final List<String> SEGMENTS = segments();
  private static final TestClient CLIENT = client();

  private static TestClient client() {
    Compilation compilation = Compiler.compile(
        Compiler.source("api.Routes", "package api;", "@dev.carafe.Application public class Routes {}"),
        RouteTables.controller("api", ROUTES));
    assertThat(compilation).succeeded();
    return new TestClient(Compiler.app(compilation, "api.Routes"));
  }

  private static List<String> segments() {
    Set<String> segments = new LinkedHashSet<>();
    for (RouteTables.Route route : ROUTES) {
      for (String segment : route.rule().substring(1).split("/")) {
        if (!segment.startsWith("<")) {
          segments.add(segment);
        }
      }
    }
    return new ArrayList<>(segments);
  }

  @FuzzTest(maxDuration = "5m")
  void routerAgreesWithAPlainMatcher(FuzzedDataProvider data) {
    String method = data.pickValue(METHODS);
    StringBuilder path = new StringBuilder();
    int count = data.consumeInt(1, 7);
    for (int i = 0; i < count; i++) {
      path.append('/');
      if (data.consumeBoolean()) {
        path.append(data.pickValue(SEGMENTS));
      }
      int pieces = data.consumeInt(0, 3);
      for (int p = 0; p < pieces; p++) {
        path.append(data.pickValue(PIECES));
      }
    }
    String raw = path.toString();
    String decoded = routable(raw);
    TestResponse actual = CLIENT.request(method, raw).send();
    if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      // Carafe refuses a path with a control character before trying a rule (Werkzeug: 404).
      assertEquals(400, actual.status(), method + " " + raw);
      return;
    }
    RouteTablesTest.Reference.Answer expected = REFERENCE.match(method, decoded);
    assertEquals(expected.status(), actual.status(), method + " " + raw);
    if (expected.status() == 200 && !method.equals("HEAD")) {
      assertTrue(actual.text().equals(expected.endpoint())
          || actual.text().startsWith(expected.endpoint() + " "),
          method + " " + raw + " went to " + actual.text() + ", not " + expected.endpoint());
    } else if (expected.status() == 405) {
      assertEquals(expected.allow(), actual.header("Allow"), method + " " + raw);
    }
  }

  /**
   * The path as Werkzeug matches it, written plainly: escapes decoded as UTF-8 (U+FFFD for what
   * is not), except those of {@code /} and {@code %}, which stay as sent.
   */
  private static String routable(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))
          && !raw.substring(i + 1, i + 3).equalsIgnoreCase("2F")
          && !raw.substring(i + 1, i + 3).equals("25")) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
