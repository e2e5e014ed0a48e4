package dev.carafe.internal.routing;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What a {@link DispatchTable} answers for one request. */
public sealed interface RouteMatch
    permits RouteMatch.Found, RouteMatch.NotFound, RouteMatch.MethodNotAllowed, RouteMatch.Redirect,
    RouteMatch.ControlCharacter {

  /** No rule matches the path. */
  static RouteMatch notFound() {
    return NotFound.INSTANCE;
  }

  /**
   * The answer for a path that holds a control character once percent-decoded ({@code %00},
   * {@code %0A}, {@code %7F}): no rule is tried, as no URL an application builds has one, and a
   * NUL or a line break passed on to a handler (a file name, a log line) is trouble.
   */
  static RouteMatch controlCharacter() {
    return ControlCharacter.INSTANCE;
  }

  /** Whether {@code path} holds a control character: C0, or DEL. */
  static boolean hasControlCharacter(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * A rule matched: the endpoint to call, with as many variables in the caller's bounds as its
   * rule has. One per endpoint, made once ({@link Endpoint#found()}).
   *
   * @param endpoint the endpoint
   */
  record Found(Endpoint endpoint) implements RouteMatch {
    /** Checks the field. */
    public Found {
      Objects.requireNonNull(endpoint, "endpoint");
    }
  }

  /** No rule matches the path. */
  final class NotFound implements RouteMatch {
    private static final NotFound INSTANCE = new NotFound();

    private NotFound() {}

    @Override
    public String toString() {
      return "NotFound";
    }
  }

  /**
   * Rules match the path, but none for the request's method.
   *
   * @param methods the methods that would have matched, {@code HEAD} and {@code OPTIONS} included
   * @param allow the value of the {@code Allow} header
   */
  record MethodNotAllowed(Set<String> methods, String allow) implements RouteMatch {
    /** Answers for the given methods, with {@code Allow} listing them in order. */
    public static MethodNotAllowed of(Set<String> methods) {
      Set<String> sorted = new TreeSet<>(methods);
      return new MethodNotAllowed(Set.copyOf(sorted), String.join(", ", sorted));
    }

    /** The answer when rules of both this and {@code other} matched the path. */
    public MethodNotAllowed merge(MethodNotAllowed other) {
      if (other == null || other.methods.equals(methods)) {
        return this;
      }
      Set<String> union = new TreeSet<>(methods);
      union.addAll(other.methods);
      return of(union);
    }
  }

  /**
   * The request should go to another URL: a permanent redirect that keeps the method (308).
   *
   * @param location the path to send the client to, always on this site
   */
  record Redirect(String location) implements RouteMatch {
    /** Checks that the location is a local path. */
    public Redirect {
      if (!isLocal(location)) {
        throw new IllegalArgumentException("A redirect must stay on this site: " + location);
      }
    }

    /**
     * A redirect to {@code location}, or {@code null} when it would leave the site: a path that
     * starts with {@code //} is read by browsers as another host.
     */
    public static Redirect ifLocal(String location) {
      return isLocal(location) ? new Redirect(Segments.location(location)) : null;
    }

    private static boolean isLocal(String location) {
      return location.startsWith("/") && !location.startsWith("//")
          && !location.startsWith("/\\");
    }
  }

  /** The path holds a control character: see {@link #controlCharacter()}. */
  final class ControlCharacter implements RouteMatch {
    private static final ControlCharacter INSTANCE = new ControlCharacter();

    private ControlCharacter() {}

    @Override
    public String toString() {
      return "ControlCharacter";
    }
  }
}
