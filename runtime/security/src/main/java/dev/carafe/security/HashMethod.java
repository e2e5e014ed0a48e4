package dev.carafe.security;

import java.util.List;

/**
 * A key derivation function with its parameters, read from Werkzeug's method string
 * ({@code scrypt:32768:8:1}, {@code pbkdf2:sha256:1000000}): the part of a stored hash before the
 * first {@code $}.
 */
sealed interface HashMethod permits Scrypt, Pbkdf2 {

  /**
   * The method {@code method} names, with Werkzeug's defaults for parameters it leaves out.
   *
   * @throws IllegalArgumentException naming what is wrong: an unknown method, the wrong number of
   *     parameters, a parameter that is not a decimal number or is out of bounds
   */
  static HashMethod parse(String method) {
    List<String> parts = List.of(method.split(":", -1));
    List<String> args = parts.subList(1, parts.size());
    switch (parts.get(0)) {
      case "scrypt":
        return Scrypt.of(args);
      case "pbkdf2":
        return Pbkdf2.of(args);
      default:
        throw new IllegalArgumentException("Invalid hash method '" + parts.get(0)
            + "': use 'scrypt' (the default), 'scrypt:N:r:p' or 'pbkdf2:HASH:ITERATIONS'.");
    }
  }

  /** The method as a stored hash names it, every parameter written out. */
  String name();

  /** The derived key of {@code password} (valid Unicode) with {@code salt}. */
  byte[] derive(String password, byte[] salt);

  /** {@code text} as a whole number of at most 18 digits: Werkzeug writes them plain. */
  static long number(String text, String what) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'.");
    }
    return Long.parseLong(text);
  }
}
