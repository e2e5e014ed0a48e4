package dev.carafe.internal.routing;

import dev.carafe.Converter;
import dev.carafe.gateway.Percent;
import dev.carafe.routing.PathParams;
import java.util.regex.Pattern;

/**
 * An application's own converter as the generated matcher uses it: a variable matches when its
 * text matches the pattern and the converter accepts the decoded value; otherwise the next rule is
 * tried.
 *
 * @param <T> the converter's value type
 */
public final class ConverterMatcher<T> {
  private final Pattern pattern;
  private final Converter<T> converter;

  /** A matcher of {@code converter} with its declared pattern. */
  public ConverterMatcher(String pattern, Converter<T> converter) {
    this.pattern = Pattern.compile(pattern);
    this.converter = converter;
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

  /** The text of {@code value} for a URL, percent-encoded for one segment. */
  public String toUrl(T value) {
    return Percent.encodeSegment(converter.toUrl(value));
  }
}
