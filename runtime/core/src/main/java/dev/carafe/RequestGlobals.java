package dev.carafe;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Values kept for the length of one request, Flask's {@code g}: a before-request hook loads the
 * user, a helper reads it. Reached through {@link RequestContext#g()}; discarded when the request is
 * over. Not shared between threads.
 */
public final class RequestGlobals {
  // Made on the first put: most requests never use g. Until then an empty map that, like the
  // HashMap after it, answers a null name instead of throwing (Map.of() would throw).
  private Map<String, Object> values = Collections.emptyMap();

  RequestGlobals() {}

  /**
   * The value stored under {@code name}, or {@code null} when there is none.
   *
   * @throws IllegalStateException when the value stored is not a {@code type}
   */
  public <T> T get(String name, Class<T> type) {
    Object value = values.get(name);
    if (value != null && !type.isInstance(value)) {
      throw new IllegalStateException("g['" + name + "'] is a " + value.getClass().getName()
          + ", not a " + type.getName());
    }
    return type.cast(value);
  }

  /** The value under {@code name}, or {@code fallback} when there is none. */
  public <T> T getOrDefault(String name, Class<T> type, T fallback) {
    T value = get(name, type);
    return value == null ? fallback : value;
  }

  /** Stores {@code value} under {@code name}, replacing any; a {@code null} value removes it. */
  public void put(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (value == null) {
      remove(name);
    } else {
      if (values.isEmpty()) {
        values = new HashMap<>();
      }
      values.put(name, value);
    }
  }

  /** Whether a value is stored under {@code name}. */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /** Removes and returns the value under {@code name}, or {@code null}. */
  public Object remove(String name) {
    return values.isEmpty() ? null : values.remove(name);
  }

  @Override
  public String toString() {
    return "g" + values.keySet();
  }
}
