package dev.carafe.internal.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The value of Flask's session cookie, written and read as Flask 3.1's {@code
 * SecureCookieSessionInterface} does: a Carafe application and a Flask application with the same
 * keys read each other's cookies, and for the same session, keys and second Carafe writes the very
 * cookie Flask writes.
 *
 * <p>The value is itsdangerous' {@code URLSafeTimedSerializer} with salt {@code cookie-session},
 * HMAC-SHA1 and the {@code hmac} key derivation: {@code payload.timestamp.signature}, where the
 * payload is the session as Flask's tagged JSON (keys sorted, non-ASCII escaped), zlib-compressed
 * behind a leading {@code .} when that is shorter, in unpadded URL-safe base64.
 *
 * <h2>Values</h2>
 *
 * <table>
 *   <caption>Session values and their Flask counterparts</caption>
 *   <tr><th>written from Java</th><th>Flask reads</th><th>read back in Java</th></tr>
 *   <tr><td>{@code String}, {@code Boolean}, {@code null}</td><td>{@code str}, {@code bool},
 *       {@code None}</td><td>the same</td></tr>
 *   <tr><td>{@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}</td>
 *       <td>{@code int}</td><td>{@code Long}, or {@code BigInteger} beyond its range</td></tr>
 *   <tr><td>{@code Double}, {@code Float}</td><td>{@code float}</td><td>{@code Double}</td></tr>
 *   <tr><td>{@code List}</td><td>{@code list}</td><td>{@code List}</td></tr>
 *   <tr><td>{@code Map} with {@code String} keys</td><td>{@code dict}</td><td>{@code Map}</td></tr>
 *   <tr><td>{@code byte[]}</td><td>{@code bytes}</td><td>{@code byte[]}</td></tr>
 *   <tr><td>{@code UUID}</td><td>{@code UUID}</td><td>{@code UUID}</td></tr>
 *   <tr><td>{@code Instant}</td><td>{@code datetime} in UTC</td><td>{@code Instant}, to the
 *       second (Flask drops the fraction too)</td></tr>
 *   <tr><td>(none)</td><td>{@code tuple}</td><td>{@code List}</td></tr>
 *   <tr><td>(none)</td><td>{@code Markup}</td><td>{@code String}: the HTML as text</td></tr>
 * </table>
 *
 * <p>Anything else is refused when writing; Flask would write some of it one way only (a {@code
 * Decimal} as a string, a {@code date} as a datetime string) and read back something else.
 *
 * <h2>Where Carafe differs</h2>
 *
 * <ul>
 *   <li>A correctly signed cookie whose payload does not decode (bad base64, zlib or JSON, a tag
 *       holding the wrong type, not an object) makes Flask answer 500, as itsdangerous' {@code
 *       BadPayload} escapes {@code open_session}; here it gives no session, as every bad cookie
 *       does. Only a holder of the key can make one.
 *   <li>Python's base64 decoder skips stray characters and anything after {@code =} padding, so
 *       Flask still reads a signature with such additions; Carafe reads base64 as Flask writes it.
 *   <li>Tags are read in the forms Flask writes and the common variants Python also reads (see
 *       {@code TaggedJson}); rarer forms Python's parsers take, such as a date in another RFC 2822
 *       layout, give no session or, for a date, {@code null}.
 *   <li>A compressed cookie is Flask's byte for byte when Java and Python use the same zlib, as
 *       both use the system's on Debian; any zlib reads the other's.
 * </ul>
 *
 * <p>An instance is immutable and safe to share between threads.
 */
public final class SignedCookie {
  private final TimestampSigner signer;
  private final long maxAgeSeconds;
  private final Clock clock;

  /**
   * A codec for one application's keys.
   *
   * @param secretKey Flask's {@code SECRET_KEY} as bytes (for a {@code str} key, its UTF-8
   *     bytes); it signs every cookie and verifies them first
   * @param fallbackKeys {@code SECRET_KEY_FALLBACKS}, oldest first as in Flask: cookies signed
   *     with them are still read, so that the secret key can change without logging everyone out
   * @param maxAge {@code PERMANENT_SESSION_LIFETIME} (31 days in Flask): a cookie signed longer
   *     ago gives no session, whether the session was permanent or not
   * @param clock the time cookies are signed with and checked against, to the second
   * @throws IllegalArgumentException when a key is empty or {@code maxAge} is negative
   */
  public SignedCookie(byte[] secretKey, List<byte[]> fallbackKeys, Duration maxAge, Clock clock) {
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("The session's maximum age is negative: " + maxAge);
    }
    this.signer = new TimestampSigner(secretKey, fallbackKeys);
    this.maxAgeSeconds = maxAge.getSeconds();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The cookie value for {@code session}, signed now with the secret key.
   *
   * @throws IllegalArgumentException naming the key (as {@code session['cart'][2]}) when a value
   *     is of a type the cookie cannot hold (see the table above) or a map key is not a {@code
   *     String}
   */
  public String encode(Map<String, ?> session) {
    Object tagged = TaggedJson.tag(Objects.requireNonNull(session, "session"), "session");
    byte[] json = PythonJson.write(tagged).getBytes(StandardCharsets.US_ASCII);
    return signer.sign(payload(json), clock.instant().getEpochSecond());
  }

  /**
   * The session in {@code cookie}, or empty when there is none to trust: the signature matches
   * none of the keys, the cookie was signed more than the maximum age ago or in the future, or
   * it does not decode. Never throws for a bad cookie: like Flask, which gives an empty session
   * for a bad signature or timestamp (for a payload that does not decode, see above).
   *
   * @return the session, a mutable map in the cookie's key order that the caller owns, its
   *     values as in the table above
   */
  public Optional<Map<String, Object>> decode(String cookie) {
    try {
      long now = clock.instant().getEpochSecond();
      String payload = signer.unsign(Objects.requireNonNull(cookie, "cookie"), now, maxAgeSeconds);
      Object session = TaggedJson.untag(PythonJson.read(json(payload)));
      if (!(session instanceof Map<?, ?>)) {
        throw new RejectedCookie("the payload is not an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) session;
      return Optional.of(map);
    } catch (RejectedCookie e) {
      return Optional.empty();
    }
  }

  /** itsdangerous compresses only when that saves two bytes or more: one goes to the mark. */
  private static String payload(byte[] json) {
    byte[] compressed = deflate(json);
    if (compressed.length < json.length - 1) {
      return "." + TimestampSigner.encode(compressed);
    }
    return TimestampSigner.encode(json);
  }

  private static byte[] json(String payload) {
    if (payload.startsWith(".")) {
      return inflate(TimestampSigner.decode(payload.substring(1), "payload"));
    }
    return TimestampSigner.decode(payload, "payload");
  }

  /** Python's {@code zlib.compress(data)}: the default level, with the zlib header. */
  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
      byte[] buffer = new byte[1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** Python's {@code zlib.decompress(data)}: one complete stream; bytes after it are ignored. */
  private static byte[] inflate(byte[] data) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int length = inflater.inflate(buffer);
        if (length == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new RejectedCookie("the compressed payload is cut short");
        }
        out.write(buffer, 0, length);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new RejectedCookie("the payload is not zlib");
    } finally {
      inflater.end();
    }
  }
}
