package dev.carafe.internal.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * itsdangerous' {@code TimestampSigner} as Flask configures it for the session: HMAC-SHA1 with the
 * key derived as {@code HMAC-SHA1(secret, "cookie-session")}, and {@code value.timestamp.signature}
 * with the timestamp and signature in unpadded URL-safe base64.
 */
final class TimestampSigner {
  private static final String HMAC_SHA1 = "HmacSHA1";
  private static final byte[] SALT = "cookie-session".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  /** The signing key first, then the fallbacks newest first: the order itsdangerous tries them. */
  private final List<SecretKeySpec> keys;

  TimestampSigner(byte[] secretKey, List<byte[]> fallbackKeys) {
    List<SecretKeySpec> derived = new ArrayList<>();
    derived.add(derive(secretKey, "The secret key"));
    for (int i = fallbackKeys.size() - 1; i >= 0; i--) {
      derived.add(derive(fallbackKeys.get(i), "Fallback key " + i));
    }
    this.keys = List.copyOf(derived);
  }

  private static SecretKeySpec derive(byte[] secret, String which) {
    if (secret == null || secret.length == 0) {
      // Flask refuses to open sessions without a key; an empty one would sign with no secret.
      throw new IllegalArgumentException(which + " is empty; set SECRET_KEY (and each of"
          + " SECRET_KEY_FALLBACKS) to a long random value, such as secrets.token_hex() prints");
    }
    return new SecretKeySpec(hmac(new SecretKeySpec(secret, HMAC_SHA1), SALT), HMAC_SHA1);
  }

  /** {@code value}, then {@code now} (seconds since the epoch) and the signature of both. */
  String sign(String value, long now) {
    String timestamped = value + "." + BASE64.encodeToString(withoutLeadingZeros(now));
    return timestamped + "." + BASE64.encodeToString(signature(keys.get(0), timestamped));
  }

  /**
   * The value {@code signed} carries, when one of the keys signed it no more than {@code maxAge}
   * seconds before {@code now}.
   *
   * @throws RejectedCookie when the signature does not match, or the timestamp is malformed, older
   *     than {@code maxAge} or in the future
   */
  String unsign(String signed, long now, long maxAge) {
    int lastDot = signed.lastIndexOf('.');
    if (lastDot < 0) {
      throw new RejectedCookie("no signature");
    }
    String timestamped = signed.substring(0, lastDot);
    if (!verify(timestamped, decode(signed.substring(lastDot + 1), "signature"))) {
      throw new RejectedCookie("the signature does not match");
    }
    int timestampDot = timestamped.lastIndexOf('.');
    if (timestampDot < 0) {
      throw new RejectedCookie("no timestamp");
    }
    long timestamp = timestamp(decode(timestamped.substring(timestampDot + 1), "timestamp"));
    // Negative is an unsigned value past 2^63: in the future, as Python's integers see it.
    if (timestamp < 0 || timestamp > now) {
      throw new RejectedCookie("signed in the future");
    }
    if (now - timestamp > maxAge) {
      throw new RejectedCookie("expired: signed " + (now - timestamp) + "s ago");
    }
    return timestamped.substring(0, timestampDot);
  }

  private boolean verify(String timestamped, byte[] signature) {
    for (SecretKeySpec key : keys) {
      if (MessageDigest.isEqual(signature(key, timestamped), signature)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] signature(SecretKeySpec key, String timestamped) {
    return hmac(key, timestamped.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA1);
      mac.init(key);
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA1.
      throw new IllegalStateException(e);
    }
  }

  /** Unpadded URL-safe base64, as itsdangerous writes it. */
  static byte[] decode(String base64, String what) {
    try {
      return Base64.getUrlDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new RejectedCookie("the " + what + " is not base64");
    }
  }

  static String encode(byte[] bytes) {
    return BASE64.encodeToString(bytes);
  }

  /** itsdangerous' {@code int_to_bytes}: big-endian, without leading zero bytes. */
  private static byte[] withoutLeadingZeros(long value) {
    int length = (Long.SIZE - Long.numberOfLeadingZeros(value) + 7) / 8;
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (value >>> (8 * (length - 1 - i)));
    }
    return bytes;
  }

  /** itsdangerous' {@code bytes_to_int}: up to eight big-endian bytes, as unsigned. */
  private static long timestamp(byte[] bytes) {
    if (bytes.length > Long.BYTES) {
      throw new RejectedCookie("the timestamp is malformed");
    }
    long value = 0;
    for (byte b : bytes) {
      value = (value << 8) | (b & 0xff);
    }
    return value;
  }
}
