package dev.carafe.internal.debug;

import dev.carafe.AcceptHeader;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.config.Config;
import dev.carafe.http.InternalServerError;
import dev.carafe.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an unhandled exception in debug mode: a 500 with the exception chain, its frames
 * and the request, in the form the client prefers.
 *
 * <ul>
 *   <li>HTML ({@link DebugHtml}) when the {@code Accept} header ranks {@code text/html} above
 *       {@code text/plain}, as every browser's does;
 *   <li>JSON, the default error body's fields and the trace, when it ranks
 *       {@code application/json} above both;
 *   <li>else text: the trace as the JVM prints it, then the request. Unlike Werkzeug, which
 *       sends its page to everyone, a client that names no preference ({@code curl}'s
 *       {@code *}{@code /*}, Java's {@code HttpClient}, a script) is read in a terminal or a log,
 *       where a page of markup hides the trace it carries.
 * </ul>
 *
 * <p>None of the forms runs code or lets the client run any: there is no console, no script and
 * no form, and the HTML page comes with a {@code Content-Security-Policy} that allows its own
 * style sheet and nothing else. Never cached.
 */
public final class DebugPage {
  private DebugPage() {}

  /**
   * The answer to {@code error}, thrown while {@code request} was handled by an app so configured.
   * Never throws: should the page itself fail, the answer is the trace as text, and the page's
   * failure is added to it as suppressed.
   */
  public static Response answer(Throwable error, Request request, Config config) {
    try {
      return page(error, request, config);
    } catch (RuntimeException | StackOverflowError failure) {
      StringWriter text = new StringWriter();
      printed(text, error);
      text.append("\nThe debug page failed too:\n");
      printed(text, failure);
      return Response.text(text.toString()).withStatus(500).withHeader("Cache-Control", "no-store");
    }
  }

  /** The trace of {@code error}, or its class's name when even printing it fails. */
  private static void printed(StringWriter text, Throwable error) {
    StringWriter trace = new StringWriter();
    try {
      error.printStackTrace(new PrintWriter(trace));
      text.append(trace.toString());
    } catch (RuntimeException e) {
      text.append(error.getClass().getName()).append(" (its trace cannot be printed)\n");
    }
  }

  private static Response page(Throwable error, Request request, Config config) {
    Traceback trace = Traceback.of(error, SourceRoots.of(config));
    String accept = request.header("Accept");
    double html = AcceptHeader.quality(accept, "text/html");
    double text = AcceptHeader.quality(accept, "text/plain");
    double json = AcceptHeader.quality(accept, "application/json");
    Response response;
    if (json > html && json > text) {
      response = json(trace);
    } else if (html > text) {
      response = Response.html(DebugHtml.render(trace, RequestFacts.of(request)))
          .withHeader("Content-Security-Policy", DebugHtml.CONTENT_SECURITY_POLICY);
    } else {
      response = Response.text(text(trace, RequestFacts.of(request)));
    }
    return response.withStatus(500).withHeader("Cache-Control", "no-store")
        .withHeader("X-Content-Type-Options", "nosniff");
  }

  /** The trace as the JVM prints it, then the request, masked as on the page. */
  static String text(Traceback trace, RequestFacts request) {
    StringBuilder out = new StringBuilder(trace.text());
    out.append("\nRequest: ").append(request.method()).append(' ').append(request.path())
        .append('\n');
    if (request.endpoint() != null) {
      out.append("Endpoint: ").append(request.endpoint()).append(" (rule ")
          .append(request.rule()).append(")\n");
    }
    section(out, "View arguments", request.viewArgs());
    section(out, "Query arguments", request.query());
    section(out, "Headers", request.headers());
    section(out, "Form", request.form());
    section(out, "Files", request.files());
    out.append("Session keys: ").append(request.session()).append('\n');
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<RequestFacts.Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append(title).append(":\n");
    for (RequestFacts.Row row : rows) {
      out.append("  ").append(row.name()).append(": ").append(row.value()).append('\n');
    }
  }

  /** The default JSON error body's fields, then the exception's first line and the trace. */
  private static Response json(Traceback trace) {
    InternalServerError error = new InternalServerError(trace.error());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", error.status());
    fields.put("name", error.name());
    fields.put("description", error.description());
    fields.put("exception", trace.links().get(0).headline());
    fields.put("traceback", trace.text());
    return Response.bytes(Json.standard().toBytes(fields)).withContentType(Response.JSON);
  }
}
