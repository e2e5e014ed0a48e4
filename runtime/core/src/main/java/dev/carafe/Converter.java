package dev.carafe;

/**
 * An application's own URL converter: reads a path variable into a value and writes a value back
 * into a URL, Werkzeug's {@code to_python} and {@code to_url}. Declare it with
 * {@link UrlConverter} and use its name in rules:
 *
 * <pre>{@code
 * @UrlConverter(name = "slug", pattern = "[a-z0-9]+(-[a-z0-9]+)*")
 * public final class SlugConverter implements Converter<Slug> {
 *   public Slug toValue(String text) { return new Slug(text); }
 *   public String toUrl(Slug slug) { return slug.text(); }
 * }
 *
 * @Get("/posts/<slug:slug>") public String post(Slug slug) { ... }
 * }</pre>
 *
 * @param <T> the type handlers receive
 */
public interface Converter<T> {
  /**
   * The value of a path variable that matched the converter's pattern, already percent-decoded;
   * {@code null} to reject it, so that the next rule that could match is tried.
   */
  T toValue(String text);

  /** The text of {@code value} in a URL; percent-encoding is applied afterwards. */
  String toUrl(T value);
}
