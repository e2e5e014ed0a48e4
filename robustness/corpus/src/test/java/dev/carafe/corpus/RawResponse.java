package dev.carafe.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An answer read off the socket: its status ({@link CorpusCase#CLOSED} when the server closed the
 * connection without one), its header lines as sent, and its body.
 *
 * @param status the status code
 * @param statusLine the first line as sent
 * @param headers the header fields, names as sent, in order
 * @param body the body, decoded from chunks if it was chunked
 */
record RawResponse(int status, String statusLine, List<Map.Entry<String, String>> headers,
    byte[] body) {
  /** The values of the header {@code name}, whatever its case. */
  List<String> headers(String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).toList();
  }

  /** The names of the header fields, lower case. */
  List<String> headerNames() {
    return headers.stream().map(h -> h.getKey().toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public String toString() {
    return statusLine + " " + headers;
  }
}
