package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Handlers on virtual threads that wait for their client, for more of the body or for room to
 * write, leave nothing open behind them: a waiting virtual thread parks, it does not open a
 * selector of its own (XNIO's blocking wait would: an epoll and an eventfd per request, closed
 * only when the garbage collector gets to them).
 */
abstract class WaitingContract {
  private static final int REQUESTS = 60;
  private static final int BODY = 64 * 1024;
  private static final int RESPONSE = 4 * 1024 * 1024;

  abstract ServerAdapter adapter();

  private Server.Builder server() {
    return adapter().builder((environ, start) -> {
      if (environ.pathInfo().equals("/large")) {
        start.start(200, HeaderList.of("Content-Type", "application/octet-stream"));
        return Body.of(new byte[RESPONSE]);
      }
      long read;
      try {
        read = environ.input().transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      String thread = Thread.currentThread().toString();
      return Body.of("read " + read + (thread.startsWith("VirtualThread") ? " on a virtual thread"
          : " on " + thread));
    }).port(0).virtualThreads(true);
  }

  @Test
  @Timeout(120) // a hang guard, not a performance bound
  void handlersWaitingForABodyOpenNoSelectors() throws Exception {
    assumeVirtualThreadsAndProc();
    try (Server server = server().start()) {
      waitForBodies(server, 5);
      long before = pollersInUse();
      List<String> answers = waitForBodies(server, REQUESTS);
      for (String answer : answers) {
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.endsWith("read " + BODY + " on a virtual thread"), answer);
      }
      long after = pollers();
      assertTrue(after <= before, (after - before) + " epoll descriptors left open by " + REQUESTS
          + " handlers that waited for their body");
    }
  }

  @Test
  @Timeout(120) // a hang guard, not a performance bound
  void handlersWaitingForASlowReaderOpenNoSelectors() throws Exception {
    assumeVirtualThreadsAndProc();
    try (Server server = server().start()) {
      readSlowly(server, 3);
      long before = pollersInUse();
      for (long received : readSlowly(server, REQUESTS / 3)) {
        assertTrue(received > RESPONSE, "the whole response, with its head: " + received);
      }
      long after = pollers();
      assertTrue(after <= before, (after - before) + " epoll descriptors left open by handlers"
          + " that waited for a slow reader");
    }
  }

  private static void assumeVirtualThreadsAndProc() {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads are JDK 21 API");
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "descriptors are counted in /proc");
  }

  /**
   * Sends {@code n} uploads, 4 at a time, each body in two halves with a pause between, so that
   * the handler has read the first half and must wait for the second.
   */
  private static List<String> waitForBodies(Server server, int n) throws Exception {
    return inParallel(n, () -> {
      try (RawClient client = new RawClient(server.port())) {
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + BODY
            + "\r\nConnection: close\r\n\r\n" + "a".repeat(BODY / 2));
        Thread.sleep(50);
        client.send("b".repeat(BODY / 2));
        return client.readUntilClosed();
      }
    });
  }

  /** Reads a large response on {@code n} connections, pausing before reading, 4 at a time. */
  private static List<Long> readSlowly(Server server, int n) throws Exception {
    return inParallel(n, () -> {
      try (RawClient client = new RawClient(server.port())) {
        client.send("GET /large HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        // The socket buffers fill and the handler must wait for room.
        Thread.sleep(200);
        InputStream in = client.socket().getInputStream();
        byte[] buffer = new byte[8192];
        long received = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
          received += read;
        }
        return received;
      }
    });
  }

  private static <T> List<T> inParallel(int n, Callable<T> task) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(clients.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      clients.shutdownNow();
    }
  }

  /**
   * This process's open epoll descriptors, each selector holding one, once the garbage collector
   * has closed those no longer used (XNIO's selectors of ended threads wait for it): the count
   * before the requests, to which no more may be added by them.
   */
  @SuppressWarnings({"deprecation", "removal"}) // runFinalization: what XNIO's selectors need
  private static long pollersInUse() throws IOException {
    System.gc();
    System.runFinalization();
    return pollers();
  }

  /** This process's open epoll descriptors: each selector holds one. */
  private static long pollers() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).toString().equals("anon_inode:[eventpoll]");
        } catch (IOException gone) {
          return false; // closed while listed
        }
      }).count();
    }
  }
}
