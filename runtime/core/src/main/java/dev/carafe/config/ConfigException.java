package dev.carafe.config;

/**
 * A configuration value that cannot be used, or a configuration file that cannot be read. The
 * message says where the value came from (the environment variable, the file and line, or
 * {@code code}), which key it is for and what was expected:
 *
 * <pre>
 * CARAFE_MAX_CONTENT_LENGTH: MAX_CONTENT_LENGTH must be a whole number of bytes, got 'lots'
 * </pre>
 *
 * <p>The value of a secret key is never part of the message.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }
}
