package dev.carafe.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Sends every case of {@code src/test/resources/corpus/*.txt} over a raw socket to the corpus
 * application on Undertow and on Jetty, and checks what a hostile client must never get: another
 * status than the case expects, a 500, a hang, an injected header, a byte of a file outside the
 * served folders, another user's data, or a server that no longer serves a plain request after.
 */
class CorpusTest {
  /** At least this many cases: the corpus only grows. */
  static final int MINIMUM_CASES = 300;

  /** Text that no answer to a corpus request may hold. */
  private static final List<String> NEVER_IN_A_BODY = List.of(CorpusServers.SECRET,
      CorpusServers.ALICE_NOTE, "CORPUS-TRACE-MARKER", "root:x:0:0", "IllegalStateException");

  private static CorpusServers servers;
  private static final Map<String, Map<String, AtomicIntegerArray>> SUMMARY = new TreeMap<>();

  @BeforeAll
  static void start() throws IOException {
    servers = new CorpusServers();
  }

  @AfterAll
  static void stop() throws IOException {
    StringBuilder summary = new StringBuilder("Bad-input corpus (cases, passed, pending):\n");
    SUMMARY.forEach((server, files) -> files.forEach((file, c) -> summary.append(String.format(
        Locale.ROOT, "  %-8s %-26s %4d cases %4d passed %3d pending%n", server, file, c.get(0),
        c.get(1), c.get(2)))));
    System.out.print(summary);
    if (servers != null) {
      servers.close();
    }
  }

  /** The corpus files, named in order. */
  static List<String> files() {
    try (Stream<Path> paths = Files.list(Path.of(CorpusTest.class.getResource("/corpus").toURI()))) {
      return paths.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && !n.equals("PENDING.txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<CorpusCase> allCases() {
    List<CorpusCase> cases = new ArrayList<>();
    files().forEach(f -> cases.addAll(CorpusFile.read(f)));
    return cases;
  }

  @Test
  void theCorpusHasEnoughCasesEachNamedOnce() {
    List<CorpusCase> cases = allCases();
    assertTrue(cases.size() >= MINIMUM_CASES, "only " + cases.size() + " cases");
    Set<String> names = new HashSet<>();
    for (CorpusCase c : cases) {
      assertTrue(names.add(c.name()), "two cases named " + c.name());
      c.bytes(servers.values());
    }
    for (String pending : Pending.load().names()) {
      assertTrue(names.contains(pending), "PENDING.txt names no case: " + pending);
    }
  }

  @TestFactory
  Stream<DynamicNode> everyCaseOnEveryServer() {
    Pending pending = Pending.load();
    return servers.names().stream().map(server -> DynamicContainer.dynamicContainer(server,
        files().stream().map(file -> DynamicContainer.dynamicContainer(file,
            CorpusFile.read(file).stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> run(server, c, pending.reason(c.name(), server))))))));
  }

  private static void run(String server, CorpusCase c, String pendingReason) throws IOException {
    AtomicIntegerArray counts = SUMMARY.computeIfAbsent(server, s -> new TreeMap<>())
        .computeIfAbsent(c.file(), f -> new AtomicIntegerArray(3));
    counts.incrementAndGet(0);
    RawClient client = servers.client(server);
    AssertionError failure = null;
    try {
      check(c, client.exchange(c.bytes(servers.values()), c.halfClose()));
    } catch (AssertionError e) {
      failure = e;
    } catch (RawClient.Hang e) {
      failure = new AssertionError(c.where() + ": " + e.getMessage(), e);
    }
    try {
      servesNormallyAfter(client, c);
    } catch (AssertionError e) {
      failure = e;
    }
    if (pendingReason != null) {
      if (failure == null) {
        fail(c.where() + " passes on " + server + ": remove it from PENDING.txt");
      }
      counts.incrementAndGet(2);
      assumeTrue(false, "pending (" + pendingReason + "): " + failure.getMessage());
    }
    if (failure != null) {
      throw new AssertionError("on " + server + ": " + failure.getMessage(), failure);
    }
    counts.incrementAndGet(1);
  }

  private static void check(CorpusCase c, RawResponse response) {
    String body = new String(response.body(), StandardCharsets.ISO_8859_1);
    String seen = response + (body.isEmpty() ? "" : "\n" + body.substring(0, Math.min(400, body.length())));
    if (response.status() == 500 && !c.expected().contains(500)) {
      fail(c.where() + ": a 500, expected " + c.expected() + ": " + seen);
    }
    assertTrue(c.expected().contains(response.status()),
        () -> c.where() + ": expected " + c.expected() + ", got " + seen);
    for (String name : response.headerNames()) {
      assertFalse(name.equals("injected") || name.startsWith("x-injected"),
          () -> c.where() + ": an injected header: " + seen);
    }
    for (String cookie : response.headers("Set-Cookie")) {
      assertFalse(cookie.toLowerCase(Locale.ROOT).startsWith("injected"),
          () -> c.where() + ": an injected cookie: " + seen);
    }
    for (String never : NEVER_IN_A_BODY) {
      assertFalse(body.contains(never), () -> c.where() + ": the answer holds " + never + ": " + seen);
    }
  }

  private static void servesNormallyAfter(RawClient client, CorpusCase c) throws IOException {
    RawResponse after = client.exchange(
        "GET /items/1 HTTP/1.1\r\nHost: corpus\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII), false);
    assertEquals(200, after.status(), () -> "after " + c.where() + ": " + after);
    assertEquals("item 1", new String(after.body(), StandardCharsets.UTF_8),
        () -> "after " + c.where());
  }
}
