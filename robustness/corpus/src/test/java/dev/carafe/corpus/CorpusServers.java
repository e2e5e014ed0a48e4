package dev.carafe.corpus;

import dev.carafe.App;
import dev.carafe.server.Server;
import dev.carafe.server.jetty.JettyServer;
import dev.carafe.server.undertow.UndertowServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The corpus application served on both servers, with what its cases refer to: a directory of
 * files with a secret file beside it, and two users logged in (alice, whose private note no other
 * request may see, and bob, whose session and CSRF token the cases send).
 */
final class CorpusServers implements AutoCloseable {
  /** Text that only a file outside the served folders holds. */
  static final String SECRET = "CORPUS-SECRET";
  /** Alice's note: no answer to a corpus request (none is alice's) may contain it. */
  static final String ALICE_NOTE = "alice-note-PRIVATE-5e1f";

  /** The servers by name, {@code undertow} and {@code jetty}. */
  static final Map<String, Function<App, Server.Builder>> BUILDERS = new LinkedHashMap<>();

  static {
    BUILDERS.put("undertow", UndertowServer::builder);
    BUILDERS.put("jetty", JettyServer::builder);
  }

  private final Path root;
  private final Map<String, Server> servers = new LinkedHashMap<>();
  private final Map<String, String> values = new LinkedHashMap<>();

  CorpusServers() throws IOException {
    root = Files.createTempDirectory("carafe-corpus");
    Path files = Files.createDirectories(root.resolve("files"));
    Files.writeString(files.resolve("hello.txt"), "hello from the files folder\n");
    Files.createDirectories(files.resolve("sub"));
    Files.writeString(files.resolve("sub/inner.txt"), "inner\n");
    Files.writeString(root.resolve("secret.txt"), SECRET + "-DISK: beside the served folder\n");
    Files.writeString(root.resolve("files.txt"), SECRET + "-PREFIX: a name sharing the prefix\n");
    App app = CorpusApp.create();
    app = app.withConfig(app.config().toBuilder().set(Corpus.FILES_DIR, files.toString()).build());
    for (var server : BUILDERS.entrySet()) {
      servers.put(server.getKey(), server.getValue().apply(app).host("127.0.0.1").port(0).start());
    }
    RawClient client = client("undertow");
    Accounts alice = Accounts.logIn(client, "alice", "alice-pw");
    alice.addNote(client, ALICE_NOTE);
    Accounts bob = Accounts.logIn(client, "bob", "bob-pw");
    values.put("session", bob.session());
    values.put("csrf", bob.csrf());
  }

  /** The servers' names, in a stable order. */
  java.util.Set<String> names() {
    return servers.keySet();
  }

  /** A client of the server {@code name}. */
  RawClient client(String name) {
    return new RawClient("127.0.0.1", servers.get(name).port());
  }

  /** The values of the placeholders the corpus may use: {@code {{session}}}, {@code {{csrf}}}. */
  Map<String, String> values() {
    return values;
  }

  @Override
  public void close() throws IOException {
    for (Server server : servers.values()) {
      server.stop();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** A logged-in user of the corpus application, as its session cookie and CSRF token. */
  record Accounts(String session, String csrf) {
    static Accounts logIn(RawClient client, String user, String password) throws IOException {
      String form = "user=" + user + "&password=" + password;
      RawResponse login = client.exchange(("POST /login HTTP/1.1\r\nHost: corpus\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
          + "\r\nConnection: close\r\n\r\n" + form).getBytes(StandardCharsets.US_ASCII), false);
      String cookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("session="))
          .findFirst().orElseThrow(() -> new IllegalStateException("no session: " + login));
      String session = sessionOf(cookie);
      RawResponse notes = client.exchange(("GET /notes HTTP/1.1\r\nHost: corpus\r\n"
          + "Cookie: session=" + session + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII), false);
      String page = new String(notes.body(), StandardCharsets.UTF_8);
      String csrf = page.substring(page.indexOf("csrf: ") + 6).strip();
      // The first token is kept in the session: the page's cookie is the one that holds it.
      String renewed = notes.headers("Set-Cookie").stream().filter(c -> c.startsWith("session="))
          .findFirst().orElse(cookie);
      return new Accounts(sessionOf(renewed), csrf);
    }

    private static String sessionOf(String setCookie) {
      return setCookie.substring("session=".length(), setCookie.indexOf(';'));
    }

    void addNote(RawClient client, String note) throws IOException {
      String form = "note=" + note + "&csrf_token=" + csrf;
      RawResponse added = client.exchange(("POST /notes HTTP/1.1\r\nHost: corpus\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nCookie: session=" + session
          + "\r\nContent-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form)
          .getBytes(StandardCharsets.US_ASCII), false);
      if (added.status() != 302) {
        throw new IllegalStateException("the note was not added: " + added);
      }
    }
  }
}
