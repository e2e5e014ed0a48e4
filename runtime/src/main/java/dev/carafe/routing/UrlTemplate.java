package dev.carafe.routing;

import dev.carafe.BuildError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the URL of one rule is built from values, Flask's {@code url_for} for one endpoint: the
 * rule's static text with each variable's value, converted and percent-encoded the way the rule's
 * converter reads it back, and any other values as the query string. The processor writes the
 * pieces out at compile time; nothing is parsed at run time.
 */
public final class UrlTemplate {
  private final String[] literals;
  private final String[] names;
  private final String[] converters;

  /**
   * A template.
   *
   * @param literals the static text before each variable, then the text after the last one
   * @param names the variable names, in order
   * @param converters each variable's converter name ({@code string} or {@code int})
   */
  public UrlTemplate(String[] literals, String[] names, String[] converters) {
    if (literals.length != names.length + 1 || converters.length != names.length) {
      throw new IllegalArgumentException("A template has one more literal than variables");
    }
    this.literals = literals.clone();
    this.names = names.clone();
    this.converters = converters.clone();
  }

  /** The variable names, in the order of the rule. */
  public List<String> names() {
    return List.of(names);
  }

  /**
   * Builds the path and query string for {@code values}.
   *
   * @param endpoint the endpoint name, for messages
   * @param values a value for every variable; the rest go to the query string, in the map's order,
   *     with {@code null} values left out and a collection giving the key once per element
   * @throws BuildError when a variable has no value or a value its converter cannot write
   */
  public String build(String endpoint, Map<String, ?> values) {
    StringBuilder url = new StringBuilder(literals[0]);
    for (int i = 0; i < names.length; i++) {
      Object value = values.get(names[i]);
      if (value == null) {
        throw new BuildError(
            "Could not build url for endpoint '" + endpoint + "'. Missing value for '" + names[i]
                + "' (the rule needs " + String.join(", ", names) + ").");
      }
      url.append(toUrl(endpoint, i, value)).append(literals[i + 1]);
    }
    appendQuery(url, values);
    return url.toString();
  }

  private String toUrl(String endpoint, int index, Object value) {
    switch (converters[index]) {
      case "int":
        if (value instanceof Integer || value instanceof Long || value instanceof Short
            || value instanceof Byte) {
          return value.toString();
        }
        throw new BuildError(
            "Could not build url for endpoint '" + endpoint + "'. The value for '" + names[index]
                + "' must be an integer, got " + value.getClass().getSimpleName() + " '" + value
                + "'.");
      case "path":
        return Percent.encodePath(value.toString());
      default:
        return Percent.encodeSegment(value.toString());
    }
  }

  private void appendQuery(StringBuilder url, Map<String, ?> values) {
    if (values.size() <= names.length) {
      return;
    }
    char separator = '?';
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      if (entry.getValue() == null || List.of(names).contains(entry.getKey())) {
        continue;
      }
      String key = Percent.encodeQuery(entry.getKey());
      for (Object item : items(entry.getValue())) {
        url.append(separator).append(key).append('=').append(Percent.encodeQuery(item.toString()));
        separator = '&';
      }
    }
  }

  private static Collection<?> items(Object value) {
    if (value instanceof Collection<?>) {
      List<Object> items = new ArrayList<>();
      for (Object item : (Collection<?>) value) {
        if (item != null) {
          items.add(item);
        }
      }
      return items;
    }
    return List.of(value);
  }
}
