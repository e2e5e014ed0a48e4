package dev.carafe.processor.model;

import dev.carafe.gateway.HttpStatus;
import java.util.Locale;

/**
 * The runtime's HTTP error classes by status, read from the one status table
 * ({@link HttpStatus}): a handler for one of them is filed under its status, as Flask files a
 * handler for {@code NotFound} under 404. Each class is named after its constant
 * ({@code NOT_FOUND} is {@code dev.carafe.http.NotFound}).
 */
public final class HttpStatuses {
  private static final String PACKAGE = Names.HTTP_ERRORS + ".";

  private HttpStatuses() {}

  /** The qualified name of the class for {@code status}, or {@code null}. */
  public static String classOf(int status) {
    HttpStatus error = HttpStatus.orNull(status);
    return error == null ? null : PACKAGE + simpleName(error);
  }

  /** The status of a runtime HTTP error class, or 0 for any other class. */
  public static int statusOf(String qualifiedName) {
    for (HttpStatus error : HttpStatus.values()) {
      if (qualifiedName.equals(PACKAGE + simpleName(error))) {
        return error.code();
      }
    }
    return 0;
  }

  /** {@code NOT_FOUND} as {@code NotFound}. */
  public static String simpleName(HttpStatus error) {
    StringBuilder name = new StringBuilder();
    for (String word : error.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
