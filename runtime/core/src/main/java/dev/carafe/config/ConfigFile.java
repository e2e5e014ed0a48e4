package dev.carafe.config;

import dev.carafe.json.Json;
import io.avaje.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configuration file read into its names and values, each with where it stands: a
 * {@code .properties} file (UTF-8, {@link Properties}' syntax) by line, a {@code .json} file,
 * which holds one flat object, by field. Nothing of a value is put in a message: it may be a
 * secret.
 */
final class ConfigFile {
  /** Where avaje-json says it stopped; the text it quotes after that may hold a secret. */
  private static final Pattern POSITION = Pattern.compile(" at position: ([0-9]+)");

  /** One name and its value: text from a {@code .properties} file, any JSON value from JSON. */
  record Field(String name, Object value, String source) {}

  private ConfigFile() {}

  /**
   * The fields of {@code file}, in the file's order.
   *
   * @throws ConfigException when the file cannot be read, is not UTF-8, is malformed, or its
   *     name ends in neither {@code .properties} nor {@code .json}
   */
  static List<Field> read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    boolean json = name.endsWith(".json");
    if (!json && !name.endsWith(".properties")) {
      int dot = name.lastIndexOf('.');
      throw new ConfigException(file + ": Carafe reads configuration from .properties and .json"
          + " files, not " + (dot < 0 ? "a file without an extension" : name.substring(dot) + " files"));
    }
    byte[] bytes = withoutByteOrderMark(bytes(file));
    String text = utf8(file, bytes);
    return json ? json(file, bytes) : properties(file, text);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such configuration file");
    } catch (AccessDeniedException e) {
      throw new ConfigException(file + ": permission to read the configuration file denied");
    } catch (IOException e) {
      throw new ConfigException(file + ": the configuration file cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] withoutByteOrderMark(byte[] bytes) {
    boolean mark = bytes.length >= 3
        && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    return mark ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private static String utf8(Path file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": a configuration file must be UTF-8, and this one is not");
    }
  }

  /**
   * The entries of a {@code .properties} file with the line each starts on. Each logical line (a
   * line and the lines its trailing backslashes continue it onto) is handed to
   * {@link Properties#load}, so escapes and separators are Java's own.
   */
  private static List<Field> properties(Path file, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Field> fields = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      int first = i;
      String start = lines[i].stripLeading();
      if (start.isEmpty() || start.startsWith("#") || start.startsWith("!")) {
        i++;
        continue;
      }
      StringBuilder logical = new StringBuilder(lines[i]);
      while (continues(lines[i]) && i + 1 < lines.length) {
        i++;
        logical.append('\n').append(lines[i]);
      }
      i++;
      String source = file + ":" + (first + 1);
      Properties entry = new Properties();
      try {
        entry.load(new StringReader(logical.toString()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(source + ": a malformed \\uXXXX escape");
      } catch (IOException e) {
        throw new IllegalStateException("A StringReader failed", e);
      }
      for (String name : entry.stringPropertyNames()) {
        fields.add(new Field(name, entry.getProperty(name), source));
      }
    }
    return fields;
  }

  /** Whether a line ends in an odd number of backslashes, which joins the next line to it. */
  private static boolean continues(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static List<Field> json(Path file, byte[] bytes) {
    Object document;
    try {
      document = Json.read(bytes);
    } catch (JsonException e) {
      throw new ConfigException(malformed(file, bytes, e.getMessage()));
    }
    if (!(document instanceof Map<?, ?>)) {
      throw new ConfigException(file + ": a JSON configuration file holds one object of names and"
          + " values, and this one holds " + kind(document));
    }
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<?, ?> field : ((Map<?, ?>) document).entrySet()) {
      fields.add(new Field((String) field.getKey(), field.getValue(), file.toString()));
    }
    return fields;
  }

  /** avaje-json's message up to where it stopped, as a line of the file; never the quoted text. */
  private static String malformed(Path file, byte[] bytes, String message) {
    String what = message == null ? "malformed JSON" : message;
    Matcher at = POSITION.matcher(what);
    if (!at.find()) {
      boolean quotes = what.chars().anyMatch(c -> c == '`' || c == '\'' || c == '"');
      return file + ": not valid JSON" + (quotes ? "" : " (" + what + ")");
    }
    // avaje stops after the token it could not take, often past the line break that ends it.
    int position = (int) Math.min(Long.parseLong(at.group(1)), bytes.length);
    while (position > 0 && Character.isWhitespace(bytes[position - 1])) {
      position--;
    }
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return file + ":" + line + ": not valid JSON (" + what.substring(0, at.start()) + ")";
  }

  /** How a JSON value that is not an object is named in a message, never by its content. */
  static String kind(Object json) {
    if (json == null) {
      return "null";
    }
    if (json instanceof List<?>) {
      return "an array";
    }
    if (json instanceof Map<?, ?>) {
      return "an object";
    }
    if (json instanceof String) {
      return "a string";
    }
    if (json instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }
}
