package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.carafe.http.RequestEntityTooLarge;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Any URL-encoded text parses, or is a 413 for too many fields; never another exception. Seeds
 * in {@code UrlEncodedFuzzTestInputs}; {@code JAZZER_FUZZ=1} explores.
 */
class UrlEncodedFuzzTest {
  @FuzzTest
  void endsInAFormOrA413(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      Map<String, List<String>> form = UrlEncoded.parse(text, 16);
      // Decoding only shortens: every field and value comes from a piece of the text.
      assertTrue(form.keySet().stream().allMatch(name -> name.length() <= text.length()));
    } catch (RequestEntityTooLarge expected) {
      // More than 16 fields.
    }
  }
}
