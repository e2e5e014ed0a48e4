package dev.carafe.internal.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codec on its own. The expected cookies and JSON here were made by Flask 3.1.3 through
 * {@code flask_session.py}; {@link SignedCookieFlaskTest} compares with the Flask installed.
 */
class SignedCookieTest {
  /** 2023-11-14T22:13:20Z, "ZVPxAA" in a cookie. */
  static final long NOW = 1_700_000_000L;
  static final Duration MONTH = Duration.ofDays(31);
  static final UUID ID = UUID.fromString("12345678-1234-5678-1234-567812345678");
  static final Instant JAN_2 = Instant.parse("2024-01-02T03:04:05Z");
  private static final byte[] SECRET = bytes("secret");

  /** {@code sign "b'secret'" "[]" 1700000000 "{'user_id': 42, 'name': 'Zo\\u00eb'}"}. */
  private static final String FLASK_SMALL =
      "eyJuYW1lIjoiWm9cdTAwZWIiLCJ1c2VyX2lkIjo0Mn0.ZVPxAA.YODkkc7xcwH9W-6xUJPviP7u52o";
  /**
   * {@code sign "b'secret'" "[]" 1700000000 "{'big': 'x' * 200, 'tags': ('a', 'b'),
   * 'html': Markup('<b>hi</b>')}"}.
   */
  private static final String FLASK_TUPLE_AND_MARKUP = ".eJyrVkrKTFeyUqoYJkBJRymjJDdHyapaSSEX6C"
      + "-bJLuMTBv9JDulWh2lksT0YrBMiZJVtFIiUG2SUmxtLQCoxm6d.ZVPxAA.t4eosQHadQpAHqXWNvvKz7XxKvA";
  /**
   * {@code sign "'secret'" "[]" 1700000000
   * "{'cart': [UUID('12345678-1234-5678-1234-567812345678')],
   * 'at': datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)}"}.
   */
  private static final String FLASK_UUID_AND_DATE = ".eJyrVkosUbKqVlJIUbJSCilN1VEwMFLwSsxTMDIwMl"
      + "EwMLYyMLEyMFVw9w1RqtVRSk4sAqqOBiovBSo3NDI2MTUzt8BFK9XG1gIAfjUXOg.ZVPxAA"
      + ".Npj-VFYYEWyR9ceggZi_AhZBaNo";
  /** {@code dumps} of {@link #EVERY_WRITABLE_TYPE_PYTHON}. */
  static final String FLASK_JSON = "{\"b\":{\" b\":\"APv/\"},\"big\":12345678901234567890,"
      + "\"d\":{\" d\":\"Tue, 02 Jan 2024 03:04:05 GMT\"},\"floats\":[0.1,1e+16,-0.0,1.5e-07],"
      + "\"name\":\"Zo\\u00eb \\\"q\\\" \\\\ \\n\\u007f\",\"nested\":{\" di\":{\" t__\":[1]}},"
      + "\"tags\":[\"a\",null,true],\"u\":{\" u\":\"12345678123456781234567812345678\"},"
      + "\"user_id\":42,\"\\uffff\":1,\"\\ud83d\\ude00\":2}";
  /** {@link #everyWritableType()} as a Python expression. */
  static final String EVERY_WRITABLE_TYPE_PYTHON = "{'\\U0001F600': 2, '\\uffff': 1,"
      + " 'user_id': 42, 'name': 'Zo\\u00eb \"q\" \\\\ \\n\\x7f', 'tags': ['a', None, True],"
      + " 'big': 12345678901234567890, 'floats': [0.1, 1e16, -0.0, 1.5e-07],"
      + " 'b': b'\\x00\\xfb\\xff',"
      + " 'u': UUID('12345678-1234-5678-1234-567812345678'),"
      + " 'd': datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc), 'nested': {' t': [1]}}";

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Clock at(long now) {
    return Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
  }

  static SignedCookie codec(long now) {
    return new SignedCookie(SECRET, List.of(), MONTH, at(now));
  }

  /** A map in the order given, which may hold {@code null}. */
  static Map<String, Object> session(Object... keysAndValues) {
    Map<String, Object> session = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      session.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return session;
  }

