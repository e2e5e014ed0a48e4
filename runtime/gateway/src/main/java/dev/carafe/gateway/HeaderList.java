package dev.carafe.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable, ordered list of header fields, checked as it is built: a name must be an HTTP
 * token and a value must not contain CR, LF or other control characters, so a response can never
 * be split by what a handler puts in a header.
 */
public final class HeaderList implements Headers {
  private static final HeaderList EMPTY = new HeaderList(new String[0]);

  /** Names and values, alternating. */
  private final String[] fields;

  private HeaderList(String[] fields) {
    this.fields = fields;
  }

  /** The list with no headers. */
  public static HeaderList empty() {
    return EMPTY;
  }

  /**
   * A list of the given names and values, alternating: {@code of("Content-Type", "text/plain")}.
   *
   * @throws IllegalArgumentException for an odd count, a bad name or a bad value
   */
  public static HeaderList of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Header names and values must come in pairs");
    }
    String[] fields = namesAndValues.clone();
    for (int i = 0; i < fields.length; i += 2) {
      checkName(fields[i]);
      checkValue(fields[i], fields[i + 1]);
    }
    return new HeaderList(fields);
  }

  /** The number of fields, a repeated name counting once per value. */
  public int size() {
    return fields.length / 2;
  }

  /** The name of field {@code index}. */
  public String name(int index) {
    return fields[index * 2];
  }

  /** The value of field {@code index}. */
  public String value(int index) {
    return fields[index * 2 + 1];
  }

  @Override
  public String first(String name) {
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i].equalsIgnoreCase(name)) {
        return fields[i + 1];
      }
    }
    return null;
  }

  @Override
  public List<String> all(String name) {
    List<String> values = new ArrayList<>(1);
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i].equalsIgnoreCase(name)) {
        values.add(fields[i + 1]);
      }
    }
    return Collections.unmodifiableList(values);
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>(size());
    for (int i = 0; i < fields.length; i += 2) {
      String name = fields[i];
      if (names.stream().noneMatch(name::equalsIgnoreCase)) {
        names.add(name);
      }
    }
    return Collections.unmodifiableList(names);
  }

  /** This list with one more field at the end. */
  public HeaderList with(String name, String value) {
    checkName(name);
    checkValue(name, value);
    String[] more = Arrays.copyOf(fields, fields.length + 2);
    more[fields.length] = name;
    more[fields.length + 1] = value;
    return new HeaderList(more);
  }

  /** This list with every field of {@code name} replaced by one field with {@code value}. */
  public HeaderList withOnly(String name, String value) {
    return without(name).with(name, value);
  }

  /** This list without any field named {@code name}. */
  public HeaderList without(String name) {
    int kept = 0;
    String[] rest = new String[fields.length];
    for (int i = 0; i < fields.length; i += 2) {
      if (!fields[i].equalsIgnoreCase(name)) {
        rest[kept++] = fields[i];
        rest[kept++] = fields[i + 1];
      }
    }
    return kept == fields.length ? this : new HeaderList(Arrays.copyOf(rest, kept));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeaderList && Arrays.equals(fields, ((HeaderList) other).fields);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fields);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < fields.length; i += 2) {
      text.append(i == 0 ? "" : ", ").append(fields[i]).append(": ").append(fields[i + 1]);
    }
    return text.append(']').toString();
  }

  private static void checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("A header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException(
            "Header name '" + name + "' has a character that is not allowed in a token at " + i);
      }
    }
  }

  private static void checkValue(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("Header '" + name + "' has no value");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
        throw new IllegalArgumentException(
            "Header '" + name + "' has a control or non-Latin-1 character at " + i
                + " (CR and LF would split the response)");
      }
    }
  }

  /** RFC 9110 token characters. */
  private static boolean isTokenChar(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
