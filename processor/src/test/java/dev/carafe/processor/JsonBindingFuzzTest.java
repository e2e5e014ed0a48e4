package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.testing.compile.Compilation;
import dev.carafe.json.Json;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON body bound to a record of {@code int}, {@code long}, {@code double}, {@code String} and
 * {@code List<Integer>} through the adapter the processor generates, fuzzed: the answer is 400
 * or 200, never a 500, and on 200 each field holds exactly the number sent (no wrap-around, no
 * infinity; the nearest double for a double), as the body read as plain JSON says, and the
 * {@code int}, {@code long} and {@code double} fields were all sent as numbers, the first two as
 * JSON integers (binding is strict: no string, fraction, exponent, {@code null} or missing field). Seeds and every input that ever failed are in
 * {@code JsonBindingFuzzTestInputs}.
 */
class JsonBindingFuzzTest {
  private static final TestClient CLIENT = client();

  private static TestClient client() {
    Compilation compilation = Compiler.compile(
        Compiler.source("shop.Shop", "package shop;", "@dev.carafe.Application public class Shop {}"),
        Compiler.source("shop.Item", "package shop;",
            "public record Item(int i, long l, double d, String s, java.util.List<Integer> list) {}"),
        Compiler.source("shop.Items", "package shop;", "import dev.carafe.*;",
            "public class Items {",
            "  @Post(\"/items\") public Item create(@JsonBody Item item) { return item; }",
            "}"));
    assertThat(compilation).succeeded();
    return new TestClient(Compiler.app(compilation, "shop.Shop"));
  }

  @FuzzTest(maxDuration = "5m")
  void bindsExactlyOrRefuses(byte[] body) {
    TestResponse response = CLIENT.request("POST", "/items")
        .header("Content-Type", "application/json").body(body).send();
    assertTrue(response.status() == 200 || response.status() == 400,
        response.status() + " " + response.text());
    if (response.status() != 200) {
      return;
    }
    Map<?, ?> sent;
    try {
      sent = (Map<?, ?>) Json.read(body);
    } catch (io.avaje.json.JsonException skippedByTheAdapter) {
      // An unknown field the adapter skipped holds what reading every value refuses.
      return;
    }
    Map<?, ?> bound = (Map<?, ?>) Json.read(response.bytes());
    if (sent.get("d") instanceof Number) {
      // A double holds the nearest double to the number sent, as Python's float() does.
      assertEquals(((Number) sent.get("d")).doubleValue(), ((Number) bound.get("d")).doubleValue());
    }
    for (String field : List.of("i", "l", "s", "list")) {
      if (sent.containsKey(field)) {
        assertEquals(byValue(sent.get(field)), byValue(bound.get(field)), field);
      }
    }
    // The int and long fields were sent, as JSON integers: a missing one, 1e3 or 2.0 is a 400.
    assertTrue(sent.get("i") instanceof Long && sent.get("l") instanceof Long
        && sent.get("d") instanceof Number, sent.toString());
  }

  private static Object byValue(Object value) {
    // Binding is strict: "9" is not taken for a number field (Jackson's and avaje's defaults
    // take it), so on a 200 a number was sent as a number and a string as a string.
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).stripTrailingZeros();
    }
    if (value instanceof List<?>) {
      return ((List<?>) value).stream().map(JsonBindingFuzzTest::byValue).toList();
    }
    return value;
  }
}
