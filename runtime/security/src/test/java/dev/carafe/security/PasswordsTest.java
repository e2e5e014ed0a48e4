package dev.carafe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Werkzeug's formats without Python: hashes Werkzeug 3.1.8 wrote, round trips, hostile input. */
class PasswordsTest {
  // Made by werkzeug.security.generate_password_hash in Werkzeug 3.1.8.
  private static final String WERKZEUG_DEFAULT = "scrypt:32768:8:1$oKi5ktSTD2JRKSpj$a3cd5eb58ef69eb3"
      + "3e90f4843dbfcce308ad64eca57630f88552664b263678bf951cf473dbf9e764828d29192094f59ba3a820fc91d0"
      + "674bd8e814686fa53b06";
  private static final String WERKZEUG_UNICODE = "scrypt:32768:8:1$idx74Fonc01Xr6T9$67b96fbcb861342"
      + "a28ccbeefb7cc14cd34ca02eb062d3a2cda7ebb76a94fdcec13cc6cd9cf1ad2e2338d9bb03a962a0b54ce1fa8f7"
      + "481555bc08eb97f0ec93d9";
  private static final String WERKZEUG_PBKDF2 = "pbkdf2:sha256:1000000$WpaI3NL9N8wheJHx$6ae54e743e0"
      + "849665c53362781fbf935dde041eecfdee3409865888e8ce64798";
  private static final String WERKZEUG_SHA1 =
      "pbkdf2:sha1:1000$69sfoyJK8LuKyPPz$74084dc52b435975086b821bbc4e96bb1e40aad0";
  private static final String WERKZEUG_SHA512 = "pbkdf2:sha512:1000$jzI3u2cHJOVfL9b2$77a9838e73b1cb"
      + "60274b530b62d26fd822a82581657c8fafaa6a04e5e99ae1205e25cfd0513bcf981d6e653d8d756f71c54248cb0d"
      + "e54f26e4ab1ee407f3f3b2";
  private static final String WERKZEUG_EMPTY = "scrypt:1024:8:1$YOmu226vjfpcxvF2$64ad98f4be908eb641c"
      + "86a55ab1a209a3a4d8789e2ad301dc55b2129ec182cbbbc1f32d97bcf54a98a28f6356f78d8532d546b7e0fee9ae"
      + "6789e24f01412403d";

  @Test
  void theDefaultIsWerkzeugsScrypt() {
    String hash = Passwords.generatePasswordHash("secret");
    assertTrue(hash.matches("scrypt:32768:8:1\\$[A-Za-z0-9]{16}\\$[0-9a-f]{128}"), hash);
    assertTrue(Passwords.checkPasswordHash(hash, "secret"));
  }

  @Test
  void hashesWerkzeugWroteCheck() {
    assertTrue(Passwords.checkPasswordHash(WERKZEUG_DEFAULT, "secret"));
    assertTrue(Passwords.checkPasswordHash(WERKZEUG_UNICODE, "pässwörd 🔑"));
    assertTrue(Passwords.checkPasswordHash(WERKZEUG_PBKDF2, "secret"));
    assertTrue(Passwords.checkPasswordHash(WERKZEUG_SHA1, "secret"));
    assertTrue(Passwords.checkPasswordHash(WERKZEUG_SHA512, "secret"));
    assertTrue(Passwords.checkPasswordHash(WERKZEUG_EMPTY, ""));
  }

  @Test
  void aWrongPasswordDoesNotCheck() {
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_DEFAULT, "Secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_DEFAULT, "secret "));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_UNICODE, "passwoerd 🔑"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1, ""));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_EMPTY, " "));
  }

