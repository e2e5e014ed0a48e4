package dev.carafe.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * The session cookie's decoder fuzzed two ways: a cookie from anyone (which gives no session, as
 * no one without the key can sign one), and a payload signed with the key, so that the fuzzer
 * reaches the tagged JSON behind the signature (which gives a session or none, never an
 * exception). A session read back is written and read again to the same session. Seeds and every
 * input that ever failed are in {@code SessionCookieFuzzTestInputs}.
 */
class SessionCookieFuzzTest {
  private static final byte[] SECRET = "fuzzing key".getBytes(StandardCharsets.UTF_8);
  private static final long NOW = 1_700_000_000L;
  private static final SignedCookie CODEC = new SignedCookie(SECRET, List.of(),
      Duration.ofDays(31), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
  private static final TimestampSigner SIGNER = new TimestampSigner(SECRET, List.of());

  @FuzzTest(maxDuration = "5m")
  void decodeNeverFailsAndReadsBackWhatItWrites(FuzzedDataProvider data) {
    int form = data.consumeInt(0, 2);
    String cookie;
    if (form == 0) {
      cookie = data.consumeRemainingAsString();
    } else {
      byte[] json = data.consumeRemainingAsBytes();
      cookie = SIGNER.sign(form == 1 ? encode(json) : "." + encode(deflate(json)), NOW - 10);
    }
    Optional<Map<String, Object>> session = CODEC.decode(cookie);
    if (form == 0) {
      assertTrue(session.isEmpty(), cookie);
    }
    if (session.isPresent()) {
      Optional<Map<String, Object>> again = CODEC.decode(CODEC.encode(session.get()));
      assertEquals(TaggedJsonView.of(session.get()), again.map(TaggedJsonView::of).orElse(null),
          cookie);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** A session as comparable text: byte arrays compare by identity, their JSON does not. */
  private static final class TaggedJsonView {
    static String of(Map<String, Object> session) {
      return PythonJson.write(TaggedJson.tag(session, "session"));
    }
  }
}
