package dev.carafe.internal.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.carafe.internal.invoke.Returns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dispatch table read from the data the processor writes (here by hand, in the format
 * {@link RouteData} documents): the rules {@code /about} and {@code /u/<int:id>}.
 */
class CompiledRoutesTest {
  private final Endpoint about = endpoint("about", "/about", List.of());
  private final Endpoint user = endpoint("user", "/u/<int:id>", List.of("id"));
  private final CompiledRoutes table = CompiledRoutes.read(
      new String[] {"/about", "u", "int false 0 0 2147483647", "about"},
      new int[] {
        // the whole-path table: seed 0, one displacement, no sampled position, length 6, one slot
        1, 0, 1, 0, 0, 1, 6, 1, 0, 1,
        // one check: text 2; one part: not final, one chunk, check 0
        1, 2,
        1, 0, 1, -1,
        // three nodes: the root (two static children by a hash of seed 0 over two slots), "u", and
        // where <int:id> ends (one variable captured, terminal 0)
        4,
        0, -1, -1, -1, -1, 2, 0, 1, 0, 1, 1, 3, 3, 0,
        0, -1, -1, -1, -1, 0, 1, 0, 2,
        1, 0, -1, -1, -1, 0, 0,
        0, 1, -1, -1, -1, 0, 0,
      },
      new Terminal[] {new Terminal(user), new Terminal(about)},
      new ConverterMatcher<?>[0],
      true);

  @Test
  void aVariableIsWrittenIntoTheCallersBoundsAndTheMatchIsTheEndpointsOwn() {
    int[] bounds = new int[2];
    assertSame(user.found(), table.match("GET", "/u/42", bounds));
    assertArrayEquals(new int[] {3, 5}, bounds);
    assertSame(user.found(), table.match("GET", "/u/7", bounds), "the same object for every match");
    assertArrayEquals(new int[] {3, 4}, bounds);
  }

  @Test
  void staticPathsMethodsAndMisses() {
    int[] bounds = new int[2];
    assertSame(about.found(), table.match("GET", "/about", bounds));
    assertSame(about.found(), table.match("HEAD", "/about", bounds));
    RouteMatch post = table.match("POST", "/u/42", bounds);
    assertInstanceOf(RouteMatch.MethodNotAllowed.class, post);
    assertEquals("GET, HEAD, OPTIONS", ((RouteMatch.MethodNotAllowed) post).allow());
    assertSame(RouteMatch.notFound(), table.match("GET", "/u/x", bounds));
    assertSame(RouteMatch.notFound(), table.match("GET", "/u/99999999999", bounds), "past an int");
    assertEquals(new RouteMatch.Redirect("/u/42"), table.match("GET", "/u//42", bounds));
  }

  private static Endpoint endpoint(String name, String rule, List<String> variables) {
    String[] literals = variables.isEmpty() ? new String[] {rule} : new String[] {"/u/", ""};
    UrlValue[] values = variables.isEmpty() ? new UrlValue[0]
        : new UrlValue[] {UrlValue.integer(false, 0, 0, Integer.MAX_VALUE)};
    return new Endpoint(name, rule, List.of("GET"),
        new UrlTemplate(literals, variables.toArray(new String[0]), values),
        request -> Returns.html(name, name));
  }
}
