package dev.carafe;

import dev.carafe.gateway.HttpStatus;
import dev.carafe.http.HttpException;
import dev.carafe.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default bodies of HTTP errors: Werkzeug's HTML page, or the same facts as JSON. */
final class ErrorBody {
  private static final String JSON = "application/json";
  /** Pages already rendered: the same few defaults (404, 405) are sent again and again. */
  private static final Map<PageKey, Response> PAGES =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Descriptions may carry what a client sent, so only so many pages are kept. */
  private static final int KEPT_PAGES = 64;

  private ErrorBody() {}

  /** Whether a request with this {@code Accept} wants JSON more than HTML; ties go to HTML. */
  static boolean prefersJson(String accept) {
    return accept != null
        && AcceptHeader.quality(accept, JSON) > AcceptHeader.quality(accept, "text/html");
  }

  /** The page Werkzeug renders, character for character: escaped, line breaks as {@code <br>}. */
  static Response html(HttpException error) {
    // A key of the parts rather than one string of them: a description is usually a constant,
    // whose hash code the string keeps, so the lookup neither copies nor hashes its text again.
    PageKey key = new PageKey(error.status(), error.name(), error.description());
    Response page = PAGES.get(key);
    if (page == null) {
      page = render(error);
      if (PAGES.size() < KEPT_PAGES) {
        PAGES.putIfAbsent(key, page);
      }
    }
    return page;
  }

  private static Response render(HttpException error) {
    return Response.html(HttpStatus.htmlPage(error.status(), error.name(), error.description()))
        .withStatus(error.status());
  }

  private record PageKey(int status, String name, String description) {}

  /** {@code {"code":404,"name":"Not Found","description":"..."}}. */
  static Response json(HttpException error) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", error.status());
    fields.put("name", error.name());
    fields.put("description", error.description());
    return Response.bytes(Json.standard().toBytes(fields))
        .withStatus(error.status())
        .withContentType(JSON);
  }

  /** MarkupSafe's escaping, which Werkzeug applies to the name and the description. */
}
