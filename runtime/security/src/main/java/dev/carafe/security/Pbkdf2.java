package dev.carafe.security;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC over {@code hashName} (as written in the hash, Werkzeug keeps it), giving a
 * key as long as the digest, as {@code hashlib.pbkdf2_hmac} does. The JDK's own PBKDF2 does the
 * work.
 *
 * <p>The digests are SHA-1 and SHA-2 ({@code sha1}, {@code sha224}, {@code sha256},
 * {@code sha384}, {@code sha512}, in any case and also spelled {@code sha-256}). Iterations run
 * from 1 to {@link #MAX_ITERATIONS}, where hashlib allows up to {@code 2^31 - 1}: a stored hash
 * asking for two billion would take ten minutes to check.
 */
record Pbkdf2(String hashName, String algorithm, int keyBytes, int iterations)
    implements HashMethod {
  /** Werkzeug 3.1's default. */
  static final int DEFAULT_ITERATIONS = 1_000_000;
  /** Ten times Werkzeug's default (which grew from 600,000 in 2.3): a few seconds at most. */
  static final int MAX_ITERATIONS = 10 * DEFAULT_ITERATIONS;
  private static final String DEFAULT_HASH = "sha256";

  private static final Map<String, Integer> DIGEST_BYTES = Map.of(
      "sha1", 20, "sha224", 28, "sha256", 32, "sha384", 48, "sha512", 64);

  static Pbkdf2 of(List<String> args) {
    if (args.size() > 2) {
      throw new IllegalArgumentException("'pbkdf2' takes 2 arguments: 'pbkdf2:HASH:ITERATIONS', "
          + "such as 'pbkdf2:sha256:1000000'.");
    }
    String hashName = args.isEmpty() ? DEFAULT_HASH : args.get(0);
    String digest = hashName.toLowerCase(Locale.ROOT).replace("sha-", "sha");
    Integer keyBytes = DIGEST_BYTES.get(digest);
    if (keyBytes == null) {
      throw new IllegalArgumentException("Unsupported hash '" + hashName + "' for pbkdf2: use "
          + "sha256 (the default), sha512, sha384, sha224 or sha1.");
    }
    long iterations = args.size() < 2
        ? DEFAULT_ITERATIONS : HashMethod.number(args.get(1), "pbkdf2's iterations");
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("pbkdf2's iterations must be from 1 to "
          + MAX_ITERATIONS + ", got " + iterations + ".");
    }
    return new Pbkdf2(hashName, "PBKDF2WithHmac" + digest.toUpperCase(Locale.ROOT), keyBytes,
        (int) iterations);
  }

  @Override
  public String name() {
    return "pbkdf2:" + hashName + ":" + iterations;
  }

  @Override
  public byte[] derive(String password, byte[] salt) {
    // The JDK encodes the characters as UTF-8, as Werkzeug's password.encode() does.
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
