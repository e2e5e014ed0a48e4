package dev.carafe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonException;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class JsonTest {
  public record Point(int x, int y) {}

  enum Colour { RED }

  /** What the processor generates for a record, written by hand. */
  public static final class PointAdapter implements JsonAdapter<Point> {
    @Override
    public void toJson(JsonWriter writer, Point point) {
      writer.beginObject();
      writer.name("x");
      writer.value(point.x());
      writer.name("y");
      writer.value(point.y());
      writer.endObject();
    }

    @Override
    public Point fromJson(JsonReader reader) {
      int x = 0;
      int y = 0;
      reader.beginObject();
      while (reader.hasNextField()) {
        String field = reader.nextField();
        if (field.equals("x")) {
          x = Json.readInt(reader);
        } else if (field.equals("y")) {
          y = Json.readInt(reader);
        } else {
          reader.unmappedField(field);
          reader.skipValue();
        }
      }
      reader.endObject();
      return new Point(x, y);
    }
  }

  @Test
  void arraysInArraysAreSeparatedByCommas() {
    // avaje-json before 3.11 wrote [["a"]["b"]] for a list of lists: invalid JSON.
    Json json = Json.standard();
    assertEquals("[[\"a\",\"1\"],[\"b\",\"2\"]]",
        json.toJson(List.of(List.of("a", "1"), List.of("b", "2"))));
    assertEquals("[[],[1],{\"k\":[[1],[2]]}]",
        json.toJson(List.of(List.of(), List.of(1), Map.of("k", List.of(List.of(1), List.of(2))))));
  }

  @Test
  void plainValuesAreWrittenWithoutAdapters() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "é \"quoted\" <tag>\n");
    value.put("int", 3);
    value.put("long", 9_007_199_254_740_993L);
    value.put("double", 1.5);
    value.put("decimal", new BigDecimal("0.10"));
    value.put("yes", true);
    value.put("none", null);
    value.put("empty", List.of());
    value.put("absent", Optional.empty());
    value.put("present", Optional.of("here"));
    value.put("colour", Colour.RED);
    value.put("array", new Object[] {1, "a"});
    assertEquals("{\"text\":\"é \\\"quoted\\\" <tag>\\n\",\"int\":3,\"long\":9007199254740993,"
        + "\"double\":1.5,\"decimal\":0.10,\"yes\":true,\"none\":null,\"empty\":[],"
        + "\"absent\":null,\"present\":\"here\",\"colour\":\"RED\",\"array\":[1,\"a\"]}",
        Json.standard().toJson(value));
  }

  @Test
  void aRecordIsWrittenByItsRegisteredAdapterAlsoInsideCollections() {
    Json json = Json.builder().adapter(Point.class, new PointAdapter()).build();
    assertEquals("{\"points\":[{\"x\":1,\"y\":2}]}",
        json.toJson(Map.of("points", List.of(new Point(1, 2)))));
    assertEquals("{\"x\":3,\"y\":4}", new String(Json.toBytes(new Point(3, 4), new PointAdapter()),
        StandardCharsets.UTF_8));
  }

  @Test
  void aClassWithoutAnAdapterIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Json.standard().toJson(List.of(new Point(1, 2))));
    assertTrue(e.getMessage().contains("No JSON adapter for " + Point.class.getName()),
        e.getMessage());
  }

  @Test
  void notANumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Json.standard().toJson(Double.NaN));
  }

  @Test
  void anyValueIsReadWithExactNumbersInDocumentOrder() {
    Object value = Json.read(("{\"b\":1,\"a\":[2.5,\"x\",null,true],\"big\":123456789012345678901,"
        + "\"e\":-5e2,\"f\":6.5E26}").getBytes(StandardCharsets.UTF_8));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", 1L);
    expected.put("a", java.util.Arrays.asList(2.5, "x", null, true));
    expected.put("big", new BigDecimal("123456789012345678901"));
    // As Python's json: an exponent or a fraction makes a float, whatever the value.
    expected.put("e", -500.0);
    expected.put("f", 6.5e26);
    assertEquals(expected, value);
  }

  @Test
  void aRecordIsReadByItsAdapter() {
    assertEquals(new Point(1, 2),
        Json.read("{\"y\":2,\"x\":1,\"z\":0}".getBytes(StandardCharsets.UTF_8), new PointAdapter()));
  }

  @Test
  void malformedJsonSaysWhatIsWrongAndWhere() {
    JsonException cut = assertThrows(JsonException.class, () -> Json.read("{\"a\":1".getBytes()));
    assertTrue(cut.getMessage().contains("end of JSON input"), cut.getMessage());
    JsonException key = assertThrows(JsonException.class, () -> Json.read("{a:1}".getBytes()));
    assertTrue(key.getMessage().contains("position: 3"), key.getMessage());
    JsonException trailing =
        assertThrows(JsonException.class, () -> Json.read("{\"a\":1} x".getBytes()));
    assertTrue(trailing.getMessage().contains("Unexpected content after the JSON value"),
        trailing.getMessage());
    assertThrows(JsonException.class, () -> Json.read(new byte[0]));
  }

  private static JsonException refused(String json) {
    return assertThrows(JsonException.class, () -> Json.read(json.getBytes(StandardCharsets.UTF_8),
        new PointAdapter()));
  }

  @Test
  void aNumberOutOfAnIntsRangeIsRefusedNotWrappedAround() {
    // avaje's own readInt reads 2147483648 as -2147483648.
    assertTrue(refused("{\"x\": 2147483648}").getMessage()
        .startsWith("Number 2147483648 is out of range of an int at position: "));
    assertTrue(refused("{\"x\": -" + "9".repeat(500) + "}").getMessage()
        .contains("out of range of an int"));
    assertEquals(new Point(100, -2147483648),
        Json.read("{\"x\":100,\"y\":-2147483648}".getBytes(StandardCharsets.UTF_8),
            new PointAdapter()));
  }

  @Test
  void anIntIsAJsonIntegerNotAStringAFractionAnExponentNullOrABoolean() {
    // Jackson's and avaje's lax defaults read each of these as a number; Python reads 1e3 and
    // 2.0 as floats.
    String[][] cases = {
        {"\"1\"", "a string"}, {"null", "null"}, {"true", "a boolean"}, {"[1]", "an array"},
        {"{}", "an object"}};
    for (String[] sent : cases) {
      assertTrue(refused("{\"x\": " + sent[0] + ", \"y\": 1}").getMessage()
          .startsWith("Expected an int, got " + sent[1] + " at position: "), sent[0]);
    }
    for (String sent : new String[] {"1.5", "2.0", "1e3", "1E+3", "1.5e1", "-0.0"}) {
      assertTrue(refused("{\"x\": " + sent + ", \"y\": 1}").getMessage().startsWith(
          "Expected an int (an integer, with no fraction or exponent), got " + sent
              + " at position: "), sent);
    }
  }

  @Test
  void aComponentsReaderNamesTheField() {
    assertTrue(assertThrows(JsonException.class, () -> read("\"9\"", r -> Json.readLong(r, "total")))
        .getMessage().startsWith("Field 'total' must be a long, got a string at position: "));
    assertTrue(assertThrows(JsonException.class, () -> read("1e3", r -> Json.readInt(r, "quantity")))
        .getMessage().startsWith("Field 'quantity' must be an int (an integer, with no fraction"
            + " or exponent), got 1e3 at position: "));
    assertEquals(-7, (int) read("-7", r -> Json.readInt(r, "quantity")));
  }

  @Test
  void aMissingPrimitiveFieldIsNamed() {
    Json.requirePresent(null, null);
    assertEquals("Missing field 'quantity'",
        assertThrows(JsonException.class, () -> Json.requirePresent("quantity", null)).getMessage());
    assertEquals("Missing fields 'quantity', 'total'", assertThrows(JsonException.class,
        () -> Json.requirePresent("quantity", "total")).getMessage());
  }

  @Test
  void aDoubleIsTheNearestToTheNumberSent() {
    // Found by JsonBindingFuzzTest: avaje's readDouble gives 2.5711111111111107.
    assertEquals(2.571111111111111, read("2.571111111111111", Json::readDouble));
    assertEquals(Double.parseDouble("0.1e-5"), read("0.1e-5", Json::readDouble));
    assertEquals(Float.parseFloat("2.571111111111111"), read("2.571111111111111", Json::readFloat));
  }

  @Test
  void aDoubleIsANumberNotAString() {
    assertTrue(assertThrows(JsonException.class, () -> read("\"1.5\"", Json::readDouble))
        .getMessage().startsWith("Expected a double, got a string at position: "));
    assertTrue(assertThrows(JsonException.class, () -> read("null", Json::readFloat))
        .getMessage().startsWith("Expected a float, got null at position: "));
  }

  @Test
  void aCommaBeforeAClosingBracketOrAnotherCommaIsMalformed() {
    // avaje's reader takes each of these; Python's json and RFC 8259 do not.
    assertEquals("Unexpected '}' after a comma at position: 16", assertThrows(JsonException.class,
        () -> Json.read("{\"a\": 1, \"b\": 2,}".getBytes())).getMessage());
    assertEquals("Unexpected ']' after a comma at position: 4", assertThrows(JsonException.class,
        () -> Json.read("[1, ]".getBytes())).getMessage());
    assertEquals("Unexpected ',' after a comma at position: 3", assertThrows(JsonException.class,
        () -> Json.read("[1,,2]".getBytes())).getMessage());
    assertEquals("Unexpected ',' after '[' at position: 1", assertThrows(JsonException.class,
        () -> Json.read("[,1]".getBytes())).getMessage());
    assertEquals(List.of("a,", Map.of("b", List.of())),
        Json.read("[\"a,\" , {\"b\" :[ ]} ]".getBytes()));
    assertThrows(JsonException.class, () -> Json.read("{\"x\": 1, \"y\": 2,}".getBytes(),
        new PointAdapter()));
  }

  @Test
  void eachCheckedReaderKeepsToItsType() {
    assertEquals((byte) 127, read("127", (JsonReader r) -> Json.readByte(r)));
    assertThrows(JsonException.class, () -> read("128", (JsonReader r) -> Json.readByte(r)));
    assertEquals((short) -32768, read("-32768", (JsonReader r) -> Json.readShort(r)));
    assertThrows(JsonException.class, () -> read("32768", (JsonReader r) -> Json.readShort(r)));
    assertEquals(Long.MAX_VALUE, read("9223372036854775807", (JsonReader r) -> Json.readLong(r)));
    assertThrows(JsonException.class, () -> read("9223372036854775808", (JsonReader r) -> Json.readLong(r)));
    assertEquals(0.0, read("1e-400", Json::readDouble));
    assertTrue(assertThrows(JsonException.class, () -> read("1e400", Json::readDouble))
        .getMessage().contains("out of range of a double"));
    assertEquals(3.4e38f, read("3.4e38", Json::readFloat));
    assertThrows(JsonException.class, () -> read("1e39", Json::readFloat));
  }

  /** Reads {@code json} as the one item of an array, as generated adapters read values. */
  private static <T> T read(String json, java.util.function.Function<JsonReader, T> read) {
    try (JsonReader reader = io.avaje.json.stream.JsonStream.builder().build()
        .reader(("[" + json + "]").getBytes(StandardCharsets.UTF_8))) {
      reader.beginArray();
      reader.hasNextElement();
      return read.apply(reader);
    }
  }

  @Test
  void aDocumentNestedDeeperThanTheLimitIsRefusedBeforeItIsRead() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    JsonException e = assertThrows(JsonException.class,
        () -> Json.read(deep.getBytes(StandardCharsets.UTF_8)));
    assertEquals("JSON nested deeper than 1000 levels at position: 1000", e.getMessage());
    String allowed = "[".repeat(1000) + "]".repeat(1000);
    Json.read(allowed.getBytes(StandardCharsets.UTF_8));
    assertThrows(JsonException.class, () -> Json.read(allowed.getBytes(StandardCharsets.UTF_8),
        new JsonLimits(1 << 20, 999, 1000)));
  }

  @Test
  void aNumberLongerThanTheLimitOrWithAHugeExponentIsRefused() {
    JsonLimits limits = new JsonLimits(1 << 20, 1000, 10);
    assertEquals("A number longer than 10 characters at position: 1",
        assertThrows(JsonException.class, () -> Json.read("[-1234567890]".getBytes(), limits))
            .getMessage());
    assertEquals(-123456789L, Json.read("-123456789".getBytes(), limits));
    // 1e999999 is eight characters, and a BigDecimal whose every later use is slow.
    assertEquals("A number's exponent beyond 1000 at position: 0",
        assertThrows(JsonException.class, () -> Json.read("1e999999".getBytes())).getMessage());
    assertEquals(new BigDecimal("1e1000"), Json.read("1e1000".getBytes()));
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefused() {
    assertEquals("The JSON document is 12 bytes, more than the 10 accepted",
        assertThrows(JsonException.class, () -> Json.read("[1,2,3,4,5]\n".getBytes(),
            new JsonLimits(10, 10, 10))).getMessage());
  }

  @Test
  void halfASurrogatePairIsReadAsPythonReadsItAndWrittenBackEscaped() {
    // Python's json.loads reads "\ud800" and json.dumps writes it back so; avaje's writer fails.
    Object read = Json.read("{\"note\": \"\\ud83d x \\u00e9\\\"\"}".getBytes());
    assertEquals(Map.of("note", "\ud83d x \u00e9\""), read);
    assertEquals("{\"note\":\"\\ud83d x \\u00e9\\\"\"}", Json.standard().toJson(read));
    assertEquals("[\"\\udc00\\ud800\"]", Json.standard().toJson(List.of("\udc00\ud800")));
    assertEquals("\ud83d\ude00", Json.read("\"\\ud83d\\ude00\"".getBytes()));
    assertEquals("\"\ud83d\ude00\"", Json.standard().toJson("\ud83d\ude00"));
  }

  @Test
  void stringsThatCouldNotBeWrittenBackAreRefused() {
    // A key has no escaped form in avaje's writer.
    assertEquals("An object key holds half a surrogate pair at position: 2",
        assertThrows(JsonException.class, () -> Json.read("{\"\\ud800\" : 1}".getBytes()))
            .getMessage());
    assertEquals("The JSON document is not UTF-8", assertThrows(JsonException.class,
        () -> Json.read(new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'})).getMessage());
    assertEquals("An unescaped control character, U+0002, in a string at position: 3",
        assertThrows(JsonException.class, () -> Json.read("{\"a\u0002\":1}".getBytes()))
            .getMessage());
  }

  @Test
  void aDocumentTheParserRunsOffIsMalformed() {
    // Found by JsonFuzzTest: avaje's reader threw ArrayIndexOutOfBoundsException.
    byte[] json = {'{', '"', 'a', '"', ':', '1', '?', '}', ' ', '-', '0', '.', 'x', '0', ','};
    assertThrows(JsonException.class, () -> Json.read(json));
  }

  @Test
  void aDoubleIsWrittenAsPythonWritesItSoItReadsBackAsADouble() {
    // Found by JsonFuzzTest: avaje wrote 6.6666666666666664E16 as 66666666666666664, a whole number.
    assertEquals("[6.6666666666666664e+16,1e+16,0.1,1.5e-07,-0.0]",
        Json.standard().toJson(List.of(6.6666666666666664e16, 1e16, 0.1, 1.5e-7, -0.0)));
    assertEquals(1e16, Json.read("1e+16".getBytes()));
  }

  @Test
  void aDocumentCutOffInsideNestedArraysIsMalformed() {
    // Found by JsonFuzzTest: avaje's reader took it as complete.
    assertEquals("The JSON document ends with 2 arrays or objects not closed",
        assertThrows(JsonException.class, () -> Json.read("[[6,[[]]".getBytes())).getMessage());
  }

  @Test
  void arraysInsideArraysAreSeparated() {
    // Found by JsonFuzzTest: avaje 3.7's writer left out the comma before a nested array.
    assertEquals("[[1],[3],{}]", Json.standard().toJson(List.of(List.of(1), List.of(3), Map.of())));
  }

  @Test
  void aNumberOutsideJsonsGrammarOrATrailingCommaIsMalformed() {
    // Found by JsonFuzzTest on JDK 25: avaje's reader took "5e5e3," as 5E+5003.
    assertEquals("Malformed number at position: 0",
        assertThrows(JsonException.class, () -> Json.read("5e5e3".getBytes())).getMessage());
    assertEquals("Unexpected ',' outside an array or object at position: 3",
        assertThrows(JsonException.class, () -> Json.read("[1],".getBytes())).getMessage());
    for (String bad : new String[] {"01", "1.", "-", "1e", "1e+", "--1", "1.5.5"}) {
      assertThrows(JsonException.class, () -> Json.read(bad.getBytes()), bad);
    }
    assertEquals(List.of(true, false, -0L, 1.5e-3), Json.read("[true,false,-0,1.5E-3]".getBytes()));
  }
}
