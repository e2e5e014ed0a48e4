package dev.carafe.internal.session;

import static dev.carafe.internal.session.SignedCookieTest.EVERY_WRITABLE_TYPE_PYTHON;
import static dev.carafe.internal.session.SignedCookieTest.ID;
import static dev.carafe.internal.session.SignedCookieTest.JAN_2;
import static dev.carafe.internal.session.SignedCookieTest.MONTH;
import static dev.carafe.internal.session.SignedCookieTest.NOW;
import static dev.carafe.internal.session.SignedCookieTest.at;
import static dev.carafe.internal.session.SignedCookieTest.base64;
import static dev.carafe.internal.session.SignedCookieTest.bytes;
import static dev.carafe.internal.session.SignedCookieTest.codec;
import static dev.carafe.internal.session.SignedCookieTest.everyWritableType;
import static dev.carafe.internal.session.SignedCookieTest.session;
import static dev.carafe.internal.session.SignedCookieTest.signed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Carafe against the real Flask, in {@code python3} processes: the same cookie for the same
 * session, each reading the other's cookies with the same key and after a key rotation, and the
 * same expiry. Skipped only when {@code python3} cannot import Flask; the Flask 3.1 that CI
 * installs (for Debian, {@code python3-flask}) runs them.
 */
class SignedCookieFlaskTest {
  private static final String SECRET = "b'secret'";
  private static final String NO_FALLBACKS = "[]";

  @BeforeAll
  static void flaskIsInstalled() {
    assumeTrue(FlaskProcess.available(),
        "python3 cannot import flask: install Flask 3.1 (python3-flask) to run these tests");
  }

  // The same bytes

  @Test
  void carafeWritesTheCookieFlaskWrites() {
    assertEquals(FlaskProcess.sign(SECRET, NO_FALLBACKS, NOW, "{'user_id': 42, 'n': 'Zo\\u00eb'}"),
        codec(NOW).encode(session("user_id", 42, "n", "Zo\u00eb")));
  }

  @Test
  void carafeWritesTheCompressedCookieFlaskWrites() {
    String flask = FlaskProcess.sign(SECRET, NO_FALLBACKS, NOW, EVERY_WRITABLE_TYPE_PYTHON);
    assertTrue(flask.startsWith("."), flask);
    assertEquals(flask, codec(NOW).encode(everyWritableType()),
        "Python's zlib and Java's deflate at the default level should agree byte for byte; they"
            + " do when both use the same zlib library (as on Debian), not always otherwise");
  }

  @Test
  void theTaggedJsonIsFlasks() {
    assertEquals(FlaskProcess.dumps(EVERY_WRITABLE_TYPE_PYTHON),
        PythonJson.write(TaggedJson.tag(everyWritableType(), "session")));
  }

