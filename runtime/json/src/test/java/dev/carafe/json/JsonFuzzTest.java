package dev.carafe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.avaje.json.JsonException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading any JSON value fuzzed: bytes either are refused with a {@link JsonException} (which the
 * application answers 400), or read as a value that writes and reads back as the same value
 * (numbers by value).
 * Nothing else: no {@code StackOverflowError} from a deep document, no {@code ArithmeticException}
 * from a strange number. Seeds and every input that ever failed are in
 * {@code JsonFuzzTestInputs}.
 */
class JsonFuzzTest {
  private static final JsonLimits LIMITS = new JsonLimits(1 << 20, 64, 64);

  @FuzzTest(maxDuration = "5m")
  void readRefusesOrReadsBackTheSame(byte[] json) {
    Object value;
    try {
      value = Json.read(json, LIMITS);
    } catch (JsonException refused) {
      return;
    }
    // Read back within the defaults: the small limits above apply to the text sent, and
    // 0.0000000001 is written as 1e-10, whose exponent may be over them.
    Object again = Json.read(Json.standard().toBytes(value), JsonLimits.defaults());
    assertEquals(numbersByValue(value), numbersByValue(again));
  }

  /**
   * {@code value} with each number as its exact value: a number whose exponent cancels its
   * fraction ({@code 6.6666666666666664e+16}) reads as a whole number, and writes back as one.
   */
  private static Object numbersByValue(Object value) {
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).stripTrailingZeros();
    }
    if (value instanceof Map<?, ?>) {
      Map<Object, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> map.put(k, numbersByValue(v)));
      return map;
    }
    if (value instanceof List<?>) {
      List<Object> list = new ArrayList<>();
      ((List<?>) value).forEach(v -> list.add(numbersByValue(v)));
      return list;
    }
    return value;
  }
}
