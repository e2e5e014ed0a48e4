package dev.carafe.internal.routing;

import dev.carafe.Request;
import dev.carafe.Response;

/**
 * The answer of a rule declared with {@code redirectTo}: a permanent redirect (308, which keeps
 * the method and body) to the target path, under the same mount point and with the same query
 * string, as Werkzeug's {@code redirect_to}.
 */
public final class RuleRedirect {
  private RuleRedirect() {}

  /** The redirect of {@code request} to {@code path}, which starts with a single slash. */
  public static Response to(Request request, String path) {
    String query = request.environ().queryString();
    String location = request.environ().scriptName() + path + (query.isEmpty() ? "" : "?" + query);
    return Response.status(308).withHeader("Location", location);
  }
}
