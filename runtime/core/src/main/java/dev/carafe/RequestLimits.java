package dev.carafe;

import dev.carafe.config.Config;
import dev.carafe.json.JsonLimits;

/**
 * How much of a request the application reads: Flask's {@code MAX_CONTENT_LENGTH},
 * {@code MAX_FORM_MEMORY_SIZE} and {@code MAX_FORM_PARTS}, with safe defaults where Flask has
 * none, and Carafe's limits on JSON bodies and on the cookies a request sends. A body over
 * {@link #maxContentLength()} is answered 413, whether it announces its length or comes chunked;
 * a form over either form limit too, and a JSON body over its size; JSON nested too deep or with
 * too long a number 400; too many cookies 431, while a cookie too large is ignored. An application's limits are its
 * {@linkplain App#config() configuration}'s: see {@link #from(Config)}.
 *
 * @param maxContentLength the most bytes of body read into memory (16 MiB by default)
 * @param maxFormMemory the most bytes of a URL-encoded form, or of a multipart form's fields in
 *     all, files aside (500 kB by default, as Werkzeug)
 * @param maxFormParts the most fields in a form, files included (1000 by default, as Werkzeug)
 * @param json the limits of a JSON body (1 MiB, 1000 levels, 1000 characters a number)
 * @param maxCookieCount the most cookies a request may send (300 by default)
 * @param maxCookieSize the most bytes of one cookie, name and value (4096 by default); a larger
 *     one is ignored
 */
public record RequestLimits(long maxContentLength, long maxFormMemory, int maxFormParts,
    JsonLimits json, int maxCookieCount, int maxCookieSize) {
  private static final RequestLimits DEFAULTS = from(Config.defaults());

  /** Checks that each limit is positive. */
  public RequestLimits {
    if (maxContentLength <= 0 || maxFormMemory <= 0 || maxFormParts <= 0 || maxCookieCount <= 0
        || maxCookieSize <= 0) {
      throw new IllegalArgumentException("Request limits must be positive, got " + maxContentLength
          + ", " + maxFormMemory + ", " + maxFormParts + ", " + maxCookieCount + ", "
          + maxCookieSize);
    }
    java.util.Objects.requireNonNull(json, "json");
  }

  /** The defaults of {@link Config}: 16 MiB of body, 500 kB and 1000 fields of form, and so on. */
  public static RequestLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The limits {@code config} sets: {@link Config#MAX_CONTENT_LENGTH},
   * {@link Config#MAX_FORM_MEMORY_SIZE}, {@link Config#MAX_FORM_PARTS},
   * {@link Config#MAX_JSON_SIZE}, {@link Config#MAX_JSON_DEPTH},
   * {@link Config#MAX_JSON_NUMBER_LENGTH}, {@link Config#MAX_COOKIE_COUNT} and
   * {@link Config#MAX_REQUEST_COOKIE_SIZE}.
   */
  public static RequestLimits from(Config config) {
    return new RequestLimits(config.get(Config.MAX_CONTENT_LENGTH),
        config.get(Config.MAX_FORM_MEMORY_SIZE), config.get(Config.MAX_FORM_PARTS),
        new JsonLimits(config.get(Config.MAX_JSON_SIZE), config.get(Config.MAX_JSON_DEPTH),
            config.get(Config.MAX_JSON_NUMBER_LENGTH)),
        config.get(Config.MAX_COOKIE_COUNT), config.get(Config.MAX_REQUEST_COOKIE_SIZE));
  }

  /** These limits with another body limit. */
  public RequestLimits withMaxContentLength(long maxContentLength) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts, json, maxCookieCount,
        maxCookieSize);
  }

  /** These limits with another form size limit. */
  public RequestLimits withMaxFormMemory(long maxFormMemory) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts, json, maxCookieCount,
        maxCookieSize);
  }

  /** These limits with another form field count limit. */
  public RequestLimits withMaxFormParts(int maxFormParts) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts, json, maxCookieCount,
        maxCookieSize);
  }

  /** These limits with other JSON limits. */
  public RequestLimits withJson(JsonLimits json) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts, json, maxCookieCount,
        maxCookieSize);
  }

  /** These limits with other cookie limits: how many, and the bytes of each. */
  public RequestLimits withCookies(int maxCookieCount, int maxCookieSize) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts, json, maxCookieCount,
        maxCookieSize);
  }
}
