package dev.carafe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A graceful stop under load, on both servers: many keep-alive clients send requests as fast as
 * they are answered (some answered by a paced stream), and the server is stopped while some are
 * in the application. Every request
 * the application took is answered whole, those in flight included; a request whose connection
 * closed without a response never reached the application (a client may send it again); and
 * once stop() returns, new connections are refused.
 */
class GracefulStopTest {
  private static final int CLIENTS = 16;
  private static final int ANSWERED_BEFORE_STOP = 2_000;

  /** What one client saw. */
  private static final class Tally {
    final List<String> sent = new ArrayList<>();
    final List<String> answered = new ArrayList<>();
    final List<String> ok = new ArrayList<>();
    final List<String> unanswered = new ArrayList<>();
    final List<String> incomplete = new ArrayList<>();
    final List<String> wrong = new ArrayList<>();
    int unavailable;
  }

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(300) // a hang guard, not a performance bound
  void stoppingUnderLoadLosesNoAcceptedRequest(ServerKind kind) throws Exception {
    App app = FaultyApp.create();
    // The requests the application received, by id, and how many are in it now.
    Set<String> entered = ConcurrentHashMap.newKeySet();
    AtomicInteger inApplication = new AtomicInteger();
    Gateway counted = (environ, start) -> {
      entered.add(environ.queryString().substring("id=".length()));
      inApplication.incrementAndGet();
      try {
        return app.call(environ, start);
      } finally {
        inApplication.decrementAndGet();
      }
    };
    Server server = kind.builder(counted).host("127.0.0.1").port(0)
        .drainTimeout(Duration.ofSeconds(30)).start();
    URI uri = server.uri();

    AtomicInteger answeredCount = new AtomicInteger();
    List<Tally> tallies = new ArrayList<>();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Tally tally = new Tally();
      tallies.add(tally);
      int client = c;
      Thread thread = new Thread(() -> hammer(uri, client, tally, answeredCount), "client-" + c);
      clients.add(thread);
      thread.start();
    }

    while (answeredCount.get() < ANSWERED_BEFORE_STOP || inApplication.get() == 0) {
      Thread.onSpinWait();
    }
    int inFlightAtStop = inApplication.get();
    server.stop();

    assertThrows(ConnectException.class, () -> RawHttp.connect(uri).close(),
        "a new connection after stop() returned");
    for (Thread client : clients) {
      client.join(60_000);
      assertTrue(!client.isAlive(), client.getName() + " still runs after the stop");
    }

    Set<String> ok = new TreeSet<>();
    int sent = 0;
    int unanswered = 0;
    int unavailable = 0;
    for (Tally tally : tallies) {
      assertEquals(List.of(), tally.incomplete, "responses cut short");
      assertEquals(List.of(), tally.wrong, "responses not to their request");
      assertEquals(tally.sent.size(), tally.answered.size() + tally.unanswered.size(),
          "every request sent was answered or had its connection closed unanswered");
      ok.addAll(tally.ok);
      for (String id : tally.unanswered) {
        assertTrue(!entered.contains(id), id + " reached the application but got no response");
      }
      sent += tally.sent.size();
      unanswered += tally.unanswered.size();
      unavailable += tally.unavailable;
    }
    System.out.printf("%s stopped under load: %d requests sent by %d clients, %d answered 200,"
        + " %d answered 503, %d closed unanswered (none of them in the application); %d in the"
        + " application when stop() was called%n", kind, sent, CLIENTS, ok.size(), unavailable,
        unanswered, inFlightAtStop);
    assertTrue(inFlightAtStop > 0);
    Set<String> lost = new TreeSet<>(entered);
    lost.removeAll(ok);
    assertEquals(Set.of(), lost, "requests the application received but whose answer was lost");

    Census after = Census.settledTo(Census.take(null), kind, 30);
    assertEquals(0, after.count(Census.WORKER) + after.count(Census.IDLE)
        + after.count(Census.IO), "the server's threads after the stop: " + after.threads());
  }

  /**
   * One keep-alive client: a request, its response, the next, until the server refuses to
   * connect. A 200 must be the whole body of its own request; a 503 (the server stopping) is
   * counted; a connection closed before any response is a request unanswered.
   */
  private static void hammer(URI uri, int client, Tally tally, AtomicInteger answeredCount) {
    Socket socket = null;
    InputStream in = null;
    try {
      for (int n = 0; ; n++) {
        if (socket == null) {
          try {
            socket = RawHttp.connect(uri);
          } catch (ConnectException refused) {
            return;
          }
          in = new BufferedInputStream(socket.getInputStream());
        }
        String id = client + "-" + n;
        tally.sent.add(id);
        RawHttp.Response response;
        try {
          // One request in four is a stream still being written when the stop comes.
          RawHttp.get(socket, (n % 4 == 0 ? "/paced?id=" : "/work?id=") + id);
          response = RawHttp.read(in);
        } catch (RawHttp.IncompleteResponse e) {
          tally.incomplete.add(id + ": " + e.getMessage());
          tally.answered.add(id);
          socket.close();
          socket = null;
          continue;
        } catch (IOException e) {
          tally.unanswered.add(id);
          socket.close();
          socket = null;
          continue;
        }
        tally.answered.add(id);
        answeredCount.incrementAndGet();
        if (response.status() == 503) {
          tally.unavailable++;
        } else if (response.status() == 200 && response.text().equals("done " + id
            + Faulty.PADDING)) {
          tally.ok.add(id);
        } else {
          tally.wrong.add(id + ": " + response.status());
        }
        if (response.closes()) {
          socket.close();
          socket = null;
        }
      }
    } catch (IOException e) {
      tally.wrong.add("client " + client + " failed: " + e);
    } finally {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // Closing after the server went away.
        }
      }
    }
  }
}
