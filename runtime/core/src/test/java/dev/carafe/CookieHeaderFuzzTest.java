package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Cookie} header parser fuzzed against Werkzeug 3.1's {@code parse_cookie}, its
 * regular expressions copied as they are (Java's syntax for Python's: {@code [^\n]} for Python's
 * {@code .}, which Java also keeps from matching U+0085 and U+2028; possessive where Python's match
 * cannot backtrack anyway, so that a long quoted value does not overflow Java's regex stack). Seeds and every input that ever failed are in {@code CookieHeaderFuzzTestInputs}.
 */
class CookieHeaderFuzzTest {
  /** {@code sansio/http.py}'s {@code _cookie_re}, with {@code \s} as re.ASCII reads it. */
  private static final Pattern COOKIE = Pattern.compile(
      "([^=;]*)(?:[ \\t\\n\\x0B\\f\\r]*=[ \\t\\n\\x0B\\f\\r]*(\"(?:[^\\\\\"]++|\\\\[^\\n])*+\"|[^\\n]*?))?"
          + "[ \\t\\n\\x0B\\f\\r]*;[ \\t\\n\\x0B\\f\\r]*");
  /** {@code _cookie_unslash_re}, over the value's bytes as ISO-8859-1 characters. */
  private static final Pattern UNSLASH = Pattern.compile("\\\\([0-3][0-7]{2}|[^\\n])");

  @FuzzTest(maxDuration = "5m")
  void parseAgreesWithWerkzeugsExpression(FuzzedDataProvider data) {
    String header = data.consumeRemainingAsString();
    if (header.indexOf('\n') >= 0 || header.indexOf('\r') >= 0) {
      // No server passes a header value with a line break on.
      return;
    }
    Map<String, String> expected = werkzeug(header);
    Map<String, String> actual;
    try {
      actual = CookieHeader.parse(List.of(header), Integer.MAX_VALUE, Integer.MAX_VALUE);
    } catch (RuntimeException e) {
      throw new AssertionError(header, e);
    }
    assertEquals(expected, actual, header);
  }

  private static Map<String, String> werkzeug(String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header.isEmpty()) {
      return cookies;
    }
    Matcher matcher = COOKIE.matcher(header + ";");
    while (matcher.find()) {
      String name = pythonStrip(matcher.group(1));
      String value = matcher.group(2) == null ? "" : pythonStrip(matcher.group(2));
      if (name.isEmpty()) {
        continue;
      }
      if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
        String bytes = new String(value.substring(1, value.length() - 1)
            .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Matcher escape = UNSLASH.matcher(bytes);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
          String v = escape.group(1);
          escape.appendReplacement(out, Matcher.quoteReplacement(v.length() == 1 ? v
              : String.valueOf((char) Integer.parseInt(v, 8))));
        }
        escape.appendTail(out);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        value = raw.toString(StandardCharsets.UTF_8);
      }
      cookies.putIfAbsent(name, value);
    }
    return cookies;
  }

  /** {@code str.strip()}: Python's {@code str.isspace} characters at both ends. */
  private static String pythonStrip(String text) {
    String space = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002"
        + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
    int from = 0;
    int to = text.length();
    while (from < to && space.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && space.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return text.substring(from, to);
  }
}
