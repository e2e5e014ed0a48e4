package dev.carafe.http;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;
import java.util.List;

/**
 * 405 Method Not Allowed: the path exists but does not answer the request's method. The response
 * carries {@code Allow} with the methods that would have been accepted, as HTTP requires; the
 * application raises this for a path whose rules accept other methods only.
 */
public class MethodNotAllowed extends HttpException {
  private static final long serialVersionUID = 1L;

  private final List<String> allowed;

  /**
   * The error for a resource that accepts {@code allowed}, with the default description.
   *
   * @param allowed the methods the resource accepts, as listed in {@code Allow}; may be empty
   */
  public MethodNotAllowed(List<String> allowed) {
    this(allowed, HttpStatus.METHOD_NOT_ALLOWED.description());
  }

  /** The error for a resource that accepts {@code allowed}, with {@code description}. */
  public MethodNotAllowed(List<String> allowed, String description) {
    super(HttpStatus.METHOD_NOT_ALLOWED, description);
    this.allowed = List.copyOf(allowed);
  }

  /** The methods the resource accepts. */
  public List<String> allowed() {
    return allowed;
  }

  /** {@code Allow} with the accepted methods, unless none were given. */
  @Override
  public HeaderList headers() {
    return allowed.isEmpty() ? HeaderList.empty() : HeaderList.of("Allow", String.join(", ", allowed));
  }
}