  @Test
  void aTamperedHashDoesNotCheck() {
    // The key, the salt or a parameter changed: each gives another key.
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1.replace("aad0", "aad1"), "secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1.replace("$69sf", "$69sF"), "secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1.replace(":1000$", ":1001$"), "secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1.replace("sha1", "sha256"), "secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_EMPTY.replace(":8:1$", ":8:2$"), ""));
    // Werkzeug writes lowercase hex and compares the text.
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1.replace("aad0", "AAD0"), "secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1 + "00", "secret"));
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1.substring(0, 60), "secret"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"scrypt", "scrypt:16384:8:1", "scrypt:1024:4:2", "pbkdf2",
      "pbkdf2:sha1", "pbkdf2:sha224:1000", "pbkdf2:sha256:600000", "pbkdf2:sha384:1000",
      "pbkdf2:sha512:210000", "pbkdf2:SHA-256:1000"})
  void everyMethodRoundTrips(String method) {
    String hash = Passwords.generatePasswordHash("correct horse", method, 16);
    assertTrue(Passwords.checkPasswordHash(hash, "correct horse"), hash);
    assertFalse(Passwords.checkPasswordHash(hash, "correct horse battery"), hash);
  }

  @Test
  void theMethodIsWrittenWithEveryParameter() {
    assertTrue(Passwords.generatePasswordHash("x", "scrypt", 16).startsWith("scrypt:32768:8:1$"));
    assertTrue(Passwords.generatePasswordHash("x", "scrypt:01024:8:1", 16)
        .startsWith("scrypt:1024:8:1$"));
    assertTrue(Passwords.generatePasswordHash("x", "pbkdf2", 16)
        .startsWith("pbkdf2:sha256:1000000$"));
    assertTrue(Passwords.generatePasswordHash("x", "pbkdf2:sha512", 16)
        .startsWith("pbkdf2:sha512:1000000$"));
    // Werkzeug keeps the digest's name as it was given.
    assertTrue(Passwords.generatePasswordHash("x", "pbkdf2:SHA256:1000", 16)
        .startsWith("pbkdf2:SHA256:1000$"));
  }

  @Test
  void hashesOfOnePasswordDifferByTheirSalt() {
    String one = Passwords.generatePasswordHash("secret", "pbkdf2:sha256:1000", 16);
    String two = Passwords.generatePasswordHash("secret", "pbkdf2:sha256:1000", 16);
    assertNotEquals(one, two);
    assertTrue(Passwords.checkPasswordHash(one, "secret"));
    assertTrue(Passwords.checkPasswordHash(two, "secret"));
  }

  @Test
  void theSaltHasTheLengthAskedFor() {
    assertTrue(salt(Passwords.generatePasswordHash("s", "pbkdf2:sha1:1", 1))
        .matches("[A-Za-z0-9]"));
    assertTrue(salt(Passwords.generatePasswordHash("s", "pbkdf2:sha1:1", 40))
        .matches("[A-Za-z0-9]{40}"));
  }

  @Test
  void unicodePasswordsAreHashedAsUtf8() {
    String hash = Passwords.generatePasswordHash("Zoë 🍵 пароль", "pbkdf2:sha256:1000", 16);
    assertTrue(Passwords.checkPasswordHash(hash, "Zoë 🍵 пароль"));
    // "ë" composed differently is other bytes, as in Werkzeug: no normalisation.
    assertFalse(Passwords.checkPasswordHash(hash, "Zoe\u0308 🍵 пароль"));
  }

  @Test
  void aPasswordThatIsNotUnicodeIsRefused() {
    String lone = "abc\ud800";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Passwords.generatePasswordHash(lone));
    assertTrue(e.getMessage().contains("surrogate"), e.getMessage());
    assertFalse(Passwords.checkPasswordHash(WERKZEUG_SHA1, lone));
  }

  @Test
  void badMethodsAndSaltLengthsAreRefusedWithWerkzeugsReasons() {
    assertMessage("Invalid hash method 'sha256'", () -> Passwords.generatePasswordHash(
        "secret", "sha256", 16));
    assertMessage("'scrypt' takes 3 arguments", () -> Passwords.generatePasswordHash(
        "secret", "scrypt:16384:8", 16));
    assertMessage("'pbkdf2' takes 2 arguments", () -> Passwords.generatePasswordHash(
        "secret", "pbkdf2:sha256:1000:1", 16));
    assertMessage("Unsupported hash 'md5'", () -> Passwords.generatePasswordHash(
        "secret", "pbkdf2:md5:1000", 16));
    assertMessage("scrypt's N must be a power of 2", () -> Passwords.generatePasswordHash(
        "secret", "scrypt:1000:8:1", 16));
    assertMessage("must be a whole number, got '-1'", () -> Passwords.generatePasswordHash(
        "secret", "pbkdf2:sha256:-1", 16));
    assertMessage("Salt length must be at least 1", () -> Passwords.generatePasswordHash(
        "secret", "scrypt", 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "$", "$$", "secret", "scrypt", "scrypt$salt", "plain$$secret",
      "sha256$salt$2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b",
      "scrypt:$salt$00", "scrypt:16384:8$salt$00", "scrypt:16384:8:1:1$salt$00",
      "scrypt:+16384:8:1$salt$00", "scrypt: 16384:8:1$salt$00", "scrypt:16384:0:1$salt$00",
      "scrypt:16384:8:0$salt$00", "scrypt:16:1:1$salt$00", "scrypt:0:8:1$salt$00",
      "pbkdf2:$salt$00", "pbkdf2:md5:1000$salt$00", "pbkdf2:sha256:0$salt$00",
      "pbkdf2:sha256:1e3$salt$00", "pbkdf2:sha256:1000:7$salt$00", "pbkdf2:sha256:1$$00",
      "pbkdf2:sha1:1000$69sfoyJK8LuKyPPz$74084dc52b435975086b821bbc4e96bb1e40aadé"})
  void aMalformedHashIsFalseNotAnError(String hash) {
    assertFalse(Passwords.checkPasswordHash(hash, "secret"));
  }

  @Test
  void aNullHashIsFalse() {
    assertFalse(Passwords.checkPasswordHash(null, "secret"));
  }

  /** Werkzeug's bound: hashlib refuses maxmem = 132 * N * r * p over 2^31 - 1, before any work. */
  @ParameterizedTest
  @ValueSource(strings = {"scrypt:1099511627776:8:1", "scrypt:1073741824:8:1",
      "scrypt:1048576:16:1", "scrypt:16384:8:1000000000", "scrypt:16384:999999999999999999:1",
      "scrypt:576460752303423488:8:1", "scrypt:999999999999999999999:8:1",
      "pbkdf2:sha256:2147483647", "pbkdf2:sha512:10000001", "pbkdf2:sha256:99999999999999999999"})
  void absurdCostsAreRefusedAtOnce(String method) {
    // Refused when the method is read, before any hashing: no check of such a hash can hang.
    assertThrows(IllegalArgumentException.class, () -> HashMethod.parse(method));
    assertFalse(Passwords.checkPasswordHash(method + "$salt$00", "secret"));
    assertThrows(IllegalArgumentException.class,
        () -> Passwords.generatePasswordHash("secret", method, 16));
  }

  @Test
  void theLargestCostsWerkzeugAllowsAreAllowed() {
    // 132 * N * r * p at most 2^31 - 1: N = 2^20 with r = 15 (about 2 GiB), and no more.
    assertEquals(new Scrypt(1 << 20, 15, 1), HashMethod.parse("scrypt:1048576:15:1"));
    assertEquals(new Scrypt(1 << 14, 8, 124), HashMethod.parse("scrypt:16384:8:124"));
    assertThrows(IllegalArgumentException.class, () -> HashMethod.parse("scrypt:16384:8:125"));
    assertEquals(Pbkdf2.MAX_ITERATIONS,
        ((Pbkdf2) HashMethod.parse("pbkdf2:sha256:10000000")).iterations());
  }

  private static String salt(String hash) {
    return hash.split("\\$")[1];
  }

  private static void assertMessage(String expected, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
