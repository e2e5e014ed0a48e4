package dev.carafe.internal.routing;

import dev.carafe.BuildError;
import dev.carafe.gateway.Percent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the URL of one rule is built from values, Flask's {@code url_for} for one rule: the rule's
 * static text with each variable's value written as its converter reads it back, and the other
 * values as the query string. The processor writes the pieces out at compile time; nothing is
 * parsed at run time.
 */
public final class UrlTemplate {
  private final String[] literals;
  private final String[] names;
  private final UrlValue[] values;
  private final Map<String, Object> defaults;

  /**
   * A template.
   *
   * @param literals the static text before each variable, then the text after the last one
   * @param names the variable names, in order
   * @param values how each variable's value is written
   */
  public UrlTemplate(String[] literals, String[] names, UrlValue... values) {
    this(literals, names, values, Map.of());
  }

  private UrlTemplate(String[] literals, String[] names, UrlValue[] values, Map<String, Object> defaults) {
    if (literals.length != names.length + 1 || values.length != names.length) {
      throw new IllegalArgumentException("A template has one more literal than variables");
    }
    this.literals = literals.clone();
    this.names = names.clone();
    this.values = values.clone();
    this.defaults = defaults;
  }

  /**
   * This template for a rule with {@code defaults}: it is chosen only when the values leave those
   * out or give them as the default, as Werkzeug chooses among the rules of one endpoint.
   */
  public UrlTemplate withDefaults(Map<String, Object> defaults) {
    return new UrlTemplate(literals, names, values, Map.copyOf(defaults));
  }

  /** The rule's defaults: the values it stands for without taking them from the path. */
  public Map<String, Object> defaults() {
    return defaults;
  }

  /** The variable names, in the order of the rule. */
  public List<String> names() {
    return List.of(names);
  }

  /**
   * Builds the URL of the first of an endpoint's rules that suits {@code values}: rules are given
   * in Werkzeug's build order (more variables first, then more defaults).
   *
   * @throws BuildError when no rule suits the values, saying what was missing or wrong
   */
  public static String build(String endpoint, Map<String, ?> values, List<UrlTemplate> rules) {
    return build(endpoint, values, rules.toArray(new UrlTemplate[0]));
  }

  /**
   * What a typed URL builder calls: the URL of the first of {@code rules} that suits the values
   * {@code values} gives {@code names}.
   */
  public static String build(String endpoint, String[] names, Object[] values, UrlTemplate... rules) {
    Map<String, Object> byName = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      byName.put(names[i], values[i]);
    }
    return build(endpoint, byName, rules);
  }

  private static String build(String endpoint, Map<String, ?> values, UrlTemplate[] rules) {
    BuildError first = null;
    for (UrlTemplate rule : rules) {
      if (!rule.suits(values)) {
        continue;
      }
      try {
        return rule.build(endpoint, values);
      } catch (BuildError e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
    throw new BuildError("Could not build url for endpoint '" + endpoint + "' with values "
        + values.keySet() + ": no rule of it takes them.");
  }

  /** Whether the values give every variable and agree with every default. */
  private boolean suits(Map<String, ?> values) {
    for (Map.Entry<String, Object> entry : defaults.entrySet()) {
      Object given = values.get(entry.getKey());
      if (given != null && !Objects.equals(given.toString(), entry.getValue().toString())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds the path and query string for {@code values}.
   *
   * @param endpoint the endpoint name, for messages
   * @param values a value for every variable; the rest, except this rule's defaults, go to the
   *     query string in the map's order, with {@code null} values left out and a collection
   *     giving the key once per element
   * @throws BuildError when a variable has no value or one its converter cannot write
   */
  public String build(String endpoint, Map<String, ?> values) {
    StringBuilder url = new StringBuilder(literals[0]);
    for (int i = 0; i < names.length; i++) {
      Object value = values.get(names[i]);
      if (value == null) {
        throw new BuildError("Could not build url for endpoint '" + endpoint
            + "'. Missing value for '" + names[i] + "' (the rule needs "
            + String.join(", ", names) + ").");
      }
      try {
        url.append(this.values[i].toUrl(value)).append(literals[i + 1]);
      } catch (IllegalArgumentException e) {
        throw new BuildError("Could not build url for endpoint '" + endpoint + "'. The value for '"
            + names[i] + "' does not fit the rule: " + e.getMessage() + ".");
      }
    }
    appendQuery(url, values);
    return url.toString();
  }

  private void appendQuery(StringBuilder url, Map<String, ?> values) {
    char separator = '?';
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      if (entry.getValue() == null || List.of(names).contains(entry.getKey())
          || defaults.containsKey(entry.getKey())) {
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

  /**
   * The templates generated code describes, in the order of the application's endpoints: for each,
   * its count of variables, the texts of its literals (one more than the variables), then the
   * name and the value line ({@link UrlValue#read}) of each variable, all as indexes into
   * {@code texts}.
   */
  public static UrlTemplate[] read(String[] texts, int[] program, ConverterMatcher<?>[] converters) {
    List<UrlTemplate> templates = new ArrayList<>();
    int next = 0;
    while (next < program.length) {
      int variables = program[next++];
      String[] literals = new String[variables + 1];
      for (int l = 0; l <= variables; l++) {
        literals[l] = texts[program[next++]];
      }
      String[] names = new String[variables];
      UrlValue[] values = new UrlValue[variables];
      for (int v = 0; v < variables; v++) {
        names[v] = texts[program[next++]];
        values[v] = UrlValue.read(texts[program[next++]], texts, converters);
      }
      templates.add(new UrlTemplate(literals, names, values));
    }
    return templates.toArray(new UrlTemplate[0]);
  }
}
