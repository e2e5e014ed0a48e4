package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.middleware.Timeout;
import dev.carafe.server.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which threads handlers run on: a virtual thread each where the JDK has them, or the pool. */
abstract class ThreadsContract {
  private static final boolean JDK_HAS_VIRTUAL_THREADS = Runtime.version().feature() >= 21;

  abstract ServerAdapter adapter();

  private String threadKind(boolean virtualThreads) throws Exception {
    // Thread.isVirtual() is JDK 21 API; its toString names virtual threads "VirtualThread[...]".
    try (Server server = adapter().builder((environ, start) -> {
          start.start(200, HeaderList.of("Content-Type", "text/plain"));
          String thread = Thread.currentThread().toString();
          return Body.of(thread.startsWith("VirtualThread") ? "virtual"
              : adapter().isWorkerThread(Thread.currentThread().getName()) ? "worker pool"
              : thread);
        }).port(0).virtualThreads(virtualThreads).start()) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  @Test
  void handlersRunOnVirtualThreadsWhereTheJdkHasThem() throws Exception {
    assertEquals(JDK_HAS_VIRTUAL_THREADS ? "virtual" : "worker pool", threadKind(true));
  }

  @Test
  void theWorkerPoolCanBeChosenInstead() throws Exception {
    assertEquals("worker pool", threadKind(false));
  }

  /** What kind of thread a handler behind a {@link Timeout} runs on. */
  private String timeoutThreadKind(boolean virtualThreads) throws Exception {
    Gateway handler = (environ, start) -> {
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      String thread = Thread.currentThread().toString();
      return Body.of(thread.startsWith("VirtualThread") ? "virtual"
          : Thread.currentThread().getName().startsWith("carafe-timeout-") ? "timeout pool"
          : thread);
    };
    try (Server server = adapter().builder(Middleware.chain(handler,
        new Timeout(Duration.ofSeconds(30)))).port(0).virtualThreads(virtualThreads).start()) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      return client.send(HttpRequest.newBuilder(server.uri()).timeout(Duration.ofSeconds(10))
          .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  @Test
  void aTimeoutRunsTheHandlerOnAThreadOfTheKindTheServerGives() throws Exception {
    assertEquals(JDK_HAS_VIRTUAL_THREADS ? "virtual" : "timeout pool", timeoutThreadKind(true));
    assertEquals("timeout pool", timeoutThreadKind(false));
  }
}
