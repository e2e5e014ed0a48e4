package dev.carafe.internal.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.carafe.Response;
import dev.carafe.internal.invoke.Returns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text tables generated code is made from read back as the processor wrote them. */
class TablesTest {
  @Test
  void intsAreReadAcrossChunks() {
    assertArrayEquals(new int[] {0, 3, 17, -2, 42}, Tables.ints("0,3,1", "7,-2,", "42"));
    assertArrayEquals(new int[0], Tables.ints(""));
    assertArrayEquals(new int[] {7}, Tables.ints("7"));
  }

  @Test
  void textsAreSplitAtTheSeparatorAndAnEmptyOneStaysEmpty() {
    assertArrayEquals(new String[] {"/a", "", "/b/c"}, Tables.texts('\n', "/a\n", "\n/b/c"));
    assertArrayEquals(new String[] {"x", "y"}, Tables.texts('\u0001', "x\u0001y"));
    assertArrayEquals(new String[] {""}, Tables.texts('\n', ""));
  }

  @Test
  void terminalsNameTheirEndpointsByIndexAndAnEmptySlotIsNull() {
    Endpoint get = endpoint("show", "GET");
    Endpoint post = endpoint("add", "POST");
    Terminal[] terminals = Tables.terminals(new Endpoint[] {get, post}, "0,1;", ";1");
    assertEquals(3, terminals.length);
    assertSame(get, terminals[0].endpoint("GET"));
    assertSame(post, terminals[0].endpoint("POST"));
    assertNull(terminals[1]);
    assertNull(terminals[2].endpoint("GET"));
    assertSame(post, terminals[2].endpoint("POST"));
  }

  private static Endpoint endpoint(String name, String method) {
    return new Endpoint(name, "/" + name, List.of(method),
        new UrlTemplate(new String[] {"/" + name}, new String[0]),
        request -> Returns.required(Response.text(name), name));
  }
}
