package dev.carafe.security;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Password hashes as Werkzeug writes them, {@code werkzeug.security.generate_password_hash} and
 * {@code check_password_hash}: a Carafe application checks the hashes a Flask application stored,
 * and a Flask application checks the ones Carafe stores.
 *
 * <p>A hash is {@code method$salt$key}, the key in lowercase hex:
 * {@code scrypt:32768:8:1$qrhPCPNWm2wxuw4R$a1f0...} (Werkzeug 3.1's default, a 64-byte key) or
 * {@code pbkdf2:sha256:1000000$...}. Flaskr, Flask's tutorial, registers and logs in a user like
 * this:
 *
 * <pre>{@code
 * @Post("/auth/register")
 * public Response register(@Form("username") String username, @Form("password") String password) {
 *   db.execute("INSERT INTO user (username, password) VALUES (?, ?)",
 *       username, Passwords.generatePasswordHash(password));
 *   return Response.redirect(FlaskrUrls.login());
 * }
 *
 * @Post("/auth/login")
 * public Response login(@Form("username") String username, @Form("password") String password,
 *     Session session) {
 *   User user = db.findUser(username);
 *   if (user == null || !Passwords.checkPasswordHash(user.password(), password)) {
 *     Flash.flash("Incorrect username or password.");
 *     return Response.redirect(FlaskrUrls.login());
 *   }
 *   session.clear();
 *   session.put("user_id", user.id());
 *   return Response.redirect(FlaskrUrls.index());
 * }
 * }</pre>
 *
 * <p>Hashing takes time on purpose: a tenth of a second or more for the default. The methods are
 * safe to call from many threads at once.
 *
 * <p>Where Carafe differs from Werkzeug: a stored hash that Werkzeug fails on with an exception
 * (unknown method, bad parameters, non-ASCII key) checks as {@code false} here; parameters must
 * be plain decimal numbers, as Werkzeug writes them; PBKDF2 takes the SHA-1 and SHA-2 digests and
 * at most 10,000,000 iterations, and a salt must not be empty.
 */
public final class Passwords {
  /** Werkzeug's {@code SALT_CHARS}. */
  private static final String SALT_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int DEFAULT_SALT_LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /**
   * A hash of {@code password} to store, in Werkzeug 3.1's default format:
   * {@code scrypt:32768:8:1$} a salt of 16 letters and digits {@code $} the 64-byte key in hex.
   *
   * @throws IllegalArgumentException if {@code password} is not valid Unicode (a lone surrogate)
   */
  public static String generatePasswordHash(String password) {
    return generatePasswordHash(password, "scrypt", DEFAULT_SALT_LENGTH);
  }

  /**
   * A hash of {@code password} with the method and salt length given, as Werkzeug's
   * {@code generate_password_hash(password, method, salt_length)}.
   *
   * @param method {@code "scrypt"} (Werkzeug's default, {@code scrypt:32768:8:1}),
   *     {@code "scrypt:N:r:p"}, {@code "pbkdf2"} (sha256, 1,000,000 iterations),
   *     {@code "pbkdf2:sha512"}, {@code "pbkdf2:sha256:600000"}
   * @param saltLength characters of salt, at least 1; Werkzeug's default is 16
   * @throws IllegalArgumentException naming what is wrong with {@code method} or
   *     {@code saltLength}, or if {@code password} is not valid Unicode
   */
  public static String generatePasswordHash(String password, String method, int saltLength) {
    if (saltLength <= 0) {
      throw new IllegalArgumentException("Salt length must be at least 1, got " + saltLength);
    }
    HashMethod parsed = HashMethod.parse(method);
    checkUnicode(password);
    String salt = salt(saltLength);
    String key = HexFormat.of().formatHex(parsed.derive(password, utf8(salt)));
    return parsed.name() + "$" + salt + "$" + key;
  }

  /**
   * Whether {@code password} is the one {@code hash} was made from, as Werkzeug's
   * {@code check_password_hash(pwhash, password)}: for every method and parameters Werkzeug 3.1
   * writes or reads, compared in constant time.
   *
   * <p>Never throws for what a database may hold: a {@code null}, malformed or unknown hash, or
   * one whose parameters are out of bounds (an absurd scrypt cost, more PBKDF2 iterations than a
   * few seconds' work), is {@code false}, checked without the cost it asks for.
   *
   * @throws NullPointerException if {@code password} is {@code null}
   */
  public static boolean checkPasswordHash(String hash, String password) {
    Objects.requireNonNull(password, "password");
    if (hash == null) {
      return false;
    }
    String[] parts = hash.split("\\$", 3);
    if (parts.length != 3) {
      return false;
    }
    try {
      HashMethod method = HashMethod.parse(parts[0]);
      checkUnicode(password);
      byte[] expected = HexFormat.of().formatHex(method.derive(password, utf8(parts[1])))
          .getBytes(StandardCharsets.US_ASCII);
      // Non-ASCII turns into '?', which never matches hex.
      return MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Werkzeug's {@code gen_salt}: letters and digits, chosen uniformly. */
  private static String salt(int length) {
    StringBuilder salt = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      salt.append(SALT_CHARS.charAt(RANDOM.nextInt(SALT_CHARS.length())));
    }
    return salt.toString();
  }

  /** Python's {@code str.encode()}: UTF-8, refusing lone surrogates. */
  private static byte[] utf8(String text) {
    try {
      var encoded = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("Not valid Unicode text (a lone surrogate)", e);
    }
  }

  private static void checkUnicode(String password) {
    utf8(password);
  }
}
