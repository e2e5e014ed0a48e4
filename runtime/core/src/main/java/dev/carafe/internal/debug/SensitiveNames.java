package dev.carafe.internal.debug;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which headers, cookies, form fields and query arguments the debug page shows masked: a debug
 * page is read over shoulders, pasted into issues and screenshotted, so credentials never appear
 * on it, even though the developer's own browser sent them.
 */
final class SensitiveNames {
  /** What the page shows in place of a masked value. */
  static final String MASK = "***";

  /** Headers that carry credentials whatever their value looks like. */
  private static final Set<String> CREDENTIAL_HEADERS = Set.of("cookie", "set-cookie",
      "authorization", "proxy-authorization", "x-csrf-token", "x-csrftoken", "x-xsrf-token",
      "x-api-key");

  /** Words that make any name sensitive: {@code access_token}, {@code X-Auth-Secret}, ... */
  private static final List<String> WORDS = List.of("token", "secret", "password", "passwd",
      "csrf", "xsrf", "session", "apikey", "api_key", "api-key", "credential", "private");

  private SensitiveNames() {}

  /** Whether the value of a field, argument or header named {@code name} is masked. */
  static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (CREDENTIAL_HEADERS.contains(lower)) {
      return true;
    }
    for (String word : WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A header's value as the page shows it: as sent, or masked. The cookie headers keep the
   * cookies' names ({@code session=***; theme=***}) and {@code Authorization} its scheme
   * ({@code Bearer ***}), which say what was sent without saying what it was.
   */
  static String headerValue(String name, String value) {
    if (!isSensitive(name)) {
      return value;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("cookie")) {
      StringBuilder masked = new StringBuilder();
      for (String pair : value.split(";")) {
        String cookie = pair.strip();
        if (cookie.isEmpty()) {
          continue;
        }
        int eq = cookie.indexOf('=');
        masked.append(masked.length() == 0 ? "" : "; ")
            .append(eq < 0 ? cookie : cookie.substring(0, eq)).append('=').append(MASK);
      }
      return masked.toString();
    }
    if (lower.equals("set-cookie")) {
      int eq = value.indexOf('=');
      return (eq < 0 ? "" : value.substring(0, eq) + "=") + MASK;
    }
    if (lower.endsWith("authorization")) {
      int space = value.strip().indexOf(' ');
      return space < 0 ? MASK : value.strip().substring(0, space) + " " + MASK;
    }
    return MASK;
  }
}
