package dev.carafe;

/**
 * A URL could not be built: the endpoint does not exist, or a value the rule needs is missing or
 * of the wrong kind. The message says which, and suggests the endpoint that was probably meant.
 * The generated typed URL builders turn these mistakes into compile errors instead.
 */
public class BuildError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with the given message. */
  public BuildError(String message) {
    super(message);
  }
}
