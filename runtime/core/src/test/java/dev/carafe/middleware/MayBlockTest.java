package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The middleware that ships with Carafe never blocks by itself, so a request it passes on may
 * stay on the server's I/O thread exactly when the gateway it wraps says so; all but
 * {@link Timeout}, which waits for the handler.
 */
class MayBlockTest {
  /** Never blocks for paths under {@code /fast} mounted at {@code /shop} or at the root. */
  private static final Gateway PAGES = new Gateway() {
    @Override
    public Body call(Environ environ, StartResponse startResponse) {
      startResponse.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of("page");
    }

    @Override
    public boolean mayBlock(Environ environ) {
      return !environ.pathInfo().startsWith("/fast")
          || !(environ.scriptName().isEmpty() || environ.scriptName().equals("/shop"));
    }
  };

  private static Environ at(String path) {
    return Environ.builder().pathInfo(path).build();
  }

  @Test
  void theLayersThatNeverBlockAnswerAsTheGatewayTheyWrap() {
    List<Middleware> layers = List.of(new AccessLog(line -> {}), new Compress(),
        Cors.forAnyOrigin(), new Lint(warning -> {}), SecurityHeaders.defaults(), new ProxyFix());
    for (Middleware layer : layers) {
      Gateway wrapped = layer.wrap(PAGES);
      assertFalse(wrapped.mayBlock(at("/fast/menu")), layer.getClass().getSimpleName());
      assertTrue(wrapped.mayBlock(at("/orders")), layer.getClass().getSimpleName());
    }
  }

  @Test
  void aProxyFixAsksWithTheRequestAsTheClientMadeIt() {
    Gateway fixed = new ProxyFix().xPrefix(1).wrap(PAGES);
    Environ behindProxy = at("/fast/menu").toBuilder()
        .headers(HeaderList.of("X-Forwarded-Prefix", "/shop")).build();
    assertFalse(fixed.mayBlock(behindProxy));
    Environ elsewhere = at("/fast/menu").toBuilder()
        .headers(HeaderList.of("X-Forwarded-Prefix", "/admin")).build();
    assertTrue(fixed.mayBlock(elsewhere));
  }

  @Test
  void aDispatcherAsksTheGatewayTheRequestGoesTo() {
    Gateway slow = (environ, start) -> Body.empty();
    Gateway site = Dispatcher.of(Map.of("/shop", PAGES)).wrap(slow);
    assertFalse(site.mayBlock(at("/shop/fast/menu")), "mounted, seen as /fast/menu under /shop");
    assertTrue(site.mayBlock(at("/shop/orders")));
    assertTrue(site.mayBlock(at("/fast/menu")), "the root gateway does not say");
  }

  @Test
  void aTimeoutWaitsForTheHandlerSoItMayAlwaysBlock() {
    assertTrue(new Timeout(Duration.ofSeconds(30)).wrap(PAGES).mayBlock(at("/fast/menu")));
  }
}
