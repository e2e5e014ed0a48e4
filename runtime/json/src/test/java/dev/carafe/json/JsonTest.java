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
          x = reader.readInt();
        } else if (field.equals("y")) {
          y = reader.readInt();
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
        + "\"e\":-5e2}").getBytes(StandardCharsets.UTF_8));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", 1L);
    expected.put("a", java.util.Arrays.asList(2.5, "x", null, true));
    expected.put("big", new BigDecimal("123456789012345678901"));
    expected.put("e", -500L);
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
}
