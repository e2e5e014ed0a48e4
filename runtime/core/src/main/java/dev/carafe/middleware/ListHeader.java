package dev.carafe.middleware;

import java.util.ArrayList;
import java.util.List;

/**
 * Werkzeug's {@code parse_list_header}: the items of a comma list (RFC 9110), surrounding quotes
 * and their escapes removed, empty items dropped, and nothing at all when a quoted string is not
 * closed. One pass, so a huge header costs its length and no more.
 */
final class ListHeader {
  private ListHeader() {}

  static List<String> parse(String value) {
    List<String> items = new ArrayList<>();
    boolean quote = false;
    boolean escape = false;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (escape) {
        escape = false;
      } else if (quote) {
        if (c == '\\') {
          escape = true;
        } else if (c == '"') {
          quote = false;
        }
      } else if (c == ',') {
        add(items, value, start, i);
        start = i + 1;
      } else if (c == '"') {
        quote = true;
      }
    }
    if (quote) {
      return List.of();
    }
    add(items, value, start, value.length());
    return items;
  }

  private static void add(List<String> items, String value, int from, int to) {
    while (from < to && isSpace(value.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(value.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      items.add(unquote(value.substring(from, to)));
    }
  }

  /** Werkzeug's {@code unquote_header_value}: a quoted string's content, each escape resolved. */
  private static String unquote(String item) {
    if (item.length() < 2 || item.charAt(0) != '"' || item.charAt(item.length() - 1) != '"') {
      return item;
    }
    StringBuilder out = new StringBuilder(item.length() - 2);
    for (int i = 1; i < item.length() - 1; i++) {
      char c = item.charAt(i);
      if (c == '\\' && i + 1 < item.length() - 1) {
        c = item.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Python's {@code str.strip()} whitespace, as far as a Latin-1 header value has it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f || c == 0x85
        || c == 0xa0;
  }
}
