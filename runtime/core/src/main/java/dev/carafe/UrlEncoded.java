package dev.carafe;

import dev.carafe.gateway.Percent;
import dev.carafe.http.RequestEntityTooLarge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code application/x-www-form-urlencoded} text: query strings and URL-encoded forms. */
final class UrlEncoded {
  private UrlEncoded() {}

  /**
   * The fields of {@code text}, decoded, in order of first appearance, each with all its values.
   *
   * @param maxParts the most fields allowed
   * @throws RequestEntityTooLarge when there are more than {@code maxParts} fields
   */
  static Map<String, List<String>> parse(String text, int maxParts) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int parts = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('&', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        if (++parts > maxParts) {
          throw new RequestEntityTooLarge("The form has more than " + maxParts + " fields.");
        }
        int eq = text.indexOf('=', start);
        int keyEnd = eq < 0 || eq > end ? end : eq;
        String key = decode(text, start, keyEnd);
        String value = keyEnd == end ? "" : decode(text, keyEnd + 1, end);
        fields.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
      }
      start = end + 1;
    }
    fields.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(fields);
  }

  /** Here, unlike in a path, {@code +} stands for a space. */
  private static String decode(String text, int from, int to) {
    return Percent.decode(text.substring(from, to).replace('+', ' '));
  }
}
