package dev.carafe.files;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of entity tags from {@code If-Match}, {@code If-None-Match} or {@code If-Range}, read as
 * Werkzeug's {@code parse_etags} reads it (its regular expression, its lenience, its quirks: an
 * empty quoted tag counts as a tag that matches nothing, and {@code *} matches every tag in
 * {@link #contains} but none in {@link #isStrong}), with {@code unquote_etag} and
 * {@code quote_etag}.
 */
final class EntityTags {
  /** Werkzeug's {@code _etag_re}, with Python's {@code \s} spelled out and its {@code $}. */
  private static final Pattern ETAG = Pattern.compile(
      "([Ww]/)?(?:\"(.*?)\"|(.*?))(?:" + PythonRegex.SPACE + "*," + PythonRegex.SPACE + "*|$)",
      Pattern.UNIX_LINES);

  private static final EntityTags NONE = new EntityTags(Set.of(), Set.of(), false);

  /** Strong tags, unquoted; may hold {@code null}, Werkzeug's reading of {@code ""}. */
  private final Set<String> strong;
  private final Set<String> weak;
  private final boolean star;

  private EntityTags(Set<String> strong, Set<String> weak, boolean star) {
    this.strong = strong;
    this.weak = weak;
    this.star = star;
  }

  /** The tags of a header value; none for {@code null} or empty. */
  public static EntityTags parse(String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    Set<String> strong = new HashSet<>();
    Set<String> weak = new HashSet<>();
    Matcher match = ETAG.matcher(value);
    int pos = 0;
    int end = value.length();
    while (pos < end) {
      match.region(pos, end);
      if (!match.lookingAt() || match.end() == pos) {
        // Python would loop for ever on an empty match (only a trailing newline allows one).
        break;
      }
      String raw = match.group(3);
      String quoted = match.group(2);
      if ("*".equals(raw)) {
        return new EntityTags(Set.of(), Set.of(), true);
      } else if (quoted != null && !quoted.isEmpty()) {
        raw = quoted;
      }
      (match.group(1) != null ? weak : strong).add(raw);
      pos = match.end();
    }
    return new EntityTags(strong, weak, false);
  }

  /** Whether the header named any tag, or {@code *}: Python's truth of an {@code ETags}. */
  public boolean isPresent() {
    return star || !strong.isEmpty() || !weak.isEmpty();
  }

  /** Strong comparison: {@code *}, or {@code tag} among the strong tags. */
  public boolean contains(String tag) {
    return star || strong.contains(tag);
  }

  /** Weak comparison: {@code tag} among the weak tags, or {@link #contains}. */
  public boolean containsWeak(String tag) {
    return weak.contains(tag) || contains(tag);
  }

  /** Whether {@code tag} is among the strong tags; {@code *} is not, as in Werkzeug. */
  public boolean isStrong(String tag) {
    return strong.contains(tag);
  }

  /**
   * Werkzeug's {@code unquote_etag}: the tag without {@code W/} and quotes, or {@code null} for
   * {@code null} or empty.
   */
  public static String unquote(String etag) {
    if (etag == null || etag.isEmpty()) {
      return null;
    }
    String tag = PythonText.strip(etag);
    if (tag.startsWith("W/") || tag.startsWith("w/")) {
      tag = tag.substring(2);
    }
    if (tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.length() == 1 ? "" : tag.substring(1, tag.length() - 1);
    }
    return tag;
  }

  /**
   * Werkzeug's {@code quote_etag}: {@code "tag"}, or {@code W/"tag"} when weak.
   *
   * @throws IllegalArgumentException when the tag holds a quote
   */
  public static String quote(String tag, boolean weak) {
    if (tag.indexOf('"') >= 0) {
      throw new IllegalArgumentException("An entity tag cannot hold a quote: " + tag);
    }
    return (weak ? "W/\"" : "\"") + tag + "\"";
  }
}
