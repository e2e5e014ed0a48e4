package dev.carafe;

import dev.carafe.config.Config;

/**
 * How much of a request body the application reads, Flask's {@code MAX_CONTENT_LENGTH},
 * {@code MAX_FORM_MEMORY_SIZE} and {@code MAX_FORM_PARTS}, with safe defaults where Flask has
 * none. A body over {@link #maxContentLength()} is answered 413, whether it announces its length
 * or comes chunked; a form over either form limit too. An application's limits are its
 * {@linkplain App#config() configuration}'s: see {@link #from(Config)}.
 *
 * @param maxContentLength the most bytes of body read into memory (16 MiB by default)
 * @param maxFormMemory the most bytes of a URL-encoded form, or of a multipart form's fields in
 *     all, files aside (500 kB by default, as Werkzeug)
 * @param maxFormParts the most fields in a form, files included (1000 by default, as Werkzeug)
 */
public record RequestLimits(long maxContentLength, long maxFormMemory, int maxFormParts) {
  private static final RequestLimits DEFAULTS = from(Config.defaults());

  /** Checks that each limit is positive. */
  public RequestLimits {
    if (maxContentLength <= 0 || maxFormMemory <= 0 || maxFormParts <= 0) {
      throw new IllegalArgumentException("Request limits must be positive, got " + maxContentLength
          + ", " + maxFormMemory + ", " + maxFormParts);
    }
  }

  /** 16 MiB of body, 500 kB and 1000 fields of form: the defaults of {@link Config}. */
  public static RequestLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The limits {@code config} sets: {@link Config#MAX_CONTENT_LENGTH},
   * {@link Config#MAX_FORM_MEMORY_SIZE} and {@link Config#MAX_FORM_PARTS}.
   */
  public static RequestLimits from(Config config) {
    return new RequestLimits(config.get(Config.MAX_CONTENT_LENGTH),
        config.get(Config.MAX_FORM_MEMORY_SIZE), config.get(Config.MAX_FORM_PARTS));
  }

  /** These limits with another body limit. */
  public RequestLimits withMaxContentLength(long maxContentLength) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts);
  }

  /** These limits with another form size limit. */
  public RequestLimits withMaxFormMemory(long maxFormMemory) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts);
  }

  /** These limits with another form field count limit. */
  public RequestLimits withMaxFormParts(int maxFormParts) {
    return new RequestLimits(maxContentLength, maxFormMemory, maxFormParts);
  }
}
