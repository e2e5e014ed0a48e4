package dev.carafe.internal.session;

import dev.carafe.json.PythonFloat;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as Python's {@code json} module writes and reads it for Flask's session: {@code
 * json.dumps(value, separators=(",", ":"), ensure_ascii=True, sort_keys=True)} (the settings of
 * Flask's {@code DefaultJSONProvider}) and {@code json.loads}.
 *
 * <p>{@link dev.carafe.json.Json} serves HTTP bodies and differs where a signed cookie must not:
 * it neither sorts keys nor escapes non-ASCII text, prints {@code 1e16} as {@code
 * 10000000000000000.0}, reads {@code 1e+16} as a whole number and {@code -0.0} as {@code 0.0},
 * and rejects the {@code NaN} and {@code Infinity} that Python writes for such floats.
 *
 * <p>Values are the JSON tree {@link TaggedJson} builds and reads: {@code null}, {@link Boolean},
 * {@link String}, {@link Long} or {@link BigInteger} (Python's {@code int}), {@link Double}
 * (Python's {@code float}), {@code List<Object>} and {@code Map<String, Object>}.
 */
final class PythonJson {
  /** Deeper documents are refused, as Python's recursion limit refuses them. */
  private static final int MAX_DEPTH = 500;

  /** Python sorts keys by code point; {@link String#compareTo} compares UTF-16 units. */
  static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  private PythonJson() {}

  /** {@code value} as Python writes it; the text is ASCII only. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean || value instanceof Long || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Double) {
      out.append(pythonFloat((Double) value));
    } else if (value instanceof String) {
      writeString((String) value, out);
    } else if (value instanceof List<?>) {
      out.append('[');
      String separator = "";
      for (Object item : (List<?>) value) {
        out.append(separator);
        write(item, out);
        separator = ",";
      }
      out.append(']');
    } else if (value instanceof Map<?, ?>) {
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) value;
      out.append('{');
      String separator = "";
      for (String key : object.keySet().stream().sorted(CODE_POINT_ORDER).toList()) {
        out.append(separator);
        writeString(key, out);
        out.append(':');
        write(object.get(key), out);
        separator = ",";
      }
      out.append('}');
    } else {
      // TaggedJson hands over JSON values only.
      throw new IllegalStateException("Not a JSON value: " + value.getClass().getName());
    }
  }

  /** {@code ensure_ascii}: every UTF-16 unit outside printable ASCII becomes {@code \\uXXXX}. */
  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * A float as {@code json.dumps} writes it: Python's {@code repr}, and {@code NaN} and
   * {@code Infinity} for what JSON has no number for.
   */
  static String pythonFloat(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    return PythonFloat.repr(d);
  }

  /**
   * Reads UTF-8 {@code json} as {@code json.loads} does.
   *
   * @throws RejectedCookie when it is not UTF-8 or not one JSON value
   */
  static Object read(byte[] json) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RejectedCookie("the payload is not UTF-8");
    }
    Reader reader = new Reader(text);
    Object value = reader.value(0);
    reader.skipWhitespace();
    if (reader.at < text.length()) {
      throw reader.error("extra data");
    }
    return value;
  }

  /** A recursive descent over Python's JSON grammar, which adds NaN, Infinity and -Infinity. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("nested too deeply");
      }
      skipWhitespace();
      if (at >= text.length()) {
        throw error("expecting a value");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object(depth);
        case '[' -> array(depth);
        case '"' -> string();
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            yield number();
          }
          yield constant();
        }
      };
    }

    private Map<String, Object> object(int depth) {
      Map<String, Object> object = new LinkedHashMap<>();
      at++;
      skipWhitespace();
      if (peek() == '}') {
        at++;
        return object;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw error("expecting a property name");
        }
        String key = string();
        skipWhitespace();
        expect(':');
        // A repeated key keeps its first place and its last value, as in a Python dict.
        object.put(key, value(depth + 1));
        skipWhitespace();
        if (peek() == '}') {
          at++;
          return object;
        }
        expect(',');
      }
    }

    private List<Object> array(int depth) {
      List<Object> array = new ArrayList<>();
      at++;
      skipWhitespace();
      if (peek() == ']') {
        at++;
        return array;
      }
      while (true) {
        array.add(value(depth + 1));
        skipWhitespace();
        if (peek() == ']') {
          at++;
          return array;
        }
        expect(',');
      }
    }

    private String string() {
      at++;
      StringBuilder out = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw error("control character in a string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= text.length()) {
          throw error("unterminated string");
        }
        char escape = text.charAt(at++);
        switch (escape) {
          case '"', '\\', '/' -> out.append(escape);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> out.append(hexUnit());
          default -> throw error("invalid escape");
        }
      }
    }

    /** Four hex digits; a surrogate pair is two escapes, which as UTF-16 units need no joining. */
    private char hexUnit() {
      if (at + 4 > text.length()) {
        throw error("invalid \\u escape");
      }
      int unit = 0;
      for (int i = 0; i < 4; i++) {
        int digit = Character.digit(text.charAt(at++), 16);
        // Character.digit also takes non-ASCII digits, which Python refuses.
        if (digit < 0 || text.charAt(at - 1) > 'f') {
          throw error("invalid \\u escape");
        }
        unit = unit * 16 + digit;
      }
      return (char) unit;
    }

    /**
     * Python's number, {@code -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?}: a float with a fraction
     * or an exponent, else an int.
     */
    private Object number() {
      int start = at;
      if (peek() == '-') {
        at++;
        if (text.startsWith("Infinity", at)) {
          at += "Infinity".length();
          return Double.NEGATIVE_INFINITY;
        }
      }
      if (peek() == '0') {
        at++;
      } else if (!digits()) {
        throw error("expecting a value");
      }
      boolean isFloat = false;
      if (peek() == '.' && isDigit(at + 1)) {
        at++;
        digits();
        isFloat = true;
      }
      if ((peek() == 'e' || peek() == 'E')) {
        int mark = at;
        at++;
        if (peek() == '+' || peek() == '-') {
          at++;
        }
        if (digits()) {
          isFloat = true;
        } else {
          // "1e" is the number 1 followed by extra data, as Python's scanner reads it.
          at = mark;
        }
      }
      String number = text.substring(start, at);
      if (isFloat) {
        return Double.parseDouble(number);
      }
      BigInteger integer = new BigInteger(number);
      return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
    }

    private Object constant() {
      for (Object[] constant : CONSTANTS) {
        String word = (String) constant[0];
        if (text.startsWith(word, at)) {
          at += word.length();
          return constant[1];
        }
      }
      throw error("expecting a value");
    }

    private boolean digits() {
      int start = at;
      while (isDigit(at)) {
        at++;
      }
      return at > start;
    }

    private boolean isDigit(int index) {
      return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expecting '" + c + "'");
      }
      at++;
    }

    void skipWhitespace() {
      while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    RejectedCookie error(String what) {
      return new RejectedCookie("the payload is not JSON: " + what + " at " + at);
    }
  }

  private static final Object[][] CONSTANTS = {
    {"null", null}, {"true", true}, {"false", false},
    {"NaN", Double.NaN}, {"Infinity", Double.POSITIVE_INFINITY},
  };
}
