package dev.carafe.files;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.TestApps;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.json.Json;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestRequest;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SendFile} next to the real Werkzeug 3.1's {@code send_file(path, environ,
 * conditional=True)} on the same file: for a table of request headers, the same status,
 * {@code Content-Range} and {@code Content-Length}; and the same {@code ETag},
 * {@code Last-Modified}, {@code Content-Type}, {@code Content-Disposition} and
 * {@code Cache-Control}. Skipped where {@code python3} has no Werkzeug 3.1.
 */
class SendFileWerkzeugTest {
  @TempDir
  static Path temp;

  @BeforeAll
  static void werkzeug() {
    assumeTrue(WerkzeugProcess.available(), "python3 with Werkzeug 3.1 is needed");
  }

  private static final String ETAG = "@ETAG@";
  private static final String DATE = "@DATE@";

  /** Method, then header names and values; @ETAG@ and @DATE@ stand for the file's own. */
  private static final String[][] CASES = {
      {"GET"}, {"HEAD"}, {"POST", "Range", "bytes=0-1"},
      {"GET", "Range", "bytes=0-4"}, {"GET", "Range", "bytes=6-666"}, {"GET", "Range", "bytes=-5"},
      {"GET", "Range", "bytes=-0"}, {"GET", "Range", "bytes=-11"}, {"GET", "Range", "bytes=-12"},
      {"GET", "Range", "bytes=10-"}, {"GET", "Range", "bytes=11-"}, {"GET", "Range", "bytes=0-0"},
      {"GET", "Range", "bytes=0-1,3-4"}, {"GET", "Range", "bytes=3-4,0-1"},
      {"GET", "Range", "bytes=-"}, {"GET", "Range", ""}, {"GET", "Range", "bytes"},
      {"GET", "Range", "items=0-1"}, {"GET", "Range", "Bytes = 1 - 2"},
      {"GET", "Range", "bytes=5-1"}, {"GET", "Range", "bytes=+1-2"},
      {"GET", "Range", "bytes=0-99999999999999999999999"},
      {"GET", "Range", "bytes=99999999999999999999999-"}, {"GET", "Range", "bytes=\u00a01-2"},
      {"HEAD", "Range", "bytes=0-4"},
      {"GET", "Range", "bytes=0-4", "If-Range", ETAG},
      {"GET", "Range", "bytes=0-4", "If-Range", "W/" + ETAG},
      {"GET", "Range", "bytes=0-4", "If-Range", "\"other\""},
      {"GET", "Range", "bytes=0-4", "If-Range", DATE},
      {"GET", "Range", "bytes=0-4", "If-Range", "Sat, 01 Jan 2000 00:00:00 GMT"},
      {"GET", "Range", "bytes=0-4", "If-Range", "Fri, 01 Jan 2100 00:00:00 GMT"},
      {"GET", "Range", "garbage", "If-Range", "\"other\""},
      {"GET", "Range", "bytes=0-4", "If-Range", ""},
      {"GET", "Range", "bytes=0-4", "If-Range", "\"other\"", "If-None-Match", ETAG},
      {"GET", "Range", "bytes=0-4", "If-Range", DATE, "If-None-Match", "\"x\""},
      {"GET", "Range", "bytes=0-4", "If-None-Match", ETAG},
      {"GET", "If-None-Match", ETAG}, {"GET", "If-None-Match", "W/" + ETAG},
      {"GET", "If-None-Match", "*"}, {"GET", "If-None-Match", "\"a\", " + ETAG},
      {"GET", "If-None-Match", "\"other\""}, {"GET", "If-None-Match", "\"\""},
      {"GET", "If-None-Match", ","}, {"GET", "If-None-Match", "W/"},
      {"HEAD", "If-None-Match", ETAG},
      {"GET", "If-Modified-Since", DATE},
      {"GET", "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"},
      {"GET", "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT"},
      {"GET", "If-Modified-Since", "not a date"}, {"GET", "If-Modified-Since", "Thu, 33 Jan 1970"},
      {"GET", "If-Modified-Since", DATE, "If-None-Match", "\"other\""},
      {"GET", "If-Match", ETAG}, {"GET", "If-Match", "\"other\""}, {"GET", "If-Match", "*"},
      {"GET", "If-Match", "W/" + ETAG}, {"GET", "If-Match", "\"other\"", "Range", "bytes=0-1"},
      {"GET", "If-Match", ETAG, "If-None-Match", ETAG},
      {"GET", "If-Match", "\"other\"", "If-Modified-Since", DATE},
  };

