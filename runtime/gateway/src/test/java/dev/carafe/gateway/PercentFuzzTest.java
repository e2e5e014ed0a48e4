package dev.carafe.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding fuzzed against a decoder written the plain way, as Python's {@code unquote}
 * reads: every {@code %} followed by two ASCII hex digits is a byte, every other character its
 * UTF-8 bytes, and the whole decoded as UTF-8 with U+FFFD for what is not. Seeds and every input
 * that ever failed are in {@code PercentFuzzTestInputs}.
 */
class PercentFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decodeAgreesWithAPlainDecoder(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    if (!wellFormed(text)) {
      // A lone surrogate has no UTF-8 bytes for the reference to decode back: decoding must
      // still not fail.
      Percent.decode(text);
      return;
    }
    assertEquals(reference(text), Percent.decode(text), text);
  }

  private static String reference(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1))
          && isHex(text.charAt(i + 2))) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean wellFormed(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }
}
