package dev.carafe;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Flask's {@code session}: values kept for one client between its requests, in a cookie signed
 * with {@code SECRET_KEY} unless the application plugs in another {@link SessionInterface}. A
 * handler takes it as a parameter ({@code Session session}) or reads
 * {@code RequestContext.current().session()}.
 *
 * <p>Like Flask's, it knows whether it was read ({@code Vary: Cookie} goes on the response) and
 * whether it was changed (the cookie is written again). Changing a value held inside it, a list
 * for one, is not seen: put the value back, or call {@link #markModified()}, as in Flask. Its
 * views ({@link #entrySet()}, {@link #keySet()}, {@link #values()}) are read-only. Values are what
 * JSON holds (text, numbers, booleans, lists, maps) plus {@code UUID}, {@code byte[]} and
 * {@code Instant}, which Flask's tagged JSON carries too.
 */
public final class Session extends AbstractMap<String, Object> {
  /** Where Flask keeps {@link #isPermanent()}. */
  static final String PERMANENT = "_permanent";

  private final Map<String, Object> values;
  private final boolean isNew;
  private final String unavailable;
  private boolean accessed;
  private boolean modified;

  private Session(Map<String, Object> values, boolean isNew, String unavailable) {
    this.values = new LinkedHashMap<>(values);
    this.isNew = isNew;
    this.unavailable = unavailable;
  }

  /** A session of {@code values} read from the client ({@code isNew} false) or a new, empty one. */
  public static Session of(Map<String, Object> values, boolean isNew) {
    return new Session(values, isNew, null);
  }

  /**
   * A session that can be read (it is empty) but not changed, Flask's {@code NullSession}: what
   * a request gets when sessions cannot work, and {@code why} says what to do about it.
   */
  public static Session unavailable(String why) {
    return new Session(Map.of(), true, why);
  }

  @Override
  public Object get(Object key) {
    accessed = true;
    return values.get(key);
  }

  /** Whether {@code key} is set; as Flask's {@code key in session}, not an access. */
  @Override
  public boolean containsKey(Object key) {
    return values.containsKey(key);
  }

  @Override
  public Object put(String key, Object value) {
    change();
    return values.put(key, value);
  }

  @Override
  public Object remove(Object key) {
    change();
    return values.remove(key);
  }

  @Override
  public void clear() {
    change();
    values.clear();
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    accessed = true;
    return Collections.unmodifiableMap(values).entrySet();
  }

  /**
   * Whether the session outlives the browser: its cookie gets an {@code Expires} of now plus
   * {@code PERMANENT_SESSION_LIFETIME}. Off by default, as in Flask.
   */
  public boolean isPermanent() {
    return Boolean.TRUE.equals(get(PERMANENT));
  }

  /** Makes the session permanent or not; see {@link #isPermanent()}. */
  public void setPermanent(boolean permanent) {
    put(PERMANENT, permanent);
  }

  /** Whether the request changed the session, so that its cookie is written again. */
  public boolean isModified() {
    return modified;
  }

  /** Marks the session changed, after changing a value held inside it. */
  public void markModified() {
    change();
  }

  /** Whether the request read or changed the session, so that the response varies by cookie. */
  public boolean isAccessed() {
    return accessed;
  }

  /** Whether the client sent no session, or one that was not valid. */
  public boolean isNew() {
    return isNew;
  }

  /** Whether the session is Flask's null session, which cannot be changed. */
  public boolean isUnavailable() {
    return unavailable != null;
  }

  /** The values, for a {@link SessionInterface} to store; not a view. */
  public Map<String, Object> snapshot() {
    return new LinkedHashMap<>(values);
  }

  private void change() {
    if (unavailable != null) {
      throw new IllegalStateException(unavailable);
    }
    accessed = true;
    modified = true;
  }
}
