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
    // avaje's own readInt reads 1e10 as 1410065408 and 1e999999 as 0.
    assertTrue(refused("{\"x\": 1e10}").getMessage()
        .startsWith("Number 1E+10 is out of range of an int at position: 10"));
    assertTrue(refused("{\"x\": 1e999}").getMessage().contains("out of range of an int"));
    assertTrue(refused("{\"x\": 2147483648}").getMessage().contains("out of range of an int"));
    assertTrue(refused("{\"x\": 1.5}").getMessage().startsWith("Expected a whole number"));
    assertEquals(new Point(100, -2147483648),
        Json.read("{\"x\":1e2,\"y\":-2147483648.0}".getBytes(StandardCharsets.UTF_8),
            new PointAdapter()));
  }

  @Test
  void eachCheckedReaderKeepsToItsType() {
    assertEquals((byte) 127, read("127", Json::readByte));
    assertThrows(JsonException.class, () -> read("128", Json::readByte));
    assertEquals((short) -32768, read("-32768", Json::readShort));
    assertThrows(JsonException.class, () -> read("32768", Json::readShort));
    assertEquals(Long.MAX_VALUE, read("9223372036854775807", Json::readLong));
    assertThrows(JsonException.class, () -> read("9223372036854775808", Json::readLong));
    assertEquals(0.0, read("1e-400", Json::readDouble));
    assertTrue(assertThrows(JsonException.class, () -> read("1e400", Json::readDouble))
        .getMessage().contains("out of range of a double"));
    assertEquals(3.4e38f, read("3.4e38", Json::readFloat));
    assertThrows(JsonException.class, () -> read("1e39", Json::readFloat));
  }

  private static <T> T read(String json, java.util.function.Function<JsonReader, T> read) {
    try (JsonReader reader = io.avaje.json.stream.JsonStream.builder().build()
        .reader(json.getBytes(StandardCharsets.UTF_8))) {
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
  void stringsThatCouldNotBeWrittenBackAreRefused() {
    // Found by JsonFuzzTest: each was read, and writing it back failed.
    assertTrue(assertThrows(JsonException.class, () -> Json.read("\"\\ud83d x\"".getBytes()))
        .getMessage().startsWith("A string holds half a surrogate pair, \\ud83d"));
    assertEquals("\ud83d\ude00", Json.read("\"\\ud83d\\ude00\"".getBytes()));
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
