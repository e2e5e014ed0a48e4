package dev.carafe.files;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Headers;
import dev.carafe.http.RequestedRangeNotSatisfiable;
import java.time.Instant;
import java.util.List;

/**
 * Werkzeug's {@code Response.make_conditional(environ, accept_ranges=True, complete_length=...)}
 * for a {@link Representation}: the answer to a {@code GET} or {@code HEAD} that may carry
 * validators and a range. Any other method gets the whole representation, untouched.
 *
 * <ul>
 *   <li>{@code Accept-Ranges: bytes} on every {@code GET} and {@code HEAD} answer;
 *   <li>a {@code Range} is honoured while {@code If-Range} (a tag or a date) still matches, and
 *       the length is not 0: 206 with {@code Content-Range}; one that cannot be read or
 *       satisfied (several ranges among them) throws {@link RequestedRangeNotSatisfiable}, 416
 *       with {@code Content-Range: bytes *}{@code /LEN};
 *   <li>otherwise, when {@link Preconditions#isModified} says the client's copy is current: 412
 *       if the request had {@code If-Match} (the whole body kept, as Werkzeug keeps it and tests
 *       that it does), else 304 without a body and without the body's headers
 *       ({@code Content-Type}, {@code Content-Length}, {@code Last-Modified}...), as Werkzeug
 *       strips a 304's.
 * </ul>
 *
 * <p>The server adds {@code Date}, so this does not. The answer is an {@link Answer}, not a
 * {@code dev.carafe.Response}, so that this package needs nothing of the core it serves
 * ({@code Response.of(answer.status(), answer.headers(), answer.body())} makes one).
 */
final class Conditional {
  /** Werkzeug's {@code _entity_headers} less {@code Expires} and {@code Content-Location}. */
  private static final List<String> BODY_HEADERS = List.of("Allow", "Content-Encoding",
      "Content-Language", "Content-Length", "Content-MD5", "Content-Range", "Content-Type",
      "Last-Modified");

  private Conditional() {}

  /**
   * An answer: what {@code Response.of(status, headers, body)} takes.
   *
   * @param status 200, 206, 304 or 412
   * @param headers its headers
   * @param body its body: the representation's, a range of it, or empty for a 304
   */
  public record Answer(int status, HeaderList headers, Body body) {
    /** The first value of header {@code name}, or {@code null}. */
    public String header(String name) {
      return headers.first(name);
    }

    Answer withStatus(int status) {
      return new Answer(status, headers, body);
    }
  }

  /**
   * The whole representation, 200, with {@code headers} (caching, disposition, encoding) after
   * its own: {@code Content-Type}, {@code Content-Length}, {@code Last-Modified}, {@code ETag}.
   */
  public static Answer whole(Representation representation, HeaderList headers) {
    HeaderList all = HeaderList.of("Content-Type", representation.contentType(),
        "Content-Length", Long.toString(representation.length()));
    if (representation.lastModified().isPresent()) {
      all = all.with("Last-Modified", HttpDate.format(representation.lastModified().get()));
    }
    if (representation.etag().isPresent()) {
      all = all.with("ETag", representation.etag().get());
    }
    for (int i = 0; i < headers.size(); i++) {
      all = all.with(headers.name(i), headers.value(i));
    }
    return new Answer(200, all, representation.body(0, representation.length()));
  }

  /**
   * The answer to {@code method} with {@code request}'s headers: 200, 206, 304 or 412.
   *
   * @throws RequestedRangeNotSatisfiable for a range that cannot be read or satisfied
   */
  public static Answer answer(String method, Headers request, Representation representation,
      HeaderList headers) {
    Answer response = whole(representation, headers);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return response;
    }
    response = new Answer(200, response.headers().withOnly("Accept-Ranges", "bytes"),
        response.body());
    long length = representation.length();
    String etag = representation.etag().orElse(null);
    // Compared as Werkzeug compares them: from the headers, so in whole seconds.
    Instant modified = representation.lastModified().orElse(null);

    Answer ranged = length == 0 ? null : ranged(request, representation, response, etag, modified);
    if (ranged != null) {
      return ranged;
    }
    if (!Preconditions.isModified(request, etag, modified, true)) {
      if (EntityTags.parse(Preconditions.header(request, "If-Match")).isPresent()) {
        return response.withStatus(412);
      }
      return withoutBody(response.withStatus(304));
    }
    return response;
  }

  /** Werkzeug's {@code _process_range_request}: the 206, or {@code null} when no range applies. */
  private static Answer ranged(Headers request, Representation representation,
      Answer response, String etag, Instant modified) {
    String rangeValue = Preconditions.header(request, "Range");
    if (rangeValue == null) {
      return null;
    }
    boolean stillMatches = Preconditions.header(request, "If-Range") == null
        || !Preconditions.isModified(request, etag, modified, false);
    if (!stillMatches) {
      return null;
    }
    long length = representation.length();
    RangeHeader range = RangeHeader.parse(rangeValue);
    long[] span = range == null ? null : range.rangeFor(length);
    if (span == null) {
      throw new RequestedRangeNotSatisfiable(length);
    }
    long count = span[1] - span[0];
    return new Answer(206, response.headers()
            .withOnly("Content-Length", Long.toString(count))
            .withOnly("Content-Range", range.contentRange(span, length)),
        representation.body(span[0], count));
  }

  private static Answer withoutBody(Answer response) {
    HeaderList headers = response.headers();
    for (String name : BODY_HEADERS) {
      headers = headers.without(name);
    }
    return new Answer(response.status(), headers, Body.empty());
  }
}
