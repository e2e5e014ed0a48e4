package dev.carafe.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * scrypt with cost {@code n}, block size {@code r} and parallelism {@code p}, giving a 64-byte
 * key as {@code hashlib.scrypt} does.
 *
 * <p>The bounds are Werkzeug's: it passes {@code maxmem = 132 * n * r * p} to
 * {@code hashlib.scrypt}, which refuses a {@code maxmem} over {@code 2^31 - 1} and parameters
 * needing more than {@code maxmem} (OpenSSL's {@code 128 * r * (n + 2 + p)} bytes). So a hash
 * Werkzeug checks is checked here, and one it refuses ({@code scrypt:1099511627776:8:1}) is
 * refused before any memory is taken: at most about 2 GiB, and 62 times the default's work.
 */
record Scrypt(int n, int r, int p) implements HashMethod {
  static final Scrypt DEFAULT = new Scrypt(1 << 15, 8, 1);
  private static final int KEY_LENGTH = 64;

  static Scrypt of(List<String> args) {
    if (args.isEmpty()) {
      return DEFAULT;
    }
    if (args.size() != 3) {
      throw new IllegalArgumentException("'scrypt' takes 3 arguments: 'scrypt:N:r:p', such as "
          + "'scrypt:32768:8:1'.");
    }
    long n = HashMethod.number(args.get(0), "scrypt's N");
    long r = HashMethod.number(args.get(1), "scrypt's r");
    long p = HashMethod.number(args.get(2), "scrypt's p");
    if (n < 2 || (n & (n - 1)) != 0) {
      throw new IllegalArgumentException("scrypt's N must be a power of 2 from 2, got " + n + ".");
    }
    if (r < 1 || p < 1) {
      throw new IllegalArgumentException("scrypt's r and p must be at least 1.");
    }
    // Werkzeug's maxmem, and hashlib's ceiling for it; products of 18-digit numbers can overflow.
    long maxmem;
    try {
      maxmem = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(132, n), r), p);
    } catch (ArithmeticException e) {
      maxmem = Long.MAX_VALUE;
    }
    if (maxmem > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("scrypt:" + n + ":" + r + ":" + p + " needs more than "
          + "the 2 GiB hashlib allows (132 * N * r * p bytes, as Werkzeug asks).");
    }
    // OpenSSL's own checks under that ceiling: memory for the blocks, and N < 2^(16 r).
    if (128 * r * (n + 2 + p) > maxmem || (r < 4 && n >= 1L << (16 * r))) {
      throw new IllegalArgumentException("scrypt:" + n + ":" + r + ":" + p
          + " is refused by hashlib: N is too small for p, or too large for r.");
    }
    if (p > Integer.MAX_VALUE / (128 * 8 * r)) {
      throw new IllegalArgumentException("scrypt's p must be at most "
          + Integer.MAX_VALUE / (128 * 8 * r) + " for r = " + r + ".");
    }
    return new Scrypt((int) n, (int) r, (int) p);
  }

  @Override
  public String name() {
    return "scrypt:" + n + ":" + r + ":" + p;
  }

  @Override
  public byte[] derive(String password, byte[] salt) {
    return SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, n, r, p, KEY_LENGTH);
  }
}
