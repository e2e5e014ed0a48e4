package dev.carafe;

import dev.carafe.http.RequestEntityTooLarge;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code application/x-www-form-urlencoded} text, query strings and URL-encoded forms, as
 * Werkzeug does ({@code parse_qsl(..., keep_blank_values=True, errors="werkzeug.url_quote")}):
 * fields split on {@code &} (empty ones skipped), name and value on the first {@code =}, a missing
 * value is empty, {@code +} is a space, a {@code %} without two hex digits stays as it is, and
 * escaped bytes that are not UTF-8 stay percent-encoded ({@code %FF}), so no input is an error
 * and nothing is silently replaced.
 */
final class UrlEncoded {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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

  /** Decodes {@code text[from, to)}; here, unlike in a path, {@code +} stands for a space. */
  static String decode(String text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    ByteArrayOutputStream escaped = new ByteArrayOutputStream();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int hi;
      int lo;
      if (c == '%' && i + 2 < to && (hi = HeaderParameters.hex(text.charAt(i + 1))) >= 0
          && (lo = HeaderParameters.hex(text.charAt(i + 2))) >= 0) {
        escaped.write(hi << 4 | lo);
        i += 2;
        continue;
      }
      flush(escaped, out);
      out.append(c == '+' ? ' ' : c);
    }
    flush(escaped, out);
    return out.toString();
  }

  /** Appends escaped bytes as UTF-8; bytes that are not UTF-8 are appended re-escaped. */
  private static void flush(ByteArrayOutputStream escaped, StringBuilder out) {
    if (escaped.size() == 0) {
      return;
    }
    ByteBuffer bytes = ByteBuffer.wrap(escaped.toByteArray());
    escaped.reset();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.allocate(bytes.remaining());
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, true);
      if (result.isError()) {
        chars.flip();
        out.append(chars);
        chars.clear();
        for (int n = result.length(); n > 0; n--) {
          int b = bytes.get() & 0xff;
          out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
      } else {
        chars.flip();
        out.append(chars);
        return;
      }
    }
  }
}