  /** Every type Carafe writes, in an order that Flask's sorting changes. */
  static Map<String, Object> everyWritableType() {
    return session(
        "\ud83d\ude00", 2, // U+1F600 sorts after U+FFFF by code point, before it by UTF-16 unit
        "\uffff", 1,
        "user_id", 42,
        "name", "Zo\u00eb \"q\" \\ \n\u007f",
        "tags", Arrays.asList("a", null, true),
        "big", new BigInteger("12345678901234567890"),
        "floats", List.of(0.1, 1e16, -0.0, 1.5e-7),
        "b", new byte[] {0, (byte) 0xfb, (byte) 0xff},
        "u", ID,
        "d", JAN_2,
        "nested", Map.of(" t", List.of(1)));
  }

  /** {@code payload} as given, signed at {@link #NOW} with the test's secret. */
  static String signed(String payload) {
    return payload + ".ZVPxAA." + signature(payload + ".ZVPxAA");
  }

  /** The signature as itsdangerous computes it, worked out here apart from TimestampSigner. */
  private static String signature(String timestamped) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(SECRET, "HmacSHA1"));
      byte[] derived = mac.doFinal(bytes("cookie-session"));
      mac.init(new SecretKeySpec(derived, "HmacSHA1"));
      return base64(mac.doFinal(bytes(timestamped)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String base64(byte[] data) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
  }

  static String deflated(String json) {
    Deflater deflater = new Deflater();
    deflater.setInput(bytes(json));
    deflater.finish();
    byte[] buffer = new byte[4096];
    int length = deflater.deflate(buffer);
    deflater.end();
    return "." + base64(Arrays.copyOf(buffer, length));
  }

  // What Flask writes and reads

  @Test
  void writesTheCookieFlaskWrites() {
    assertEquals(FLASK_SMALL, codec(NOW).encode(session("user_id", 42, "name", "Zo\u00eb")));
  }

  @Test
  void writesTheTaggedJsonFlaskWrites() {
    assertEquals(FLASK_JSON, PythonJson.write(TaggedJson.tag(everyWritableType(), "session")));
  }

  @Test
  void readsWhatFlaskWrites() {
    assertEquals(Optional.of(session("name", "Zo\u00eb", "user_id", 42L)),
        codec(NOW).decode(FLASK_SMALL));
    // A tuple reads as a List, Markup as its text.
    assertEquals(Optional.of(session("big", "x".repeat(200), "html", "<b>hi</b>",
        "tags", List.of("a", "b"))), codec(NOW).decode(FLASK_TUPLE_AND_MARKUP));
    assertEquals(Optional.of(session("at", JAN_2, "cart", List.of(ID))),
        codec(NOW).decode(FLASK_UUID_AND_DATE));
  }

  @Test
  void floatsAreWrittenAsPythonsRepr() {
    Map<Double, String> python = new LinkedHashMap<>();
    python.put(1.0, "1.0");
    python.put(-2.5, "-2.5");
    python.put(0.1 + 0.2, "0.30000000000000004");
    python.put(1e15, "1000000000000000.0");
    python.put(1e16, "1e+16");
    python.put(1.2345678901234567e17, "1.2345678901234566e+17");
    python.put(0.0001, "0.0001");
    python.put(0.00001, "1e-05");
    python.put(5e-5, "5e-05");
    python.put(Double.MIN_VALUE, "5e-324");
    python.put(3 * Double.MIN_VALUE, "1.5e-323");
    python.put(Double.MAX_VALUE, "1.7976931348623157e+308");
    python.put(2e23, "2e+23");
    python.put(9.999999999999999e22, "1e+23");
    python.put(9007199254740993.0, "9007199254740992.0");
    // Below a power of two the doubles are twice as dense: here the shortest digits that read
    // back are not the nearest ones of their length.
    python.put(Math.scalb(1.0, -1017), "7.120236347223045e-307");
    python.put(-0.0, "-0.0");
    python.put(Double.NaN, "NaN");
    python.put(Double.NEGATIVE_INFINITY, "-Infinity");
    python.forEach((value, repr) -> assertEquals(repr, PythonJson.pythonFloat(value)));
  }

  @Test
  void keysAreSortedByCodePointAsPythonSortsThem() {
    assertEquals("{\"a\":1,\"b\":{\"\\uffff\":3,\"\\ud83d\\ude00\":2},\"\\u00e9\":0}",
        PythonJson.write(TaggedJson.tag(
            session("\u00e9", 0, "b", session("\ud83d\ude00", 2, "\uffff", 3), "a", 1), "s")));
  }

  // Round trips

  @Test
  void everyWritableTypeRoundTrips() {
    Map<String, Object> written = everyWritableType();
    written.put("int", Integer.MIN_VALUE);
    written.put("short", (short) 7);
    written.put("byte", (byte) -1);
    written.put("long", Long.MAX_VALUE);
    written.put("small BigInteger", BigInteger.TEN);
    written.put("float", 0.5f);
    written.put("special doubles", List.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE));
    written.put("text", "tab\t bell\u0007 lone surrogate \ud800 \u00e9\u4e2d\ud83d\ude00 </>");
    written.put("none", null);
    written.put("deep", session("list", List.of(List.of(), Map.of("k", List.of(ID))),
        "empty", Map.of()));
    written.put("tag-like key", Map.of(" u", "not a UUID"));
    written.put("instant with nanos", JAN_2.plusNanos(999_999_999));

    Map<String, Object> read = codec(NOW).decode(codec(NOW).encode(written)).orElseThrow();

    assertArrayEquals(new byte[] {0, (byte) 0xfb, (byte) 0xff}, (byte[]) read.remove("b"));
    Map<String, Object> expected = new HashMap<>(written);
    expected.remove("b");
    // Whole numbers come back as Long (BigInteger beyond), floats as Double, instants to the
    // second.
    expected.putAll(Map.of("\ud83d\ude00", 2L, "\uffff", 1L, "user_id", 42L,
        "int", (long) Integer.MIN_VALUE, "short", 7L, "byte", -1L, "small BigInteger", 10L,
        "float", 0.5, "nested", Map.of(" t", List.of(1L)), "instant with nanos", JAN_2));
    assertEquals(expected, read);
    assertTrue(read.containsKey("none"));
  }

  @Test
  void aSmallSessionIsNotCompressed() {
    String cookie = codec(NOW).encode(session("user_id", 42));
    assertFalse(cookie.startsWith("."), cookie);
    assertEquals("eyJ1c2VyX2lkIjo0Mn0", cookie.substring(0, cookie.indexOf('.')));
  }

  @Test
  void aLargeSessionIsCompressed() {
    Map<String, Object> session = session("text", "abc".repeat(1000));
    String cookie = codec(NOW).encode(session);
    assertTrue(cookie.startsWith("."), cookie);
    assertTrue(cookie.length() < 200, cookie);
    assertEquals(Optional.of(session), codec(NOW).decode(cookie));
  }

  /** itsdangerous keeps the compressed form only when it is at least two bytes shorter. */
  @Test
  void compressesOnlyWhenThatSavesTwoBytes() {
    Random random = new Random(7);
    boolean sawOneByteSaved = false;
    boolean sawTwoBytesSaved = false;
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 600; n++) {
      text.append((char) ('a' + random.nextInt(16)));
      String json = PythonJson.write(Map.of("t", text.toString()));
      int saved = json.length() - Base64.getUrlDecoder().decode(deflated(json).substring(1)).length;
      String payload = codec(NOW).encode(Map.of("t", text.toString())).split("\\.")[0];
      if (saved == 1) {
        sawOneByteSaved = true;
        assertEquals(base64(bytes(json)), payload);
      } else if (saved == 2) {
        sawTwoBytesSaved = true;
        assertEquals("", payload, "a compressed payload starts with '.'");
      }
    }
    assertTrue(sawOneByteSaved && sawTwoBytesSaved);
  }

  // Keys

  @Test
  void aCookieSignedWithAFallbackKeyIsStillRead() {
    String cookie = new SignedCookie(bytes("old"), List.of(), MONTH, at(NOW))
        .encode(session("user_id", 1));
    for (List<byte[]> fallbacks : List.of(List.of(bytes("old")),
        List.of(bytes("older"), bytes("old")), List.of(bytes("old"), bytes("older")))) {
      assertEquals(Optional.of(session("user_id", 1L)),
          new SignedCookie(bytes("new"), fallbacks, MONTH, at(NOW)).decode(cookie));
    }
    assertEquals(Optional.empty(),
        new SignedCookie(bytes("new"), List.of(), MONTH, at(NOW)).decode(cookie));
  }

  @Test
  void signsWithTheSecretKeyNeverAFallback() {
    String cookie = new SignedCookie(bytes("new"), List.of(bytes("old")), MONTH, at(NOW))
        .encode(session("user_id", 1));
    assertTrue(new SignedCookie(bytes("new"), List.of(), MONTH, at(NOW)).decode(cookie)
        .isPresent());
    assertEquals(Optional.empty(),
        new SignedCookie(bytes("old"), List.of(), MONTH, at(NOW)).decode(cookie));
  }

  @Test
  void emptyKeysAndNegativeAgesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new SignedCookie(new byte[0], List.of(), MONTH, at(NOW)));
    IllegalArgumentException fallback = assertThrows(IllegalArgumentException.class,
        () -> new SignedCookie(SECRET, List.of(SECRET, new byte[0]), MONTH, at(NOW)));
    assertTrue(fallback.getMessage().startsWith("Fallback key 1 is empty"),
        fallback.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SignedCookie(SECRET, List.of(), Duration.ofSeconds(-1), at(NOW)));
  }

  // Time

  @Test
  void readUntilTheMaximumAgeThenNoSession() {
    String cookie = codec(NOW).encode(session("user_id", 1));
    long maxAge = MONTH.getSeconds();
    assertTrue(codec(NOW + maxAge).decode(cookie).isPresent());
    assertEquals(Optional.empty(), codec(NOW + maxAge + 1).decode(cookie));
  }

  @Test
  void aCookieFromTheFutureGivesNoSession() {
    String cookie = codec(NOW + 1).encode(session("user_id", 1));
    assertEquals(Optional.empty(), codec(NOW).decode(cookie));
  }

  @Test
  void theTimestampIsTheClocksSecondAsBigEndianBytes() {
    assertEquals("ZVPxAA", codec(NOW).encode(Map.of()).split("\\.")[1]);
    assertEquals("AQ", new TimestampSigner(SECRET, List.of()).sign("e30", 1).split("\\.")[1]);
    // The epoch is no bytes at all, as itsdangerous' int_to_bytes(0) is b"".
    assertEquals("", new TimestampSigner(SECRET, List.of()).sign("e30", 0).split("\\.", -1)[1]);
  }

  // Tampering and malformed cookies

  @Test
  void aChangedSignatureGivesNoSession() {
    String cookie = codec(NOW).encode(session("user_id", 1));
    int middle = cookie.lastIndexOf('.') + 10;
    char changed = cookie.charAt(middle) == 'A' ? 'B' : 'A';
    String tampered = cookie.substring(0, middle) + changed + cookie.substring(middle + 1);
    assertEquals(Optional.empty(), codec(NOW).decode(tampered));
  }

  @Test
  void aChangedPayloadGivesNoSession() {
    String cookie = codec(NOW).encode(session("user_id", 1));
    String tampered = base64(bytes("{\"user_id\":2}")) + cookie.substring(cookie.indexOf('.'));
    assertNotEquals(cookie, tampered);
    assertEquals(Optional.empty(), codec(NOW).decode(tampered));
  }

  @Test
  void aChangedTimestampGivesNoSession() {
    String cookie = codec(NOW - MONTH.getSeconds() - 100).encode(session("user_id", 1));
    String[] parts = cookie.split("\\.");
    String renewed = parts[0] + ".ZVPxAA." + parts[2];
    assertEquals(Optional.empty(), codec(NOW).decode(renewed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "...", "abc", "a.b", "a.b.c",
      "eyJ1c2VyX2lkIjo0Mn0.ZVPxAA", "eyJ1c2VyX2lkIjo0Mn0.ZVPxAA.", "eyJ1c2VyX2lkIjo0Mn0..sig",
      "eyJ1c2VyX2lkIjo0Mn0.ZVPxAA.!!!", "eyJ1c2VyX2lkIjo0Mn0.ZVPxAA.A", "\u00e9.\u00e9.\u00e9",
      // Flask's base64 ignores what follows padding, and so reads this one; Carafe does not.
      "eyJuYW1lIjoiWm9cdTAwZWIiLCJ1c2VyX2lkIjo0Mn0.ZVPxAA.YODkkc7xcwH9W-6xUJPviP7u52o="
          + "=YODkkc7xcwH9W-6xUJPviP7u52o"})
  void malformedCookiesGiveNoSession(String cookie) {
    assertEquals(Optional.empty(), codec(NOW).decode(cookie));
  }

  /** Correctly signed, so only a key holder could send them; still no session, no exception. */
  @ParameterizedTest
  @ValueSource(strings = {
      "!!not-base64", // bad base64
      "eyJ1c2VyX2lkIjo0Mn0AA", // a length base64 cannot have
      ".eyJ1c2VyX2lkIjo0Mn0", // not zlib
      // The rest are put in base64 below.
      "{not json}",
      "[1,2]", // a list, not a session
      "\"text\"",
      "{\"a\":1}x",
      "{\"a\":{\" u\":\"not a uuid\"}}",
      "{\"a\":{\" u\":12}}",
      "{\"a\":{\" b\":\"!!\"}}",
      "{\"a\":{\" t\":1}}",
      "{\"a\":{\" m\":1}}",
      "{\"a\":{\" d\":1}}",
      "{\"a\":{\" di\":5}}",
      "{\"a\":{\" di\":{}}}",
      "{\"a\":\"\\ud83d\\ude0\"}",
      "{\"a\":\"\u0001\"}",
      "{\"a\":01}",
      "{\"a\":1.}",
      "{\"a\":+1}",
      "{\"a\":1,}",
      "{\"a\":-}",
      "{\"a\":1e}",
      "{\"a\":[",
      })
  void validlySignedButUndecodablePayloadsGiveNoSession(String payload) {
    String encoded = payload.startsWith("{") || payload.startsWith("[") || payload.startsWith("\"")
        ? base64(bytes(payload)) : payload;
    assertEquals(Optional.empty(), codec(NOW).decode(signed(encoded)), payload);
  }

  @Test
  // A decompressor waiting for input that never comes would loop forever, deaf to interrupts.
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void validlySignedButUndecodableBytesGiveNoSession() {
    String cutShort = deflated("{\"user_id\":" + "1".repeat(100) + "}");
    assertEquals(Optional.empty(),
        codec(NOW).decode(signed(cutShort.substring(0, cutShort.length() - 8))));
    assertEquals(Optional.empty(),
        codec(NOW).decode(signed(base64(new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'}))));
    assertEquals(Optional.empty(),
        codec(NOW).decode(signed(base64(bytes("[".repeat(10_000) + "]".repeat(10_000))))));
    String nineByteTimestamp = "e30.AQAAAAAAAAAA";
    assertEquals(Optional.empty(),
        codec(NOW).decode(nineByteTimestamp + "." + signature(nineByteTimestamp)));
  }

  @Test
  void noMangledPayloadThrows() {
    Random random = new Random(42);
    String json = FLASK_JSON;
    for (int i = 0; i < 3000; i++) {
      StringBuilder mangled = new StringBuilder(json);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(mangled.length());
        switch (random.nextInt(3)) {
          case 0 -> mangled.deleteCharAt(at);
          case 1 -> mangled.insert(at, "{}[]\",:\\ 0e-.tu"
              .charAt(random.nextInt(15)));
          default -> mangled.setCharAt(at, (char) random.nextInt(128));
        }
      }
      String payload = random.nextBoolean() ? base64(bytes(mangled.toString()))
          : deflated(mangled.toString());
      codec(NOW).decode(signed(payload)); // must return, whatever it returns
    }
  }

  // What cannot be written, and Flask's corner cases

  @Test
  void valuesFlaskCannotHoldAreRefusedNamingTheKey() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> codec(NOW).encode(session("cart", List.of(1, 2, Map.of("price",
            new BigDecimal("9.99"))))));
    assertEquals("The session value session['cart'][2]['price'] is a java.math.BigDecimal, which"
        + " Flask's session cookie cannot hold; use " + TaggedJson.WRITABLE, error.getMessage());
    for (Object value : List.of(Set.of(1), new Object[] {1}, LocalDate.of(2024, 1, 2),
        Optional.of(1), 'c', new StringBuilder("text"), Instant.parse("+10000-01-01T00:00:00Z"))) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> codec(NOW).encode(session("v", value)), value.toString());
      assertTrue(refused.getMessage().startsWith("The session value session['v'] "),
          refused.getMessage());
    }
    Map<Object, Object> intKeys = Map.of(1, "one");
    assertThrows(IllegalArgumentException.class,
        () -> codec(NOW).encode(session("map", intKeys)));
  }

  @Test
  void aMapThatHoldsItselfIsRefused() {
    Map<String, Object> loop = new HashMap<>();
    loop.put("self", loop);
    assertThrows(IllegalArgumentException.class, () -> codec(NOW).encode(session("loop", loop)));
  }

  @Test
  void aOneKeyMapWhoseKeyIsATagIsWrappedAsFlaskDoes() {
    Map<String, Object> session = session(" t", "not a tuple");
    String cookie = codec(NOW).encode(session);
    String json = new String(Base64.getUrlDecoder().decode(cookie.split("\\.")[0]),
        StandardCharsets.UTF_8);
    assertEquals("{\" di\":{\" t__\":\"not a tuple\"}}", json);
    assertEquals(Optional.of(session), codec(NOW).decode(cookie));
  }

  @Test
  void datesAreReadAsWerkzeugsParseDateReadsThem() {
    Map<String, Instant> dates = new LinkedHashMap<>();
    dates.put("Tue, 02 Jan 2024 03:04:05 GMT", JAN_2);
    dates.put("Wed, 2 jan 2024 03:04:05 UTC", JAN_2); // the weekday is not checked
    dates.put("02 Jan 2024 05:04:05 +0200", JAN_2);
    dates.put("Tue, 02 Jan 24 03:04:05", JAN_2);
    dates.put("Tue, 02 Jan 2024 03:04 GMT", JAN_2.minusSeconds(5));
    dates.put("Sat, 02 Jan 0099 03:04:05 GMT", Instant.parse("1999-01-02T03:04:05Z"));
    dates.put("Tue, 02 Jan 2024 24:04:05 GMT", null); // parse_date gives None
    dates.put("yesterday", null);
    dates.forEach((text, instant) -> assertEquals(Optional.of(session("d", instant)),
        codec(NOW).decode(signed(base64(bytes("{\"d\":{\" d\":\"" + text + "\"}}")))), text));
  }

  @Test
  void uuidsAreReadInTheFormsPythonsUuidTakes() {
    for (String text : List.of("12345678123456781234567812345678",
        "12345678-1234-5678-1234-567812345678", "{12345678-1234-5678-1234-567812345678}",
        "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678123456781234567812345678")) {
      assertEquals(Optional.of(session("u", ID)),
          codec(NOW).decode(signed(base64(bytes("{\"u\":{\" u\":\"" + text + "\"}}")))), text);
    }
  }

  @Test
  void numbersAreReadAsPythonReadsThem() {
    String json = "{\"n\":[1,-0,1.0,1e2,1E+2,-0.0,12345678901234567890,NaN,-Infinity,1e400]}";
    List<Object> numbers = new ArrayList<>(List.of(1L, 0L, 1.0, 100.0, 100.0, -0.0,
        new BigInteger("12345678901234567890"), Double.NaN, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY));
    assertEquals(Optional.of(session("n", numbers)),
        codec(NOW).decode(signed(base64(bytes(json)))));
  }
}
