package dev.carafe.gateway;

/**
 * The status line and headers of a response, given by a {@link Gateway} exactly once and before it
 * returns its {@link Body}. Header names and values arrive already checked by {@link HeaderList},
 * so no gateway can split a response with CR or LF.
 */
@FunctionalInterface
public interface StartResponse {
  /**
   * Starts the response.
   *
   * @param status the HTTP status code, 100 to 999
   * @param headers the response headers; {@code Content-Length} may be left out when the body's
   *     length is known
   * @throws IllegalStateException when the response was already started
   */
  void start(int status, HeaderList headers);
}
