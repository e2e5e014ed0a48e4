package dev.carafe.files;

import dev.carafe.gateway.Headers;
import java.time.Instant;
import java.util.List;

/**
 * Werkzeug's {@code is_resource_modified}: whether a request's validators ({@code If-None-Match},
 * {@code If-Modified-Since}, {@code If-Match}, and {@code If-Range} when asked) say the client's
 * copy is out of date. Ported as written, order of checks included, because the order decides
 * the answer when a request carries several: an entity tag wins over a date, {@code If-Match}
 * over {@code If-None-Match}.
 */
final class Preconditions {
  private Preconditions() {}

  /**
   * Whether the resource counts as modified for {@code request}.
   *
   * @param request the request's headers
   * @param etag the response's {@code ETag} header, quoted, or {@code null}
   * @param lastModified the response's {@code Last-Modified}, or {@code null}
   * @param ignoreIfRange {@code false} to judge by {@code If-Range} (when there is a
   *     {@code Range}) rather than by {@code If-Modified-Since} and {@code If-None-Match}
   */
  public static boolean isModified(Headers request, String etag, Instant lastModified,
      boolean ignoreIfRange) {
    boolean unmodified = false;
    // HTTP dates have no fraction of a second; Werkzeug drops it before comparing.
    Instant modified = lastModified == null ? null : Instant.ofEpochSecond(lastModified.getEpochSecond());

    boolean ifRangeParsed = false;
    Instant ifRangeDate = null;
    String ifRangeTag = null;
    if (!ignoreIfRange && header(request, "Range") != null) {
      // RFC 7233 3.2: If-Range without Range is ignored.
      String value = header(request, "If-Range");
      if (value != null && !value.isEmpty()) {
        ifRangeParsed = true;
        ifRangeDate = HttpDate.parse(value);
        if (ifRangeDate == null) {
          ifRangeTag = EntityTags.unquote(value);
        }
      }
    }

    Instant since = ifRangeDate != null ? ifRangeDate : HttpDate.parse(header(request, "If-Modified-Since"));
    if (since != null && modified != null && !modified.isAfter(since)) {
      unmodified = true;
    }

    if (etag != null && !etag.isEmpty()) {
      String tag = EntityTags.unquote(etag);
      if (ifRangeParsed && ifRangeTag != null) {
        unmodified = EntityTags.parse(ifRangeTag).contains(tag);
      } else {
        EntityTags ifNoneMatch = EntityTags.parse(header(request, "If-None-Match"));
        if (ifNoneMatch.isPresent()) {
          // RFC 7232 3.2: If-None-Match compares weakly.
          unmodified = ifNoneMatch.containsWeak(tag);
        }
        EntityTags ifMatch = EntityTags.parse(header(request, "If-Match"));
        if (ifMatch.isPresent()) {
          // RFC 7232 3.1: If-Match compares strongly.
          unmodified = !ifMatch.isStrong(tag);
        }
      }
    }
    return !unmodified;
  }

  /**
   * A request header as a WSGI environ holds it: every field of the name joined with commas, as
   * Werkzeug's server joins them; {@code null} when absent.
   */
  static String header(Headers request, String name) {
    List<String> values = request.all(name);
    if (values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : String.join(",", values);
  }
}
