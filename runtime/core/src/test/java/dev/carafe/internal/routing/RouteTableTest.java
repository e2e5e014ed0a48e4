package dev.carafe.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.FixtureApp;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  @Test
  void listsEndpointsSortedByNameInAlignedColumns() {
    String expected = String.join("\n",
        "Endpoint     Methods  Rule",
        "-----------  -------  --------------",
        "boom         GET      /boom",
        "create_item  POST     /items",
        "index        GET      /",
        "list_items   GET      /items",
        "post         GET      /post/<int:id>",
        "user         GET      /user/<name>",
        "");
    assertEquals(expected, FixtureApp.create().routeTable());
  }

  @Test
  void automaticMethodsAreLeftOut() {
    Endpoint endpoint = new Endpoint("page", "/page", java.util.List.of("GET", "HEAD", "OPTIONS"),
        new UrlTemplate(new String[] {"/page"}, new String[0]), r -> null);
    assertEquals("Endpoint  Methods  Rule\n--------  -------  -----\npage      GET      /page\n",
        RouteTable.format(java.util.List.of(endpoint.rule())));
  }
}
