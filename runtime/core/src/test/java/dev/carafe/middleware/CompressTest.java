package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompressTest {
  /** 4,500 bytes of text that compresses well. */
  static final byte[] TEXT = "Carafe compresses what it sends. ".repeat(136)
      .getBytes(StandardCharsets.UTF_8);

  private static Gateway answering(int status, HeaderList headers, Body body) {
    return (environ, start) -> {
      start.start(status, headers);
      return body;
    };
  }

  private static TestClient client(Gateway app) {
    return new TestClient(Middleware.chain(app, new Compress()));
  }

  private static TestResponse get(Gateway app, String acceptEncoding) {
    return client(app).request("GET", "/").header("Accept-Encoding", acceptEncoding).send();
  }

  private static Gateway text() {
    return answering(200, HeaderList.of("Content-Type", "text/plain; charset=utf-8"),
        Body.of(TEXT));
  }

  static byte[] gunzip(byte[] data) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] inflate(byte[] data) {
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aBytesBodyIsGzippedWithItsNewLength() {
    TestResponse response = get(text(), "gzip, deflate, br");

    assertEquals("gzip", response.header("Content-Encoding"));
    assertEquals("Accept-Encoding", response.header("Vary"));
    assertEquals(Integer.toString(response.bytes().length), response.header("Content-Length"));
    assertTrue(response.bytes().length < TEXT.length / 10, "compressed to " + response.bytes().length);
    assertArrayEquals(TEXT, gunzip(response.bytes()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "deflate                    | deflate",
      "gzip;q=0.5, deflate        | deflate",
      "deflate, gzip              | gzip",
      "x-gzip                     | gzip",
      "*                          | gzip",
      "*;q=0.1, deflate;q=0.5     | deflate",
      "gzip;q=0, deflate;q=0      | -",
      "identity                   | -",
      "br                         | -",
  })
  void theCodingIsTheAcceptedOneWithTheHighestQualityGzipOnATie(String accept, String coding) {
    TestResponse response = get(text(), accept);

    assertEquals(coding, response.header("Content-Encoding"));
    assertEquals("Accept-Encoding", response.header("Vary"));
    byte[] body = response.bytes();
    assertArrayEquals(TEXT, coding == null ? body
        : coding.equals("gzip") ? gunzip(body) : inflate(body));
  }

  @Test
  void aClientThatSaysNothingGetsTheBodyAsItIsButCachesAreToldItVaries() {
    TestResponse response = client(text()).get("/");

    assertNull(response.header("Content-Encoding"));
    assertEquals("Accept-Encoding", response.header("Vary"));
    assertArrayEquals(TEXT, response.bytes());
  }

  @Test
  void aBodyBelowTheMinimumIsLeftAlone() {
    byte[] small = new byte[Compress.DEFAULT_MINIMUM_SIZE - 1];
    TestResponse response = get(answering(200, HeaderList.empty(), Body.of(small)), "gzip");

    assertNull(response.header("Content-Encoding"));
    assertNull(response.header("Vary"));
    assertEquals(small.length, response.bytes().length);

    Gateway tuned = Middleware.chain(answering(200, HeaderList.empty(), Body.of("tiny body")),
        Compress.builder().minimumSize(0).codings(Compress.Coding.deflate(9)).build());
    TestResponse compressed = new TestClient(tuned).request("GET", "/")
        .header("Accept-Encoding", "gzip, deflate").send();
    assertNull(compressed.header("Content-Encoding"), "not smaller once compressed, so sent as is");
  }

  @Test
  void aBodyThatCompressingDoesNotShrinkIsSentAsItIs() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    TestResponse response = get(answering(200, HeaderList.empty(), Body.of(noise)), "gzip");

    assertNull(response.header("Content-Encoding"));
    assertEquals("Accept-Encoding", response.header("Vary"));
    assertArrayEquals(noise, response.bytes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/png", "image/jpeg", "video/mp4", "audio/ogg", "font/woff2",
      "font/woff", "application/gzip", "application/zip", "application/epub+zip",
      "application/x-7z-compressed"})
  void typesCompressedAlreadyAreLeftAlone(String type) {
    TestResponse response = get(answering(200, HeaderList.of("Content-Type", type), Body.of(TEXT)),
        "gzip");
    assertNull(response.header("Content-Encoding"));
    assertArrayEquals(TEXT, response.bytes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/svg+xml", "text/html; charset=utf-8", "application/json",
      "text/event-stream", "application/javascript"})
  void textTypesAreCompressed(String type) {
    TestResponse response = get(answering(200, HeaderList.of("Content-Type", type), Body.of(TEXT)),
        "gzip");
    assertEquals("gzip", response.header("Content-Encoding"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an encoded response       | 200 | Content-Encoding | br",
      "a range                   | 206 | Content-Range    | bytes 0-4499/9000",
      "a Content-Range on a 416  | 416 | Content-Range    | bytes */9000",
      "no-transform              | 200 | Cache-Control    | public, no-transform",
      "a 304                     | 304 | ETag             | \"v1\"",
      "a 204                     | 204 | X-Empty          | yes",
  })
  void responsesThatMustNotBeTransformedAreLeftAlone(String what, int status, String name,
      String value) {
    TestResponse response = get(answering(status, HeaderList.of(name, value), Body.of(TEXT)),
        "gzip");
    assertEquals(status, response.status());
    assertEquals(name.equals("Content-Encoding") ? "br" : null,
        response.header("Content-Encoding"));
    assertNull(response.header("Vary"));
    assertArrayEquals(TEXT, response.bytes());
  }

  @Test
  void aHeadRequestIsLeftAlone() {
    Gateway app = answering(200, HeaderList.of("Content-Length", "4500"), Body.empty());
    TestResponse response = client(app).request("HEAD", "/").header("Accept-Encoding", "gzip")
        .send();
    assertNull(response.header("Content-Encoding"));
    assertEquals("4500", response.header("Content-Length"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Cookie                   | Cookie, Accept-Encoding",
      "accept-encoding          | accept-encoding",
      "*                        | *",
      "Origin, Accept-Encoding  | Origin, Accept-Encoding",
  })
  void accceptEncodingIsMergedIntoVary(String vary, String merged) {
    TestResponse response = get(answering(200, HeaderList.of("Vary", vary), Body.of(TEXT)), "gzip");
    assertEquals(List.of(merged), response.headers().all("Vary"));
  }

  @Test
  void twoVaryFieldsBecomeOne() {
    HeaderList headers = HeaderList.of("Vary", "Cookie", "Vary", "Origin");
    TestResponse response = get(answering(200, headers, Body.of(TEXT)), "gzip");
    assertEquals(List.of("Cookie, Origin, Accept-Encoding"), response.headers().all("Vary"));
  }

  @Test
  void aStrongEtagBecomesWeakAndRangesAreNoLongerOffered() {
    HeaderList headers = HeaderList.of("ETag", "\"abc\"", "Accept-Ranges", "bytes");
    TestResponse response = get(answering(200, headers, Body.of(TEXT)), "gzip");
    assertEquals("W/\"abc\"", response.header("ETag"));
    assertNull(response.header("Accept-Ranges"));

    HeaderList weak = HeaderList.of("ETag", "W/\"abc\"");
    assertEquals("W/\"abc\"", get(answering(200, weak, Body.of(TEXT)), "gzip").header("ETag"));
  }

  @Test
  void aStreamIsCompressedAsItIsWrittenWithoutALength() {
    Gateway app = answering(200, HeaderList.of("Content-Type", "text/csv"), Body.stream(out -> {
      for (int i = 0; i < TEXT.length; i += 1000) {
        out.write(TEXT, i, Math.min(1000, TEXT.length - i));
      }
    }));
    TestResponse response = get(app, "gzip");

    assertEquals("gzip", response.header("Content-Encoding"));
    assertNull(response.header("Content-Length"));
    assertArrayEquals(TEXT, gunzip(response.bytes()));
  }

  @Test
  void aStreamThatDeclaresASmallLengthIsLeftAlone() {
    Gateway app = answering(200, HeaderList.of("Content-Length", "3"),
        Body.stream(out -> out.write("abc".getBytes(StandardCharsets.UTF_8))));
    TestResponse response = get(app, "gzip");
    assertNull(response.header("Content-Encoding"));
    assertEquals("abc", response.text());
  }

  @Test
  void eachFlushOfTheApplicationSendsWhatWasWrittenSoFarDecodable() throws IOException {
    byte[] first = "data: one\n\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "data: two\n\n".getBytes(StandardCharsets.UTF_8);
    List<byte[]> atFlush = new ArrayList<>();
    ByteArrayOutputStream wire = new ByteArrayOutputStream() {
      @Override
      public void flush() {
        atFlush.add(toByteArray());
      }
    };
    Gateway app = answering(200, HeaderList.of("Content-Type", "text/event-stream"),
        Body.stream(out -> {
          out.write(first);
          out.flush();
          out.write(second);
          out.flush();
        }));
    Gateway compressed = new Compress().wrap(app);
    Environ environ = Environ.builder()
        .headers(HeaderList.of("Accept-Encoding", "gzip")).build();
    Body body = compressed.call(environ, (status, headers) -> { });

    ((Body.Stream) body).writer().writeTo(wire);

    // What reached the wire at the first flush decodes to the first event, before the second.
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(atFlush.get(0)))) {
      assertArrayEquals(first, in.readNBytes(first.length));
    }
    assertEquals("data: one\n\ndata: two\n\n",
        new String(gunzip(wire.toByteArray()), StandardCharsets.UTF_8));
  }

  @Test
  void aFileRegionIsSentFromTheFileAsItIs() throws IOException {
    Path file = Files.createTempFile("carafe-compress", ".txt");
    Files.write(file, TEXT);
    Gateway app = answering(200, HeaderList.of("Content-Type", "text/plain"),
        new Body.FileRegion(file, 0, TEXT.length));
    TestResponse response = get(app, "gzip");

    assertNull(response.header("Content-Encoding"));
    assertNull(response.header("Vary"));
    assertArrayEquals(TEXT, response.bytes());
    Files.delete(file);
  }
}
