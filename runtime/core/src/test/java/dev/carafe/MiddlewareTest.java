package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.test.TestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiddlewareTest {
  @Test
  void chainPassesARequestThroughTheLayersInTheOrderGiven() {
    List<String> seen = new ArrayList<>();
    Gateway app = (environ, start) -> {
      seen.add("app");
      start.start(200, HeaderList.empty());
      return Body.empty();
    };
    Gateway chained = Middleware.chain(app, tracing("outer", seen), tracing("inner", seen));

    new TestClient(chained).get("/");

    assertEquals(List.of("outer in", "inner in", "app", "inner out", "outer out"), seen);
  }

  @Test
  void aMountingLayerPassesOnANewEnvironAndKeepsItsOwn() {
    List<String> paths = new ArrayList<>();
    Middleware mount = next -> (environ, start) -> {
      Body body = next.call(environ.withPath("/blog", environ.pathInfo().substring(5)), start);
      paths.add("outer sees " + environ.scriptName() + "|" + environ.pathInfo());
      return body;
    };
    Gateway app = (environ, start) -> {
      paths.add("app sees " + environ.scriptName() + "|" + environ.pathInfo());
      start.start(200, HeaderList.empty());
      return Body.empty();
    };

    new TestClient(Middleware.chain(app, mount)).get("/blog/post/1");

    assertEquals(List.of("app sees /blog|/post/1", "outer sees |/blog/post/1"), paths);
  }

  @Test
  void chainWithNoLayersIsTheApplicationItself() {
    Gateway app = (environ, start) -> Body.empty();
    assertEquals(app, Middleware.chain(app));
  }

  private static Middleware tracing(String name, List<String> seen) {
    return next -> (environ, start) -> {
      seen.add(name + " in");
      Body body = next.call(environ, start);
      seen.add(name + " out");
      return body;
    };
  }
}
