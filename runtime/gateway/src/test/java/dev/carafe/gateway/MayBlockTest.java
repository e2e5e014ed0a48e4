package dev.carafe.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a gateway tells a server of whether a request may block. */
class MayBlockTest {
  /** Never blocks for paths under {@code /fast}. */
  private static final Gateway PAGES = new Gateway() {
    @Override
    public Body call(Environ environ, StartResponse startResponse) {
      startResponse.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of("page");
    }

    @Override
    public boolean mayBlock(Environ environ) {
      return !environ.pathInfo().startsWith("/fast");
    }
  };

  private static Environ at(String path) {
    return Environ.builder().pathInfo(path).build();
  }

  @Test
  void aGatewayThatDoesNotSayMayBlock() {
    Gateway lambda = (environ, start) -> Body.empty();
    assertTrue(lambda.mayBlock(at("/fast")));
  }

  @Test
  void aLayerThatNeverBlocksBlocksExactlyWhenTheGatewayItWrapsDoes() {
    StringBuilder seen = new StringBuilder();
    Middleware stamp = next -> Middleware.blockingAs(next, (environ, start) -> {
      seen.append(environ.pathInfo());
      return next.call(environ, start);
    });
    Gateway stamped = stamp.wrap(PAGES);
    assertFalse(stamped.mayBlock(at("/fast/menu")));
    assertTrue(stamped.mayBlock(at("/orders")));
    stamped.call(at("/fast/menu"), (status, headers) -> {});
    assertEquals("/fast/menu", seen.toString(), "the layer answers the call");
  }

  @Test
  void aLayerWrittenAsALambdaSendsEveryRequestToAWorker() {
    Middleware plain = next -> (environ, start) -> next.call(environ, start);
    assertTrue(Middleware.chain(PAGES, plain).mayBlock(at("/fast/menu")));
  }
}