  @Test
  void statusContentRangeAndLengthAreWerkzeugsForEachCase() throws IOException {
    Path file = Files.writeString(temp.resolve("hello.txt"), "Hello World");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-01-02T03:04:05.123456789Z")));
    TestClient client = new TestClient(app(Lifecycle.none(),
        TestApps.endpoint("file", "/file", "GET", null, r -> SendFile.sendFile(file)),
        TestApps.endpoint("file.post", "/file", "POST", null, r -> SendFile.sendFile(file))));
    TestResponse plain = client.get("/file");
    String etag = plain.header("ETag");
    String date = plain.header("Last-Modified");

    List<Object> cases = new ArrayList<>();
    for (String[] spec : CASES) {
      List<Object> headers = new ArrayList<>();
      for (int i = 1; i < spec.length; i += 2) {
        // Objects, not pairs: Carafe's Json writes nested arrays without commas (a bug of its own).
        headers.add(Map.of("name", spec[i], "value", fill(spec[i + 1], etag, date)));
      }
      cases.add(Map.of("method", spec[0], "headers", headers));
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("command", "send");
    request.put("path", file.toAbsolutePath().toString());
    request.put("cases", cases);
    List<?> answers = (List<?>) WerkzeugProcess.call(Json.standard().toJson(request));

    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int c = 0; c < CASES.length; c++) {
      Map<?, ?> answer = (Map<?, ?>) answers.get(c);
      List<?> werkzeugHeaders = (List<?>) answer.get("headers");
      String[] spec = CASES[c];
      TestRequest mine = client.request(spec[0], "/file");
      for (int i = 1; i < spec.length; i += 2) {
        mine.header(spec[i], fill(spec[i + 1], etag, date));
      }
      TestResponse response = mine.send();
      String label = String.join(" ", spec) + " -> ";
      expected.add(label + answer.get("status") + " " + header(werkzeugHeaders, "Content-Range")
          + " " + header(werkzeugHeaders, "Content-Length"));
      // An error page's length is framed by the server, which the in-process client has not.
      String length = response.header("Content-Length") == null && response.bytes().length > 0
          ? Integer.toString(response.bytes().length) : response.header("Content-Length");
      actual.add(label + response.status() + " " + response.header("Content-Range") + " " + length);
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));

    Map<?, ?> first = (Map<?, ?>) answers.get(0);
    List<?> werkzeugHeaders = (List<?>) first.get("headers");
    for (String name : new String[] {"ETag", "Last-Modified", "Content-Type",
        "Content-Disposition", "Cache-Control", "Accept-Ranges"}) {
      assertEquals(header(werkzeugHeaders, name), plain.header(name), name);
    }
  }

  @Test
  void optionsGiveWerkzeugsHeaders() throws IOException {
    Path file = Files.writeString(temp.resolve("Zoë résumé.tar.gz"), "data");
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("max_age", 120);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("command", "send");
    request.put("path", file.toAbsolutePath().toString());
    request.put("options", options);
    request.put("cases", List.of(Map.of("method", "GET", "headers", List.of())));
    Map<?, ?> answer = (Map<?, ?>) ((List<?>) WerkzeugProcess.call(
        Json.standard().toJson(request))).get(0);
    List<?> werkzeugHeaders = (List<?>) answer.get("headers");
    TestResponse mine = new TestClient(app(Lifecycle.none(), get("file", "/file",
        r -> SendFile.file(file).maxAge(java.time.Duration.ofSeconds(120)).send())))
        .get("/file");
    for (String name : new String[] {"ETag", "Last-Modified", "Content-Disposition",
        "Cache-Control", "Content-Encoding", "Content-Length"}) {
      assertEquals(header(werkzeugHeaders, name), mine.header(name), name);
    }
  }

  private static String fill(String value, String etag, String date) {
    return value.replace(ETAG, etag).replace(DATE, date);
  }

  private static String header(List<?> headers, String name) {
    for (Object field : headers) {
      Map<?, ?> header = (Map<?, ?>) field;
      if (name.equalsIgnoreCase((String) header.get("name"))) {
        return (String) header.get("value");
      }
    }
    return null;
  }
}
