package dev.carafe.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.http.RequestedRangeNotSatisfiable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Werkzeug's {@code make_conditional} tests ({@code test_range_request_*},
 * {@code test_etag_response*}, {@code test_is_resource_modified*}), on a representation held in
 * memory as a jar entry would be.
 */
class ConditionalTest {
  private static final Instant MODIFIED = Instant.parse("2008-01-01T12:30:00Z");
  private static final String DATE = "Tue, 01 Jan 2008 12:30:00 GMT";

  /** "Hello World", tagged "hw", changed at {@link #MODIFIED}: a representation not on disk. */
  record Text(byte[] data, Optional<String> etag, Optional<Instant> lastModified)
      implements Representation {
    static Text hello() {
      return new Text("Hello World".getBytes(StandardCharsets.UTF_8), Optional.of("\"hw\""),
          Optional.of(MODIFIED));
    }

    @Override
    public long length() {
      return data.length;
    }

    @Override
    public String contentType() {
      return "text/plain; charset=utf-8";
    }

    @Override
    public Body body(long offset, long length) {
      return Body.of(Arrays.copyOfRange(data, (int) offset, (int) (offset + length)));
    }
  }

  private static Conditional.Answer get(Representation representation, String... headers) {
    return Conditional.answer("GET", HeaderList.of(headers), representation,
        HeaderList.of("Cache-Control", "no-cache"));
  }

  private static String text(Conditional.Answer response) {
    Body.Bytes bytes = (Body.Bytes) response.body();
    return new String(bytes.data(), bytes.offset(), bytes.length(), StandardCharsets.UTF_8);
  }

  @Test
  void aPlainGetIsTheWholeRepresentationAdvertisingRanges() {
    Conditional.Answer response = get(Text.hello());
    assertEquals(200, response.status());
    assertEquals("bytes", response.header("Accept-Ranges"));
    assertEquals("11", response.header("Content-Length"));
    assertEquals("\"hw\"", response.header("ETag"));
    assertEquals(DATE, response.header("Last-Modified"));
    assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
    assertEquals("no-cache", response.header("Cache-Control"));
    assertNull(response.header("Content-Range"));
    assertEquals("Hello World", text(response));
  }

  @Test
  void aRangeIsPartialContent() {
    Conditional.Answer response = get(Text.hello(), "Range", "bytes=0-4");
    assertEquals(206, response.status());
    assertEquals("bytes 0-4/11", response.header("Content-Range"));
    assertEquals("5", response.header("Content-Length"));
    assertEquals("Hello", text(response));
    assertEquals("\"hw\"", response.header("ETag"));
  }