  @Test
  void floatsAreWrittenAsFlaskWritesThem() {
    Random random = new Random(20231114);
    List<Double> doubles = new ArrayList<>(List.of(0.1, 1e15, 1e16, 1e-4, 1e-5, 5e-324,
        Double.MAX_VALUE, -0.0, 0.0, 2e23, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    for (int exponent = -1074; exponent <= 1023; exponent++) {
      doubles.add(Math.scalb(1.0, exponent));
    }
    while (doubles.size() < 6000) {
      // Any bit pattern, and the short decimals people store.
      double any = Double.longBitsToDouble(random.nextLong());
      if (!Double.isNaN(any)) {
        doubles.add(any);
      }
      doubles.add(random.nextInt(2_000_000) / Math.pow(10, random.nextInt(20)) - 1000);
    }
    String python = doubles.stream()
        .map(d -> "float.fromhex('" + Double.toHexString(d) + "')")
        .collect(Collectors.joining(", ", "[", "]"));
    assertEquals(FlaskProcess.dumps(python), PythonJson.write(doubles));
  }

  // Each reads the other's cookies

  @Test
  void carafeReadsWhatFlaskWrites() {
    String cookie = FlaskProcess.sign(SECRET, NO_FALLBACKS, NOW, "{'tuple': (1, 'a', (2,)),"
        + " 'markup': Markup('<b>x</b>'), 'bytes': b'\\x00\\xfb\\xff', 'uuid': UUID('" + ID
        + "'), 'aware': datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),"
        + " 'naive': datetime(2024, 1, 2, 3, 4, 5, 678), 'n': {'list': [1, 2.5, None, True],"
        + " ' t': 'x'}, 'di': {' t': (1,)}, 'big': 2 ** 70, 'float': 1e16, 'text': 'Zo\\u00eb'}");

    Map<String, Object> read = codec(NOW).decode(cookie).orElseThrow();

    assertArrayEquals(new byte[] {0, (byte) 0xfb, (byte) 0xff}, (byte[]) read.remove("bytes"));
    assertEquals(session("aware", JAN_2, "big", BigInteger.TWO.pow(70), "di",
            session(" t", List.of(1L)), "float", 1e16, "markup", "<b>x</b>", "n",
            session(" t", "x", "list", Arrays.asList(1L, 2.5, null, true)), "naive", JAN_2,
            "text", "Zo\u00eb", "tuple", List.of(1L, "a", List.of(2L)), "uuid", ID),
        read);
  }

  @Test
  void flaskReadsWhatCarafeWrites() {
    String cookie = codec(NOW).encode(everyWritableType());
    assertEquals(FlaskProcess.show(EVERY_WRITABLE_TYPE_PYTHON),
        FlaskProcess.load(SECRET, NO_FALLBACKS, NOW, cookie));
    assertEquals("{'when': datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)}",
        FlaskProcess.load(SECRET, NO_FALLBACKS, NOW,
            codec(NOW).encode(session("when", JAN_2.plusMillis(678)))));
  }

  @Test
  void flaskReadsHandWrittenTagsAsCarafeDoes() {
    String json = "{\"d\":[{\" d\":\"Wed, 2 jan 24 05:04:05 +0200\"},"
        + "{\" d\":\"02 Jan 0099 03:04\"},{\" d\":\"Tue, 02 Jan 2024 24:00:00 GMT\"}],"
        + "\"u\":{\" u\":\"{urn:uuid:12345678-1234-5678-1234-567812345678}\"}}";
    String cookie = signed(base64(bytes(json)));
    assertEquals("{'d': [datetime.datetime(2024, 1, 2, 5, 4, 5,"
            + " tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))),"
            + " datetime.datetime(1999, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), None],"
            + " 'u': UUID('12345678-1234-5678-1234-567812345678')}",
        FlaskProcess.load(SECRET, NO_FALLBACKS, NOW, cookie));
    assertEquals(Optional.of(session(
            "d", Arrays.asList(JAN_2, Instant.parse("1999-01-02T03:04:00Z"), null), "u", ID)),
        codec(NOW).decode(cookie));
  }

  // Key rotation

  @Test
  void carafeReadsACookieFlaskSignedWithAKeyNowAFallback() {
    String cookie = FlaskProcess.sign("b'old'", NO_FALLBACKS, NOW, "{'user_id': 7}");
    assertEquals(Optional.of(session("user_id", 7L)),
        new SignedCookie(bytes("new"), List.of(bytes("old")), MONTH, at(NOW)).decode(cookie));
    assertEquals(Optional.empty(),
        new SignedCookie(bytes("new"), List.of(), MONTH, at(NOW)).decode(cookie));
  }

  @Test
  void flaskReadsACookieCarafeSignedWithAKeyNowAFallback() {
    requireFlask31();
    String cookie = new SignedCookie(bytes("old"), List.of(), MONTH, at(NOW))
        .encode(session("user_id", 7));
    assertEquals("{'user_id': 7}", FlaskProcess.load("b'new'", "[b'old']", NOW, cookie));
    assertEquals("{}", FlaskProcess.load("b'new'", NO_FALLBACKS, NOW, cookie));
  }

  @Test
  void bothSignWithTheSecretKeyNotAFallback() {
    requireFlask31();
    String flask = FlaskProcess.sign("b'new'", "[b'old']", NOW, "{'user_id': 7}");
    assertEquals(flask, new SignedCookie(bytes("new"), List.of(bytes("old")), MONTH, at(NOW))
        .encode(session("user_id", 7)));
    assertEquals(Optional.empty(),
        new SignedCookie(bytes("old"), List.of(), MONTH, at(NOW)).decode(flask));
  }

  // Time

  @Test
  void flaskExpiresCookiesWhenCarafeDoes() {
    String cookie = codec(NOW).encode(session("user_id", 7));
    long maxAge = MONTH.getSeconds();
    assertEquals("{'user_id': 7}", FlaskProcess.load(SECRET, NO_FALLBACKS, NOW + maxAge, cookie));
    assertEquals("{}", FlaskProcess.load(SECRET, NO_FALLBACKS, NOW + maxAge + 1, cookie));
    assertEquals("{}", FlaskProcess.load(SECRET, NO_FALLBACKS, NOW - 1, cookie));
    assertTrue(codec(NOW + maxAge).decode(cookie).isPresent());
    assertEquals(Optional.empty(), codec(NOW + maxAge + 1).decode(cookie));
    assertEquals(Optional.empty(), codec(NOW - 1).decode(cookie));
  }

  /** SECRET_KEY_FALLBACKS came with Flask 3.1; Debian 12's python3-flask is 2.2, where these skip. */
  private static void requireFlask31() {
    String version = FlaskProcess.version();
    int[] parts = Arrays.stream(version.split("\\.")).limit(2).mapToInt(Integer::parseInt)
        .toArray();
    // Only Flask's side needs 3.1: an older Flask cannot check a rotation it does not have, and
    // Carafe's own rotation is tested without it (SignedCookieTest).
    assumeTrue(parts[0] > 3 || (parts[0] == 3 && parts[1] >= 1), "python3 has Flask " + version
        + ", which ignores SECRET_KEY_FALLBACKS; these tests need Flask 3.1 or later (Debian 13's"
        + " python3-flask, or pip install 'flask>=3.1')");
  }
}
