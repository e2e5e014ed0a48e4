package dev.carafe.json;

import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonDataException;
import io.avaje.json.JsonException;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;
import io.avaje.json.stream.BytesJsonWriter;
import io.avaje.json.stream.JsonStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Carafe's JSON: writes what handlers return and reads what clients send, on avaje-json's
 * streaming reader and writer (the parser of dsl-json), with no reflection and no service loading.
 *
 * <p>Plain values need nothing registered: {@code null}, {@link String} and other
 * {@link CharSequence}s, {@link Boolean}, {@link Number}s, enums (by name), {@link Optional}
 * (empty is {@code null}), {@link Map}s (keys as text), {@link Collection}s and other
 * {@link Iterable}s, and arrays of objects. Records and other classes are written by a
 * {@link JsonAdapter} that the Carafe processor generates at compile time and registers with
 * {@link Builder#adapter}; they are found by the value's exact class, a map look-up.
 *
 * <pre>{@code
 * Json json = Json.builder().adapter(Item.class, new ItemJsonAdapter()).build();
 * byte[] body = json.toBytes(Map.of("items", List.of(item)));
 * }</pre>
 *
 * <p>An instance is immutable and safe to share between threads.
 */
public final class Json {
  /** Writes {@code null}s and empty collections: a client sees every key a map or record has. */
  private static final JsonStream STREAM =
      JsonStream.builder().serializeNulls(true).serializeEmpty(true).build();
  private static final Json STANDARD = new Json(Map.of());
  /** A JSON integer as RFC 8259 writes one; DocumentCheck has refused other forms already. */
  private static final java.util.regex.Pattern INTEGER =
      java.util.regex.Pattern.compile("-?[0-9]+");

  private final Map<Class<?>, JsonAdapter<?>> adapters;

  private Json(Map<Class<?>, JsonAdapter<?>> adapters) {
    this.adapters = Map.copyOf(adapters);
  }

  /** JSON with no adapters registered: plain values only. */
  public static Json standard() {
    return STANDARD;
  }

  /** A builder to register generated adapters with. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code value} as JSON in UTF-8.
   *
   * @throws IllegalArgumentException when a value inside has no adapter (the message names its
   *     class)
   */
  public byte[] toBytes(Object value) {
    BytesJsonWriter writer = STREAM.bufferedWriterAsBytes();
    try {
      write(writer, value);
    } finally {
      writer.close();
    }
    return writer.result();
  }

  /** {@code value} as JSON text; see {@link #toBytes(Object)}. */
  public String toJson(Object value) {
    return new String(toBytes(value), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@code value} as JSON in UTF-8, written by {@code adapter}. */
  public static <T> byte[] toBytes(T value, JsonAdapter<T> adapter) {
    BytesJsonWriter writer = STREAM.bufferedWriterAsBytes();
    try {
      if (value == null) {
        writer.nullValue();
      } else {
        adapter.toJson(writer, value);
      }
    } finally {
      writer.close();
    }
    return writer.result();
  }

  /**
   * Writes {@code value} to {@code writer}: plain values directly, others by their registered
   * adapter. Generated adapters call this for fields of type {@code Object}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void write(JsonWriter writer, Object value) {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof CharSequence) {
      writeString(writer, value.toString());
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof Number) {
      writeNumber(writer, (Number) value);
    } else if (value instanceof Map<?, ?>) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?>) {
      writer.beginArray();
      for (Object item : (Iterable<?>) value) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Object[]) {
      writer.beginArray();
      for (Object item : (Object[]) value) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Optional<?>) {
      write(writer, ((Optional<?>) value).orElse(null));
    } else if (value instanceof Enum<?>) {
      writer.value(((Enum<?>) value).name());
    } else {
      JsonAdapter adapter = adapters.get(value.getClass());
      if (adapter == null) {
        String path = writer.path();
        throw new IllegalArgumentException("No JSON adapter for " + value.getClass().getName()
            + (path == null || path.isEmpty() ? "" : " (at " + path + ")") + "; the Carafe"
            + " processor writes one for each public record of the sources it compiles, so a"
            + " class from a library, or one that is not a record, needs to be put in a record or"
            + " a Map first");
      }
      adapter.toJson(writer, value);
    }
  }

  /**
   * A string, escaped as Python's {@code json.dumps} escapes it when it holds half a surrogate
   * pair ({@code "\ud800"}, which the reader takes as Python does): such a string has no UTF-8
   * form, and avaje's writer fails on it.
   */
  private static void writeString(JsonWriter writer, String text) {
    if (!hasLoneSurrogate(text)) {
      writer.value(text);
      return;
    }
    StringBuilder literal = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        literal.append(String.format("\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    writer.rawValue(literal.append('"').toString());
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static void writeNumber(JsonWriter writer, Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte) {
      writer.value(number.longValue());
    } else if (number instanceof BigDecimal) {
      writer.value((BigDecimal) number);
    } else if (number instanceof BigInteger) {
      writer.value((BigInteger) number);
    } else {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d + "; send null or a string instead");
      }
      // Python's repr, as Flask's jsonify writes a float: 1e+16 rather than avaje's
      // 10000000000000000, which a reader (Python's json, this class) takes for a whole number.
      writer.rawValue(PythonFloat.repr(d));
    }
  }

  /**
   * Reads one JSON value of any kind: objects as {@code Map<String, Object>} (in document order),
   * arrays as {@code List<Object>}, strings, numbers ({@code Long} or {@code Double}, larger ones
   * as {@code BigDecimal}), booleans and {@code null}.
   *
   * @throws JsonException when {@code json} is not one well-formed JSON value or passes one of the
   *     {@linkplain JsonLimits#defaults() default limits}; the message says what is wrong and where
   */
  public static Object read(byte[] json) {
    return read(json, JsonLimits.defaults());
  }

  /**
   * As {@link #read(byte[])}, within {@code limits}.
   *
   * @throws JsonException when {@code json} is malformed or passes one of {@code limits}
   */
  public static Object read(byte[] json, JsonLimits limits) {
    int open = DocumentCheck.check(json, limits);
    try (JsonReader reader = STREAM.reader(json)) {
      Object value = readValue(reader);
      requireEnd(reader);
      DocumentCheck.requireComplete(open);
      return value;
    } catch (JsonDataException e) {
      throw located(e, json);
    } catch (IndexOutOfBoundsException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads {@code json} with {@code adapter}, a generated one for a record, say.
   *
   * @throws JsonException when {@code json} is malformed, does not fit the adapter's type or
   *     passes one of the {@linkplain JsonLimits#defaults() default limits}
   */
  public static <T> T read(byte[] json, JsonAdapter<T> adapter) {
    return read(json, adapter, JsonLimits.defaults());
  }

  /**
   * As {@link #read(byte[], JsonAdapter)}, within {@code limits}.
   *
   * @throws JsonException when {@code json} is malformed, does not fit the adapter's type or
   *     passes one of {@code limits}
   */
  public static <T> T read(byte[] json, JsonAdapter<T> adapter, JsonLimits limits) {
    int open = DocumentCheck.check(json, limits);
    try (JsonReader reader = STREAM.reader(json)) {
      T value = adapter.fromJson(reader);
      requireEnd(reader);
      DocumentCheck.requireComplete(open);
      return value;
    } catch (JsonDataException e) {
      throw located(e, json);
    } catch (IndexOutOfBoundsException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads one value of any kind: objects as maps, arrays as lists, numbers as {@code Long} or
   * {@code Double} (or {@code BigInteger}/{@code BigDecimal} when larger), read exactly where
   * avaje's own object reader would clamp big integers. Generated adapters call this for
   * components of type {@code Object}.
   */
  public static Object readValue(JsonReader reader) {
    switch (reader.currentToken()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNextField()) {
          String name = reader.nextField();
          object.put(name, readValue(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNextElement()) {
          array.add(readValue(reader));
        }
        reader.endArray();
        return array;
      case STRING:
        return reader.readString();
      case BOOLEAN:
        return reader.readBoolean();
      case NULL:
        reader.isNullValue();
        return null;
      default:
        return number(reader.readDecimal());
    }
  }

  /**
   * An {@code int} written as a JSON integer: digits with an optional {@code -}, no fraction and
   * no exponent ({@code 1e3} is a float to Python's {@code json}). A string ({@code "1"}),
   * {@code null}, a boolean, an array or an object is refused rather than coerced, and so is a
   * number out of the type's range rather than wrapped around. Generated adapters read the
   * {@code int} items of lists and maps with this.
   *
   * @throws JsonDataException saying what was expected, what came and where
   */
  public static int readInt(JsonReader reader) {
    return readInt(reader, null);
  }

  /**
   * As {@link #readInt(JsonReader)}, for the record component {@code field}, which the message
   * names: generated adapters read {@code int} components with this.
   */
  public static int readInt(JsonReader reader, String field) {
    return (int) whole(reader, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int", field);
  }

  /** A {@code long}; see {@link #readInt(JsonReader)}. */
  public static long readLong(JsonReader reader) {
    return readLong(reader, null);
  }

  /** A {@code long} component; see {@link #readInt(JsonReader, String)}. */
  public static long readLong(JsonReader reader, String field) {
    return whole(reader, Long.MIN_VALUE, Long.MAX_VALUE, "a long", field);
  }

  /** A {@code short}; see {@link #readInt(JsonReader)}. */
  public static short readShort(JsonReader reader) {
    return readShort(reader, null);
  }

  /** A {@code short} component; see {@link #readInt(JsonReader, String)}. */
  public static short readShort(JsonReader reader, String field) {
    return (short) whole(reader, Short.MIN_VALUE, Short.MAX_VALUE, "a short", field);
  }

  /** A {@code byte}; see {@link #readInt(JsonReader)}. */
  public static byte readByte(JsonReader reader) {
    return readByte(reader, null);
  }

  /** A {@code byte} component; see {@link #readInt(JsonReader, String)}. */
  public static byte readByte(JsonReader reader, String field) {
    return (byte) whole(reader, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte", field);
  }

  /**
   * Refuses a record that lacks a field of a primitive type: {@code 0} or {@code false} would
   * stand in for a value the client never sent. Generated adapters call this after reading an
   * object, with the name of each primitive component that was absent and {@code null} for each
   * that was present.
   *
   * @throws JsonDataException naming the missing fields
   */
  public static void requirePresent(String... absent) {
    List<String> missing = new ArrayList<>();
    for (String name : absent) {
      if (name != null) {
        missing.add("'" + name + "'");
      }
    }
    if (!missing.isEmpty()) {
      throw new JsonDataException("Missing " + (missing.size() == 1 ? "field " : "fields ")
          + String.join(", ", missing));
    }
  }

  /**
   * A {@code double}, refusing a JSON value that is not a number ({@code "1.5"}, {@code null}),
   * and a number too large for one ({@code 1e999}) rather than reading it as infinity, which JSON
   * cannot hold. One too small to tell from zero is zero, as in Python
   * and Jackson.
   *
   * @throws JsonDataException naming the number and where
   */
  public static double readDouble(JsonReader reader) {
    requireNumber(reader, "a double");
    // Through BigDecimal, which rounds to the nearest double as Python's float() does; avaje's
    // readDouble reads 2.571111111111111 as 2.5711111111111107 (found by JsonBindingFuzzTest).
    double value = reader.readDecimal().doubleValue();
    if (Double.isInfinite(value)) {
      throw outOfRange(reader, value > 0 ? "a huge number" : "a hugely negative number", "a double");
    }
    return value;
  }

  /** A {@code float}; see {@link #readDouble}: {@code 1e39} is refused. */
  public static float readFloat(JsonReader reader) {
    requireNumber(reader, "a float");
    BigDecimal decimal = reader.readDecimal();
    float value = decimal.floatValue();
    if (Float.isInfinite(value)) {
      double wide = decimal.doubleValue();
      throw outOfRange(reader, Double.isInfinite(wide) ? "a huge number" : Double.toString(wide),
          "a float");
    }
    return value;
  }

  private static long whole(JsonReader reader, long min, long max, String type, String field) {
    JsonReader.Token token = reader.currentToken();
    if (token != JsonReader.Token.NUMBER) {
      throw new JsonDataException(expected(field, type) + ", got " + kind(token) + " "
          + reader.location());
    }
    // The number as written: the BigDecimal of 1.5e1 is the same as that of 15.
    String text = reader.readRaw().strip();
    if (!INTEGER.matcher(text).matches()) {
      throw new JsonDataException(expected(field, type) + " (an integer, with no fraction or"
          + " exponent), got " + shown(text) + " " + reader.location());
    }
    // Twenty digits are past every long: no need to compute more of them.
    BigInteger value = new BigInteger(text.length() > 21 ? text.substring(0, 21) : text);
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw outOfRange(reader, shown(text), type);
    }
    return value.longValue();
  }

  /** A string ({@code "1.5"}) is refused as a number, not read as one as avaje's reader would. */
  private static void requireNumber(JsonReader reader, String type) {
    JsonReader.Token token = reader.currentToken();
    if (token != JsonReader.Token.NUMBER) {
      throw new JsonDataException("Expected " + type + ", got " + kind(token) + " "
          + reader.location());
    }
  }

  /** "Field 'quantity' must be an int", or "Expected an int" for an item of a list. */
  private static String expected(String field, String type) {
    return field == null ? "Expected " + type : "Field '" + field + "' must be " + type;
  }

  private static String kind(JsonReader.Token token) {
    switch (token) {
      case STRING:
        return "a string";
      case NULL:
        return "null";
      case BOOLEAN:
        return "a boolean";
      case BEGIN_ARRAY:
        return "an array";
      case BEGIN_OBJECT:
        return "an object";
      default:
        return "a number";
    }
  }

  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 20) + "..." + text.substring(text.length() - 10)
        : text;
  }

  private static JsonDataException outOfRange(JsonReader reader, String number, String type) {
    return new JsonDataException("Number " + number + " is out of range of " + type + " "
        + reader.location());
  }

  /**
   * A whole number ({@code 12}, and also {@code 1.5e1}, which the reader gives as the same
   * {@code BigDecimal}) as {@code Long} when it fits; any other as {@code Double} when finite, so
   * that {@code 1e2} and {@code 6.6E26} are floats as in Python's {@code json}, and read back as
   * such once written.
   */
  private static Object number(BigDecimal decimal) {
    if (decimal.scale() == 0) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return decimal;
      }
    }
    double d = decimal.doubleValue();
    return Double.isInfinite(d) ? decimal : (Object) d;
  }

  /**
   * avaje's reader runs off the end of its buffer on some malformed documents ({@code {"a\u0002:1?}
   * -0.x}, found by JsonFuzzTest) rather than saying what is wrong: still malformed JSON.
   */
  private static JsonDataException malformed(IndexOutOfBoundsException e) {
    return new JsonDataException("Malformed JSON: the document ends inside a value", e);
  }

  /**
   * Some of avaje's messages ("Invalid true constant found") do not say where; a client fixing its
   * request needs that, so the place is added from a fresh reader at the same failure.
   */
  private static JsonDataException located(JsonDataException e, byte[] json) {
    String message = e.getMessage() == null ? "Malformed JSON" : e.getMessage();
    if (message.contains("position")) {
      return e;
    }
    String where = "";
    JsonReader reader = STREAM.reader(json);
    try {
      readValue(reader);
    } catch (JsonException again) {
      // Expected: the same failure, which leaves the reader where it happened.
      where = " " + reader.location();
    } finally {
      reader.close();
    }
    return new JsonDataException(message + where, e);
  }

  /** One value per body: {@code {"a":1} x} is as malformed as a cut-off document. */
  private static void requireEnd(JsonReader reader) {
    if (reader.hasNextStreamElement()) {
      throw new JsonDataException(
          "Unexpected content after the JSON value " + reader.location());
    }
  }

  /** Registers the adapters of an application's records. */
  public static final class Builder {
    private final Map<Class<?>, JsonAdapter<?>> adapters = new HashMap<>();

    private Builder() {}

    /** Writes values of exactly {@code type} with {@code adapter}. */
    public <T> Builder adapter(Class<T> type, JsonAdapter<T> adapter) {
      adapters.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(adapter, "adapter"));
      return this;
    }

    /** The JSON with the adapters registered so far. */
    public Json build() {
      return new Json(adapters);
    }
  }
}
