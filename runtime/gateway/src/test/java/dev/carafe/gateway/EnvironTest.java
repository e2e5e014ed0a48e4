package dev.carafe.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EnvironTest {
  private static final Environ.Key<String> USER = Environ.Key.of("user", String.class);

  @Test
  void withPathReturnsANewViewAndLeavesTheOriginalUnchanged() {
    Environ original = Environ.builder().pathInfo("/blog/post/1").queryString("a=1").build();
    Environ mounted = original.withPath("/blog", "/post/1");

    assertNotSame(original, mounted);
    assertEquals("", original.scriptName());
    assertEquals("/blog/post/1", original.pathInfo());
    assertEquals("/blog", mounted.scriptName());
    assertEquals("/post/1", mounted.pathInfo());
    assertEquals("a=1", mounted.queryString());
  }

  @Test
  void attributesAreSeenOnlyByTheViewThatSetThem() {
    Environ original = Environ.builder().build();
    Environ signedIn = original.with(USER, "ada");

    assertEquals("ada", signedIn.get(USER));
    assertNull(original.get(USER));
    assertEquals("ada", signedIn.withPathInfo("/other").get(USER));
  }

  @Test
  void theBuilderOfAViewDoesNotChangeTheEnvironItCameFrom() {
    Environ original = Environ.builder().method("POST").build();
    Environ.Builder builder = original.toBuilder();
    builder.method("PUT").attribute(USER, "bob");

    assertEquals("POST", original.method());
    assertNull(original.get(USER));
    assertEquals("PUT", builder.build().method());
  }

  @Test
  void theDefaultsDescribeALocalGetOfTheRoot() {
    Environ environ = Environ.builder().build();
    assertEquals("GET /", environ.toString());
    assertEquals("localhost", environ.host());
    assertEquals(80, environ.port());
  }
}
