package dev.carafe.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.StartResponse;
import dev.carafe.internal.lifecycle.Lifecycle;
import org.junit.jupiter.api.Test;

/**
 * Counting and profiling never block, so requests they pass on stay where the wrapped gateway
 * says; the scrape of {@code /metrics} goes to a worker.
 */
class MayBlockTest {
  private final App app = TestApps.app(Lifecycle.none(),
      TestApps.get("items", "/items", request -> Response.text("items")));
  private final Metrics metrics = Metrics.builder(app).jvmMetrics(false).build();

  /** Never blocks for {@code /items}. */
  private final Gateway items = new Gateway() {
    @Override
    public Body call(Environ environ, StartResponse startResponse) {
      return app.call(environ, startResponse);
    }

    @Override
    public boolean mayBlock(Environ environ) {
      return !environ.pathInfo().equals("/items");
    }
  };

  private static Environ at(String path) {
    return Environ.builder().pathInfo(path).build();
  }

  @Test
  void metricsAndProfilingAnswerAsTheGatewayTheyWrap() {
    for (Gateway wrapped : new Gateway[] {metrics.wrap(items), Profiling.of(app).wrap(items)}) {
      assertFalse(wrapped.mayBlock(at("/items")));
      assertTrue(wrapped.mayBlock(at("/orders")));
    }
  }

  @Test
  void theScrapeGoesToAWorker() {
    Gateway scraped = metrics.prometheus().wrap(items);
    assertTrue(scraped.mayBlock(at("/metrics")));
    assertFalse(scraped.mayBlock(at("/items")));
  }
}
