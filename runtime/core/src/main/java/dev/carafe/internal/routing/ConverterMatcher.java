package dev.carafe.internal.routing;

import dev.carafe.Converter;
import dev.carafe.gateway.Percent;
import dev.carafe.routing.PathParams;
import java.util.regex.Pattern;

/**
 * An application's own converter as the dispatch table uses it: a variable matches when its
 * text matches the pattern and the converter accepts the decoded value; otherwise the next rule is
 * tried.
 *
 * @param <T> the converter's value type
 */
public final class ConverterMatcher<T> {
  private final Pattern pattern;
  private final Converter<T> converter;
  private final Class<?> type;

  /**
   * A matcher of {@code converter} with its declared pattern.
   *
   * @param type the class of the converter's values (erased), which a URL builder checks a value
   *     against
   */
  public ConverterMatcher(String pattern, Converter<T> converter, Class<?> type) {
    this.pattern = Pattern.compile(pattern);
    this.converter = converter;
    this.type = type;
  }

  /** Whether {@code path[from, to)} is a value of the converter. */
  public boolean accepts(String path, int from, int to) {
    return pattern.matcher(path).region(from, to).matches()
        && converter.toValue(Percent.decode(path, from, to)) != null;
  }

  /** The value of parameter {@code index}. */
  public T value(PathParams params, int index) {
    return converter.toValue(params.string(index));
  }

  /**
   * The text of {@code value} for a URL, percent-encoded for one segment.
   *
   * @throws IllegalArgumentException when the value is not of the converter's type
   */
  @SuppressWarnings("unchecked")
  public String toUrlOf(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("the value must be a " + type.getSimpleName()
          + ", got '" + value + "'");
    }
    return Percent.encodeSegment(converter.toUrl((T) value));
  }
}
