package dev.carafe.internal.debug;

import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Session;
import dev.carafe.UploadedFile;
import dev.carafe.gateway.Headers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the debug page says about the request that failed, read once with every credential
 * masked ({@link SensitiveNames}): the rows of its tables, in the order the page shows them.
 *
 * @param method the request method
 * @param path the path, without the query string
 * @param endpoint the matched endpoint ({@code blog.update}), or {@code null} when none matched
 * @param rule the matched rule ({@code /<int:id>/update}), or {@code null}
 * @param viewArgs the view arguments by name
 * @param query the query arguments, one row a value
 * @param headers the headers, one row a value
 * @param form the form's text fields, one row a value; empty unless the body is a form
 * @param files the form's files: field name and file name and size
 * @param session the session's keys, or a word on why there are none to show
 */
record RequestFacts(String method, String path, String endpoint, String rule, List<Row> viewArgs,
    List<Row> query, List<Row> headers, List<Row> form, List<Row> files, String session) {

  /** One name and its value as shown. */
  record Row(String name, String value) {}

  /** The facts of {@code request}, the one the current context handles. */
  static RequestFacts of(Request request) {
    List<Row> viewArgs = new ArrayList<>();
    request.viewArgs().forEach((name, value) -> viewArgs.add(new Row(name, String.valueOf(value))));
    List<Row> query = new ArrayList<>();
    safely(request::args).forEach((name, values) -> values.forEach(
        value -> query.add(new Row(name, masked(name, value)))));
    List<Row> headers = new ArrayList<>();
    Headers sent = request.headers();
    // By name: servers keep headers in their own order, rarely the order they came in.
    List<String> names = new ArrayList<>(sent.names());
    names.sort(String.CASE_INSENSITIVE_ORDER);
    for (String name : names) {
      for (String value : sent.all(name)) {
        headers.add(new Row(name, SensitiveNames.headerValue(name, value)));
      }
    }
    List<Row> form = new ArrayList<>();
    List<Row> files = new ArrayList<>();
    if (isForm(request.mimetype())) {
      safely(request::form).forEach((name, values) -> values.forEach(
          value -> form.add(new Row(name, masked(name, value)))));
      Map<String, List<UploadedFile>> uploads = safely(request::files);
      uploads.forEach((name, sentFiles) -> sentFiles.forEach(file -> files.add(
          new Row(name, file.filename() + " (" + file.contentType() + ", " + file.size()
              + " bytes)"))));
    }
    String rule = request.urlRule() == null ? null : request.urlRule().rule();
    return new RequestFacts(request.method(), request.path(), request.endpoint(), rule, viewArgs,
        query,
        headers, form, files, sessionKeys());
  }

  private static boolean isForm(String mimetype) {
    return mimetype.equals("application/x-www-form-urlencoded")
        || mimetype.equals("multipart/form-data");
  }

  private static String masked(String name, String value) {
    return SensitiveNames.isSensitive(name) ? SensitiveNames.MASK : value;
  }

  /**
   * A part of the request, or nothing: a body that is too large or malformed already failed the
   * request once, and the page about the first failure must not fail on it again.
   */
  private static <V> Map<String, V> safely(Supplier<Map<String, V>> part) {
    try {
      return part.get();
    } catch (RuntimeException e) {
      return new LinkedHashMap<>();
    }
  }

  /**
   * The session's keys (never its values, which hold what the application keeps from the user's
   * eyes), as far as the request opened it; the page does not open a session itself.
   */
  private static String sessionKeys() {
    if (!RequestContext.active()) {
      return "no request context";
    }
    Session session = RequestContext.current().openedSession();
    if (session == null) {
      return "not opened by the request";
    }
    if (session.isUnavailable()) {
      return "unavailable (no SECRET_KEY?)";
    }
    return session.isEmpty() ? "empty" : String.join(", ", session.keySet());
  }
}
