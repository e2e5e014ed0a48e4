package dev.carafe.json;

import io.avaje.json.JsonDataException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One pass over a document's bytes before it is parsed, checking the {@link JsonLimits} that a
 * parser meets too late: the nesting depth (recursive readers would overflow the stack first) and
 * the length of each number; and what avaje's lenient reader would take: bytes that are not UTF-8,
 * control characters in strings, commas before a closing bracket, half surrogate pairs in keys.
 * What is otherwise malformed is left to the parser, which says so.
 */
final class DocumentCheck {
  private DocumentCheck() {}

  /**
   * Checks {@code json} against {@code limits}.
   *
   * @return how many arrays and objects are left open at the end, -1 when a string is: for
   *     {@link #requireComplete}
   */
  static int check(byte[] json, JsonLimits limits) {
    if (json.length > limits.maxSize()) {
      throw new JsonDataException("The JSON document is " + json.length + " bytes, more than the "
          + limits.maxSize() + " accepted");
    }
    requireUtf8(json);
    int depth = 0;
    int numberStart = -1;
    boolean inString = false;
    // Where the string being read holds half a surrogate pair, -1 when it holds none.
    int loneSurrogate = -1;
    // The last byte outside strings and numbers that is not white space.
    byte last = 0;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          int end = escapeEnd(json, i);
          if (end == i + 5 && Character.isSurrogate((char) unit(json, i))) {
            loneSurrogate = i;
          }
          i = end;
        } else if (b == '"') {
          inString = false;
          last = '"';
          if (loneSurrogate >= 0 && isKey(json, i + 1)) {
            // Python takes it, but a key is written by a writer that has no escaped form for it.
            throw new JsonDataException("An object key holds half a surrogate pair at position: "
                + loneSurrogate);
          }
          loneSurrogate = -1;
        } else if (b >= 0 && b < 0x20) {
          // As Python's json and RFC 8259: a control character in a string must be escaped.
          throw new JsonDataException("An unescaped control character, U+" + String.format(
              "%04X", (int) b) + ", in a string at position: " + i);
        }
        continue;
      }
      boolean numeric = b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.' || b == 'e'
          || b == 'E';
      if (numeric && (numberStart >= 0 || b == '-' || b >= '0' && b <= '9')) {
        last = '0';
        if (numberStart < 0) {
          numberStart = i;
        } else if (i - numberStart >= limits.maxNumberLength()) {
          throw new JsonDataException("A number longer than " + limits.maxNumberLength()
              + " characters at position: " + numberStart);
        }
        continue;
      }
      if (numberStart >= 0) {
        checkNumber(json, numberStart, i, limits);
        numberStart = -1;
      }
      if (b == ',' && depth == 0) {
        // avaje's reader takes "[1]," as one value; no JSON text has a comma outside a container.
        throw new JsonDataException("Unexpected ',' outside an array or object at position: " + i);
      }
      if ((b == ']' || b == '}' || b == ',') && last == ','
          || b == ',' && (last == '[' || last == '{')) {
        // avaje's reader takes {"a": 1,} and [1,,2]; Python's json and RFC 8259 do not.
        throw new JsonDataException("Unexpected '" + (char) b + "' after "
            + (last == ',' ? "a comma" : "'" + (char) last + "'") + " at position: " + i);
      }
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        last = b;
      }
      if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > limits.maxDepth()) {
          throw new JsonDataException("JSON nested deeper than " + limits.maxDepth()
              + " levels at position: " + i);
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    if (numberStart >= 0) {
      checkNumber(json, numberStart, json.length, limits);
    }
    return inString ? -1 : depth;
  }

  /**
   * Refuses a document that {@link #check} found cut off, once the parser has read it: avaje's
   * reader takes {@code [[6,[[]]} as complete, though it says so for most cut-off documents, and
   * better, with the place.
   *
   * @param open what {@link #check} returned
   */
  static void requireComplete(int open) {
    if (open < 0) {
      throw new JsonDataException("The JSON document ends inside a string");
    }
    if (open > 0) {
      throw new JsonDataException("The JSON document ends with " + open
          + (open == 1 ? " array or object" : " arrays or objects") + " not closed");
    }
  }

  /**
   * JSON is UTF-8 (RFC 8259), and avaje's reader decodes what is not into strings that cannot be
   * written back (half surrogate pairs from {@code ED A0 80}); Python's {@code json.loads} refuses
   * such bytes too.
   */
  private static void requireUtf8(byte[] json) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json));
    } catch (CharacterCodingException e) {
      throw new JsonDataException("The JSON document is not UTF-8");
    }
  }

  /**
   * The last index of the escape at {@code i}: a surrogate pair is one escape of twelve bytes. Half
   * a pair ({@code "\\ud800"}) is read as Python's {@code json} reads it; {@link Json} writes it
   * back escaped, as {@code json.dumps} does.
   */
  private static int escapeEnd(byte[] json, int i) {
    int unit = unit(json, i);
    if (unit < 0) {
      return i + 1;
    }
    if (Character.isHighSurrogate((char) unit) && Character.isLowSurrogate((char) unit(json, i + 6))) {
      return i + 11;
    }
    return i + 5;
  }

  /** Whether the string that ended before {@code from} is an object's key: a colon follows it. */
  private static boolean isKey(byte[] json, int from) {
    int i = from;
    while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n'
        || json[i] == '\r')) {
      i++;
    }
    return i < json.length && json[i] == ':';
  }

  /** The UTF-16 unit of the {@code \\uXXXX} escape at {@code i}, or -1 when there is none. */
  private static int unit(byte[] json, int i) {
    if (i + 5 >= json.length || json[i] != '\\' || json[i + 1] != 'u') {
      return -1;
    }
    int unit = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int digit = Character.digit(json[k] & 0xff, 16);
      if (digit < 0 || json[k] < 0) {
        return -1;
      }
      unit = unit << 4 | digit;
    }
    return unit;
  }

  /**
   * Refuses a number that is not RFC 8259's {@code -?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?}
   * (avaje's reader takes {@code 5e5e3} as 5E+5003), and an exponent that moves the point farther
   * than a number may be long: {@code 1e999999} is eight bytes, but as a {@code BigDecimal} it
   * makes later arithmetic and printing slow.
   */
  private static void checkNumber(byte[] json, int from, int to, JsonLimits limits) {
    int i = from;
    if (json[i] == '-') {
      i++;
    }
    int whole = i;
    i = digits(json, i, to);
    boolean valid = i > whole && (json[whole] != '0' || i == whole + 1);
    if (valid && i < to && json[i] == '.') {
      int fraction = ++i;
      i = digits(json, i, to);
      valid = i > fraction;
    }
    if (valid && i < to && (json[i] == 'e' || json[i] == 'E')) {
      i++;
      if (i < to && (json[i] == '+' || json[i] == '-')) {
        i++;
      }
      int exponentStart = i;
      i = digits(json, i, to);
      valid = i > exponentStart;
      long exponent = 0;
      for (int k = exponentStart; valid && k < i; k++) {
        exponent = exponent * 10 + json[k] - '0';
        if (exponent > limits.maxNumberLength()) {
          throw new JsonDataException("A number's exponent beyond " + limits.maxNumberLength()
              + " at position: " + from);
        }
      }
    }
    if (!valid || i != to) {
      throw new JsonDataException("Malformed number at position: " + from);
    }
  }

  private static int digits(byte[] json, int from, int to) {
    int i = from;
    while (i < to && json[i] >= '0' && json[i] <= '9') {
      i++;
    }
    return i;
  }

}
