package dev.carafe.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two users logged in at once, on each server: whatever order their requests come in, and however
 * many run together, each sees only their own notes.
 */
class TwoUsersTest {
  private static CorpusServers servers;

  @BeforeAll
  static void start() throws IOException {
    servers = new CorpusServers();
  }

  @AfterAll
  static void stop() throws IOException {
    servers.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"undertow", "jetty"})
  void eachUserSeesOnlyTheirOwnNotesWhileBothAreServedTogether(String server) throws Exception {
    RawClient client = servers.client(server);
    CorpusServers.Accounts alice = CorpusServers.Accounts.logIn(client, "alice", "alice-pw");
    CorpusServers.Accounts bob = CorpusServers.Accounts.logIn(client, "bob", "bob-pw");
    String aliceNote = "alice-" + server + "-note";
    String bobNote = "bob-" + server + "-note";
    alice.addNote(client, aliceNote);
    bob.addNote(client, bobNote);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String[]>> pages = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        CorpusServers.Accounts who = i % 2 == 0 ? alice : bob;
        String name = i % 2 == 0 ? "alice" : "bob";
        pages.add(pool.submit(() -> new String[] {name, notes(client, who)}));
      }
      for (Future<String[]> page : pages) {
        String name = page.get()[0];
        String body = page.get()[1];
        assertTrue(body.startsWith("notes of " + name + ":"), body);
        String own = name.equals("alice") ? aliceNote : bobNote;
        String other = name.equals("alice") ? bobNote : aliceNote;
        assertTrue(body.contains(own), body);
        assertFalse(body.contains(other), () -> name + " saw the other user's note: " + body);
        assertFalse(body.contains(CorpusServers.ALICE_NOTE) && name.equals("bob"), body);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String notes(RawClient client, CorpusServers.Accounts who) throws IOException {
    RawResponse page = client.exchange(("GET /notes HTTP/1.1\r\nHost: corpus\r\nCookie: session="
        + who.session() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII), false);
    assertEquals(200, page.status(), page::toString);
    return new String(page.body(), StandardCharsets.UTF_8);
  }
}
