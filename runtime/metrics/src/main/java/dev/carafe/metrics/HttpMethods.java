package dev.carafe.metrics;

import java.util.List;

/**
 * HTTP's own methods (RFC 9110 and PATCH), each with an index, and one more for any other: a
 * request's method is a tag, and a client may send any token as its method.
 */
final class HttpMethods {
  private static final List<String> KNOWN = List.of("GET", "HEAD", "POST", "PUT", "DELETE",
      "PATCH", "OPTIONS", "TRACE", "CONNECT");

  private HttpMethods() {}

  /** How many indexes there are: the known methods and the other. */
  static int count() {
    return KNOWN.size() + 1;
  }

  /** The index of {@code method}; the last index for a method HTTP does not define. */
  static int indexOf(String method) {
    int index = KNOWN.indexOf(method);
    return index < 0 ? KNOWN.size() : index;
  }

  /** The method of an index, {@link Metrics#OTHER_METHOD} for the last. */
  static String name(int index) {
    return index < KNOWN.size() ? KNOWN.get(index) : Metrics.OTHER_METHOD;
  }
}
