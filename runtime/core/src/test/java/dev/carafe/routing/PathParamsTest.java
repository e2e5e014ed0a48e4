package dev.carafe.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathParamsTest {
  private static final String PATH = "/user/a%2Fb/post/-42/x%zz";
  private final PathParams params = new PathParams(PATH, 6, 11, 17, 20, 21, 25);

  @Test
  void anEncodedSlashStaysInsideTheDecodedValue() {
    assertEquals("a%2Fb", params.raw(0));
    assertEquals("a/b", params.string(0));
  }

  @Test
  void numbersAreReadFromTheCharacters() {
    assertEquals(-42, params.intValue(1));
    assertEquals(-42L, params.longValue(1));
  }

  @Test
  void anInvalidEscapeIsKeptInTheValue() {
    assertEquals("x%zz", params.string(2));
  }

  @Test
  void countsAndPrintsTheRawValues() {
    assertEquals(3, params.count());
    assertEquals("[a%2Fb, -42, x%zz]", params.toString());
    assertEquals(0, PathParams.none().count());
  }
}
