package dev.carafe.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A cookie as the {@link TestClient} sees it, with its attributes, like the {@code Cookie} of
 * Werkzeug's test client: read from a response's {@code Set-Cookie} header by
 * {@link TestResponse#cookies()}, or held in the client's jar and listed by
 * {@link TestClient#cookies()}.
 *
 * <p>An attribute the header did not give is {@code null} ({@code false} for the flags), with one
 * exception: a cookie in the jar always has the path it is kept for, its {@code Path} or else the
 * default path taken from the request that set it. The value is kept as the server sent it,
 * quotes included, since that is what a browser sends back.
 *
 * @param name the cookie's name
 * @param value the cookie's value, as sent
 * @param path the {@code Path} attribute
 * @param domain the {@code Domain} attribute, lower case and without a leading dot
 * @param expires the {@code Expires} attribute
 * @param maxAge the {@code Max-Age} attribute, in whole seconds
 * @param secure whether the cookie is {@code Secure}, sent only over https
 * @param httpOnly whether the cookie is {@code HttpOnly}
 * @param sameSite the {@code SameSite} attribute as written ({@code Strict}, {@code Lax} or
 *     {@code None})
 */
public record TestCookie(String name, String value, String path, String domain, Instant expires,
    Duration maxAge, boolean secure, boolean httpOnly, String sameSite) {

  /** Checks that the cookie has a name and a value. */
  public TestCookie {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** This cookie kept for {@code path}. */
  TestCookie withPath(String path) {
    return new TestCookie(name, value, path, domain, expires, maxAge, secure, httpOnly, sameSite);
  }
}
