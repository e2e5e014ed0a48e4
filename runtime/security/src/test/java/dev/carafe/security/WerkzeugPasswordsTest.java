package dev.carafe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Carafe against the real Werkzeug 3.1 in {@code python3}: hashes either one makes check in the
 * other, for every method, and both refuse the same parameters. Skipped where Werkzeug 3.1 is
 * not importable.
 */
class WerkzeugPasswordsTest {
  /** {@code null}: no method given, Werkzeug's default (Flaskr's usage). */
  private static final List<String> METHODS = java.util.Arrays.asList(null, "scrypt",
      "scrypt:16384:8:1", "scrypt:1024:4:2", "scrypt:16:1:10", "pbkdf2", "pbkdf2:sha1",
      "pbkdf2:sha224:1000", "pbkdf2:sha256:600000", "pbkdf2:sha384:1000", "pbkdf2:sha512:210000",
      "pbkdf2:SHA256:1000", "pbkdf2:sha-512:1000");
  /** Each method hashes the first; the cheap methods all of them. */
  private static final List<String> PASSWORDS =
      List.of("pässwörd 🔑", "secret", "", "Zoë 🍵 пароль", "a$b:c", "x".repeat(200));
  private static final List<String> CHEAP_METHODS = List.of("scrypt:16:1:10", "pbkdf2:SHA256:1000");

  @BeforeAll
  static void werkzeug() {
    assumeTrue(WerkzeugProcess.available(), "Werkzeug 3.1 is not importable by python3");
  }

  @Test
  void hashesWerkzeugMakesCheckInCarafe() {
    List<Map<String, Object>> cases = new ArrayList<>();
    for (String method : METHODS) {
      for (String password : passwords(method)) {
        Map<String, Object> request = new HashMap<>();
        request.put("password", password);
        if (method != null) {
          request.put("method", method);
        }
        cases.add(request);
      }
    }
    List<?> hashes = WerkzeugProcess.generate(cases);
    for (int i = 0; i < cases.size(); i++) {
      String hash = (String) hashes.get(i);
      String password = (String) cases.get(i).get("password");
      assertTrue(Passwords.checkPasswordHash(hash, password), hash);
      assertFalse(Passwords.checkPasswordHash(hash, password + "!"), hash);
    }
  }

  @Test
  void hashesCarafeMakesCheckInWerkzeug() {
    List<Map<String, Object>> cases = new ArrayList<>();
    for (String method : METHODS) {
      for (String password : passwords(method)) {
        String hash = method == null ? Passwords.generatePasswordHash(password)
            : Passwords.generatePasswordHash(password, method, 16);
        cases.add(Map.of("hash", hash, "password", password));
        cases.add(Map.of("hash", hash, "password", password + "!"));
      }
    }
    List<?> answers = WerkzeugProcess.check(cases);
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(i % 2 == 0, answers.get(i), cases.get(i).toString());
    }
  }

  private static List<String> passwords(String method) {
    return method != null && CHEAP_METHODS.contains(method) ? PASSWORDS : PASSWORDS.subList(0, 1);
  }

  @Test
  void saltLengthsAgree() {
    List<Map<String, Object>> cases = new ArrayList<>();
    for (int length : new int[] {1, 8, 64}) {
      String hash = Passwords.generatePasswordHash("secret", "pbkdf2:sha256:1000", length);
      assertEquals(length, hash.split("\\$")[1].length(), hash);
      cases.add(Map.of("hash", hash, "password", "secret"));
    }
    assertEquals(List.of(true, true, true), WerkzeugProcess.check(cases));
  }

  /**
   * Which parameters Werkzeug (hashlib, OpenSSL) refuses, among cheap ones and ones over
   * hashlib's 2 GiB {@code maxmem}: Carafe refuses the same, and checks the others.
   */
  @Test
  void bothRefuseTheSameParameters() {
    List<String> methods = List.of("scrypt:16:1:1", "scrypt:16:1:10", "scrypt:32:1:1",
        "scrypt:2:1:4", "scrypt:2:1:3", "scrypt:4:1:2", "scrypt:32768:1:1", "scrypt:65536:1:1",
        "scrypt:65536:2:1", "scrypt:1000:8:1", "scrypt:16384:0:1", "scrypt:16384:8:0",
        "scrypt:1:8:1", "scrypt:16384:8:125", "scrypt:1048576:16:1", "scrypt:1073741824:8:1",
        "scrypt:1099511627776:8:1", "scrypt:16384:8:1000000000", "pbkdf2:sha256:0",
        "pbkdf2:sha256:1", "pbkdf2:nosuchhash:1", "scrypt:1:2", "pbkdf2:sha1:1:1", "bcrypt");
    List<Map<String, Object>> cases = new ArrayList<>();
    for (String method : methods) {
      cases.add(Map.of("password", "secret", "method", method));
    }
    List<?> answers = WerkzeugProcess.generate(cases);
    for (int i = 0; i < methods.size(); i++) {
      boolean werkzeugRefuses = answers.get(i) instanceof Map;
      boolean carafeRefuses;
      try {
        Passwords.generatePasswordHash("secret", methods.get(i), 16);
        carafeRefuses = false;
      } catch (IllegalArgumentException e) {
        carafeRefuses = true;
      }
      assertEquals(werkzeugRefuses, carafeRefuses, methods.get(i) + ": Werkzeug " + answers.get(i));
    }
  }
}