  @Test
  void aRangePastTheEndIsCut() {
    Conditional.Answer response = get(Text.hello(), "Range", "bytes=6-666");
    assertEquals(206, response.status());
    assertEquals("bytes 6-10/11", response.header("Content-Range"));
    assertEquals("World", text(response));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bytes=-", "bytes=11-", "bytes=0-1,3-4", "items=0-1", "", "garbage",
      "bytes=-12", "bytes=5-1"})
  void aRangeThatCannotBeReadOrSatisfiedIs416WithTheLength(String range) {
    RequestedRangeNotSatisfiable error = assertThrows(RequestedRangeNotSatisfiable.class,
        () -> get(Text.hello(), "Range", range));
    assertEquals(416, error.status());
    assertEquals("bytes */11", error.headers().first("Content-Range"));
  }

  @Test
  void anEmptyRepresentationIgnoresRanges() {
    Text empty = new Text(new byte[0], Optional.of("\"e\""), Optional.empty());
    Conditional.Answer response = get(empty, "Range", "bytes=0-10");
    assertEquals(200, response.status());
    assertEquals("0", response.header("Content-Length"));
    assertEquals("bytes", response.header("Accept-Ranges"));
  }

  @Test
  void ifRangeWithTheCurrentTagOrDateKeepsTheRange() {
    assertEquals(206, get(Text.hello(), "Range", "bytes=0-4", "If-Range", "\"hw\"").status());
    assertEquals(206, get(Text.hello(), "Range", "bytes=0-4", "If-Range", "W/\"hw\"").status());
    assertEquals(206, get(Text.hello(), "Range", "bytes=0-4", "If-Range", DATE).status());
    assertEquals(206, get(Text.hello(), "Range", "bytes=0-4", "If-Range",
        "Tue, 01 Jan 2008 13:30:00 GMT").status(), "a later date still matches, as in Werkzeug");
  }

  @Test
  void ifRangeWithAnotherTagOrAnOlderDateSendsTheWhole() {
    Conditional.Answer response = get(Text.hello(), "Range", "bytes=0-4", "If-Range", "\"old\"");
    assertEquals(200, response.status());
    assertEquals("Hello World", text(response));
    assertEquals(200, get(Text.hello(), "Range", "bytes=0-4", "If-Range",
        "Tue, 01 Jan 2008 11:30:00 GMT").status());
    assertEquals(200, get(Text.hello(), "Range", "garbage", "If-Range", "\"old\"").status(),
        "a stale If-Range skips even an unreadable range");
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    for (String tag : new String[] {"\"hw\"", "W/\"hw\"", "\"x\", \"hw\"", "*"}) {
      Conditional.Answer response = get(Text.hello(), "If-None-Match", tag);
      assertEquals(304, response.status(), tag);
      assertNull(response.header("Content-Length"));
      assertNull(response.header("Content-Type"));
      assertNull(response.header("Last-Modified"));
      assertEquals("\"hw\"", response.header("ETag"));
      assertEquals("no-cache", response.header("Cache-Control"));
      assertEquals("bytes", response.header("Accept-Ranges"));
      assertEquals(0, response.body().contentLength());
    }
    assertEquals(200, get(Text.hello(), "If-None-Match", "\"other\"").status());
  }

  @Test
  void ifModifiedSinceAnswers304WhenNotChangedSince() {
    Text untagged = new Text(Text.hello().data(), Optional.empty(), Optional.of(MODIFIED));
    assertEquals(304, get(untagged, "If-Modified-Since", DATE).status());
    assertEquals(304, get(untagged, "If-Modified-Since", "Tue, 01 Jan 2008 13:00:00 GMT").status());
    assertEquals(200, get(untagged, "If-Modified-Since", "Tue, 01 Jan 2008 12:00:00 GMT").status());
    assertEquals(200, get(untagged, "If-Modified-Since", "yesterday").status());
  }

  @Test
  void aTagDecidesOverADate() {
    assertEquals(200,
        get(Text.hello(), "If-None-Match", "\"other\"", "If-Modified-Since", DATE).status());
  }

  @Test
  void ifMatchFailingIs412WithTheBodyAsWerkzeugKeepsIt() {
    Conditional.Answer response = get(Text.hello(), "If-Match", "\"hwxyz\"");
    assertEquals(412, response.status());
    assertEquals("Hello World", text(response));
    assertEquals(412, get(Text.hello(), "If-Match", "W/\"hw\"").status(), "strong comparison");
    assertEquals(412, get(Text.hello(), "If-Match", "*").status(), "Werkzeug's reading of *");
    assertEquals(200, get(Text.hello(), "If-Match", "\"hw\"").status());
  }

  @Test
  void aRangeIsServedBeforeValidatorsAreLookedAt() {
    assertEquals(206,
        get(Text.hello(), "Range", "bytes=0-1", "If-None-Match", "\"hw\"").status());
  }

  @Test
  void onlyGetAndHeadAreConditional() {
    Conditional.Answer post = Conditional.answer("POST", HeaderList.of("Range", "bytes=0-1",
        "If-None-Match", "\"hw\""), Text.hello(), HeaderList.empty());
    assertEquals(200, post.status());
    assertNull(post.header("Accept-Ranges"));
    assertEquals(206, Conditional.answer("HEAD", HeaderList.of("Range", "bytes=0-1"),
        Text.hello(), HeaderList.empty()).status());
  }

  @Test
  void repeatedHeadersAreJoinedAsAWsgiServerJoinsThem() {
    // Two Range fields make "bytes=0-1,bytes=3-4", which Werkzeug cannot read.
    assertThrows(RequestedRangeNotSatisfiable.class,
        () -> get(Text.hello(), "Range", "bytes=0-1", "Range", "bytes=3-4"));
    assertEquals(304,
        get(Text.hello(), "If-None-Match", "\"a\"", "If-None-Match", "\"hw\"").status());
  }

  @Test
  void preconditionsAsWerkzeugsIsResourceModifiedTests() {
    HeaderList none = HeaderList.empty();
    assertTrue(Preconditions.isModified(none, "\"testing\"", null, true));
    HeaderList since = HeaderList.of("If-Modified-Since", DATE);
    assertFalse(Preconditions.isModified(since, null, Instant.parse("2008-01-01T12:00:00Z"), true));
    assertTrue(Preconditions.isModified(since, null, Instant.parse("2008-01-01T13:00:00Z"), true));

    // If-Range without Range is ignored.
    HeaderList ifRange = HeaderList.of("If-Modified-Since", DATE, "If-Range", "\"awesome\"");
    assertFalse(Preconditions.isModified(ifRange, "\"not_the_same\"", MODIFIED, false));
    HeaderList ranged = HeaderList.of("If-Modified-Since", DATE, "If-Range", "\"awesome\"",
        "Range", "");
    assertFalse(Preconditions.isModified(ranged, "\"awesome\"", null, false));
    assertTrue(Preconditions.isModified(ranged, "\"not_the_same\"", null, false));

    HeaderList byDate = HeaderList.of("If-Modified-Since", DATE, "Range", "",
        "If-Range", "Tue, 01 Jan 2008 13:30:00 GMT");
    assertTrue(Preconditions.isModified(byDate, null, Instant.parse("2008-01-01T14:00:00Z"), false));
    assertFalse(Preconditions.isModified(byDate, null, Instant.parse("2008-01-01T13:30:00Z"), false));
    assertTrue(Preconditions.isModified(byDate, null, Instant.parse("2008-01-01T13:30:00Z"), true));
  }

  @Test
  void aFractionOfASecondDoesNotMakeTheResourceModified() {
    Instant fractional = MODIFIED.plusMillis(700);
    assertFalse(Preconditions.isModified(HeaderList.of("If-Modified-Since", DATE), null,
        fractional, true));
  }
}
