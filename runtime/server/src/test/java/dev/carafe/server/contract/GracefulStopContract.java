package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A stop lets the requests in flight finish within the grace period and refuses new ones. */
abstract class GracefulStopContract {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  abstract ServerAdapter adapter();

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void stopLetsARequestInFlightFinishAndRefusesNewOnes() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Server server = adapter().builder((environ, start) -> {
      if (environ.pathInfo().equals("/slow")) {
        entered.countDown();
        await(release);
      }
      start.start(200, HeaderList.empty());
      return Body.of("finished " + environ.pathInfo());
    }).port(0).drainTimeout(Duration.ofSeconds(30)).start();

    CompletableFuture<HttpResponse<String>> slow = CLIENT.sendAsync(
        HttpRequest.newBuilder(server.uri().resolve("/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(30, TimeUnit.SECONDS), "the slow request never arrived");

    Thread stopper = new Thread(server::stop, "stopper");
    stopper.start();
    // Once stopping has begun, a new request is refused while the slow one is still in flight.
    int status = 0;
    while (status != 503) {
      status = statusOf(server, "/fast");
      assertFalse(slow.isDone(), "the slow request ended before it was released");
    }
    assertTrue(stopper.isAlive(), "stop() returned while a request was still in flight");

    release.countDown();
    HttpResponse<String> response = slow.get(30, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertEquals("finished /slow", response.body());
    stopper.join(30_000);
    assertFalse(stopper.isAlive(), "stop() did not return after the last request finished");
  }

  private static int statusOf(Server server, String path) throws InterruptedException {
    try {
      return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(path))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException refused) {
      return 0;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
