package dev.carafe.internal.invoke;

import dev.carafe.Request;
import dev.carafe.http.BadRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts the raw text of a bound parameter ({@code @Query}, {@code @Header}, {@code @Cookie},
 * {@code @Form}) to the declared type. A missing required value or a malformed one is the client's
 * mistake and answered 400, with a description that names the parameter, where it was looked for
 * and what was expected:
 *
 * <pre>
 * Query parameter 'page' must be an integer, got 'abc'.
 * Header 'X-Request-Id' is required (a UUID).
 * </pre>
 *
 * <p>Each converter comes in three kinds: required ({@code toInt(raw, name, source)}), with a
 * default used when the value is absent ({@code toInt(raw, name, source, 1)}), and
 * {@link #optional} for an {@code Optional} parameter. A value that is present but malformed is a
 * 400 in all three: a default does not hide a typo.
 */
public final class Binding {
  /** What an {@code int} or {@code long} parameter expects, as messages say it. */
  public static final String INTEGER = "an integer";
  /** What a {@code double} parameter expects. */
  public static final String NUMBER = "a number";
  /** What a {@code boolean} parameter expects. */
  public static final String BOOLEAN = "true or false";
  /** What a {@code UUID} parameter expects. */
  public static final String UUID = "a UUID";
  /** What a {@code String} parameter expects. */
  public static final String TEXT = "a value";

  /**
   * An integer: a sign and ASCII digits. Integer.valueOf alone also reads Arabic-Indic and
   * full-width digits, and a trim() before it would drop NUL, CR and LF with the spaces.
   */
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");

  /**
   * A decimal number in ASCII; Double.valueOf alone also takes "NaN", "Infinity", hex, a 'd'
   * suffix and surrounding control characters.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  /** The longest part of a bad value a message repeats. */
  private static final int SHOWN = 80;

  private Binding() {}

  /**
   * Converts a required value with {@code parse}, which throws an unchecked exception (a
   * {@code NumberFormatException}, an {@code IllegalArgumentException} from an enum's
   * {@code valueOf}) for text it does not accept.
   *
   * @param raw the value as sent, or {@code null} when absent
   * @param name the parameter's name as the client sends it
   * @param source where it was read from
   * @param parse the conversion
   * @param expected what a good value is, for the message: "an integer", "one of RED, GREEN"
   * @throws BadRequest when the value is absent or {@code parse} rejects it
   */
  public static <T> T convert(String raw, String name, Source source, Function<String, T> parse,
      String expected) {
    if (raw == null) {
      throw new BadRequest(source.label() + " '" + name + "' is required (" + expected + ").");
    }
    return parse(raw, name, source, parse, expected);
  }

  /** As {@link #convert}, with {@code fallback} when the value is absent. */
  public static <T> T convert(String raw, String name, Source source, Function<String, T> parse,
      String expected, T fallback) {
    return raw == null ? fallback : parse(raw, name, source, parse, expected);
  }

  /** As {@link #convert}, empty when the value is absent. */
  public static <T> Optional<T> optional(String raw, String name, Source source,
      Function<String, T> parse, String expected) {
    return raw == null ? Optional.empty() : Optional.of(parse(raw, name, source, parse, expected));
  }

  private static <T> T parse(String raw, String name, Source source, Function<String, T> parse,
      String expected) {
    T value;
    try {
      value = parse.apply(raw);
    } catch (RuntimeException e) {
      throw malformed(raw, name, source, expected);
    }
    if (value == null) {
      throw malformed(raw, name, source, expected);
    }
    return value;
  }

  private static BadRequest malformed(String raw, String name, Source source, String expected) {
    String shown = raw.length() > SHOWN ? raw.substring(0, SHOWN) + "..." : raw;
    return new BadRequest(source.label() + " '" + name + "' must be " + expected + ", got '"
        + shown + "'.");
  }

  /**
   * The body as a JSON value of any kind, for a {@code @JsonBody} of type {@code Map},
   * {@code List} or {@code Object}; see {@link Request#json()}.
   */
  public static Object jsonObject(Request request) {
    return request.json();
  }

  /**
   * The JSON body as a {@code Map}, {@code List} or any value, for a {@code @JsonBody} parameter
   * of that type.
   *
   * @throws BadRequest when the body is JSON of another kind (a list where an object is wanted)
   */
  public static <T> T jsonBody(Request request, Class<T> type, String name) {
    Object value = request.json();
    if (value != null && !type.isInstance(value)) {
      throw new BadRequest("The JSON body for '" + name + "' must be "
          + (type == java.util.Map.class ? "an object" : type == java.util.List.class ? "an array"
              : "a " + type.getSimpleName()) + ".");
    }
    return type.cast(value);
  }

  /**
   * ASCII digits with an optional {@code +} or {@code -} sign, nothing around them: a space, a NUL
   * or a line break in a number is a malformed value, and so are non-ASCII digits, as the URL
   * converters already have it.
   */
  public static Integer parseInt(String text) {
    return Integer.valueOf(integerText(text));
  }

  /** See {@link #parseInt}. */
  public static Long parseLong(String text) {
    return Long.valueOf(integerText(text));
  }

  private static String integerText(String text) {
    if (!INTEGER_TEXT.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    return text;
  }

  /**
   * A finite decimal number in ASCII, nothing around it; {@code NaN}, infinities and what
   * overflows to one ({@code 1e999}) are refused.
   */
  public static Double parseDouble(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    Double value = Double.valueOf(text);
    if (value.isInfinite()) {
      throw new NumberFormatException(text);
    }
    return value;
  }

  /**
   * {@code true}, {@code 1}, {@code yes}, {@code on} or {@code false}, {@code 0}, {@code no},
   * {@code off}, in any case: what HTML forms and people write.
   */
  public static Boolean parseBoolean(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true": case "1": case "yes": case "on":
        return Boolean.TRUE;
      case "false": case "0": case "no": case "off":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException(text);
    }
  }

  /** The 8-4-4-4-12 hex form only (the JDK's parser also takes shorter groups). */
  public static java.util.UUID parseUuid(String text) {
    String trimmed = text.trim();
    if (trimmed.length() != 36) {
      throw new IllegalArgumentException(text);
    }
    return java.util.UUID.fromString(trimmed);
  }
}
