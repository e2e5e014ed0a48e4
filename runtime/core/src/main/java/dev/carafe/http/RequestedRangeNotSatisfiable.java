package dev.carafe.http;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;

/**
 * 416 Requested Range Not Satisfiable: the {@code Range} asked for lies outside the resource.
 * Made with the resource's length, it answers with {@code Content-Range: bytes *}{@code /LENGTH},
 * as Werkzeug's {@code RequestedRangeNotSatisfiable(length)} does, so the client learns the size.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestedRangeNotSatisfiable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The length for {@code Content-Range}, or -1 for none. */
  private final long length;

  /** The error with the default description. */
  public RequestedRangeNotSatisfiable() {
    this(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestedRangeNotSatisfiable(String description) {
    super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, description);
    this.length = -1;
  }

  /**
   * The error for a resource of {@code length} bytes, with the default description and
   * {@code Content-Range: bytes *}{@code /length}.
   */
  public RequestedRangeNotSatisfiable(long length) {
    super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
        HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.description());
    if (length < 0) {
      throw new IllegalArgumentException("A resource's length is not negative, got " + length);
    }
    this.length = length;
  }

  /** The resource's length it was made with, or -1 when none was given. */
  public long length() {
    return length;
  }

  /** {@code Content-Range: bytes *}{@code /length} when made with a length. */
  @Override
  public HeaderList headers() {
    return length < 0 ? HeaderList.empty() : HeaderList.of("Content-Range", "bytes */" + length);
  }
}
