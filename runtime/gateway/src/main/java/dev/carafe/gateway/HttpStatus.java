package dev.carafe.gateway;

/**
 * The HTTP error statuses, each with its reason phrase and Werkzeug's description: the one table
 * that the application's HTTP errors ({@code dev.carafe.http}), {@code abort}, Carafe's
 * annotation processor and the servers' own error pages all read.
 *
 * <p>The constants are named after the error classes of {@code dev.carafe.http}
 * ({@link #NOT_FOUND} for {@code NotFound}), as Werkzeug names its exceptions.
 */
public enum HttpStatus {
  BAD_REQUEST(400, "Bad Request",
      "The browser (or proxy) sent a request that this server could not understand."),
  UNAUTHORIZED(401, "Unauthorized",
      "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required."),
  PAYMENT_REQUIRED(402, "Payment Required",
      "Payment is required to access the requested resource."),
  FORBIDDEN(403, "Forbidden",
      "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server."),
  NOT_FOUND(404, "Not Found",
      "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."),
  METHOD_NOT_ALLOWED(405, "Method Not Allowed",
      "The method is not allowed for the requested URL."),
  NOT_ACCEPTABLE(406, "Not Acceptable",
      "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request."),
  PROXY_AUTHENTICATION_REQUIRED(407, "Proxy Authentication Required",
      "The client must first authenticate itself with the proxy."),
  REQUEST_TIMEOUT(408, "Request Timeout",
      "The server closed the network connection because the browser didn't finish the request within the specified time."),
  CONFLICT(409, "Conflict",
      "A conflict happened while processing the request. The resource might have been modified while the request was being processed."),
  GONE(410, "Gone",
      "The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page."),
  LENGTH_REQUIRED(411, "Length Required",
      "A request with this method requires a valid <code>Content-Length</code> header."),
  PRECONDITION_FAILED(412, "Precondition Failed",
      "The precondition on the request for the URL failed positive evaluation."),
  REQUEST_ENTITY_TOO_LARGE(413, "Request Entity Too Large",
      "The data value transmitted exceeds the capacity limit."),
  REQUEST_URI_TOO_LARGE(414, "Request-URI Too Long",
      "The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed."),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type",
      "The server does not support the media type transmitted in the request."),
  REQUESTED_RANGE_NOT_SATISFIABLE(416, "Requested Range Not Satisfiable",
      "The server cannot provide the requested range."),
  EXPECTATION_FAILED(417, "Expectation Failed",
      "The server could not meet the requirements of the Expect header"),
  IM_A_TEAPOT(418, "I'm a Teapot",
      "This server is a teapot, not a coffee machine"),
  MISDIRECTED_REQUEST(421, "Misdirected Request",
      "The server is not able to produce a response."),
  UNPROCESSABLE_ENTITY(422, "Unprocessable Entity",
      "The request was well-formed but was unable to be followed due to semantic errors."),
  LOCKED(423, "Locked",
      "The resource that is being accessed is locked."),
  FAILED_DEPENDENCY(424, "Failed Dependency",
      "The method could not be performed on the resource because the requested action depended on another action and that action failed."),
  TOO_EARLY(425, "Too Early",
      "The server is unwilling to risk processing a request that might be replayed."),
  UPGRADE_REQUIRED(426, "Upgrade Required",
      "The server refuses to perform the request using the current protocol. Please switch to the protocol named in the Upgrade header."),
  PRECONDITION_REQUIRED(428, "Precondition Required",
      "This request is required to be conditional; try using \\\"If-Match\\\" or \\\"If-Unmodified-Since\\\"."),
  TOO_MANY_REQUESTS(429, "Too Many Requests",
      "This user has exceeded an allotted request count. Try again later."),
  REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request Header Fields Too Large",
      "One or more header fields exceeds the maximum size."),
  UNAVAILABLE_FOR_LEGAL_REASONS(451, "Unavailable For Legal Reasons",
      "Unavailable for legal reasons."),
  INTERNAL_SERVER_ERROR(500, "Internal Server Error",
      "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application."),
  NOT_IMPLEMENTED(501, "Not Implemented",
      "The server does not support the action requested by the browser."),
  BAD_GATEWAY(502, "Bad Gateway",
      "The proxy server received an invalid response from an upstream server."),
  SERVICE_UNAVAILABLE(503, "Service Unavailable",
      "The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later."),
  GATEWAY_TIMEOUT(504, "Gateway Timeout",
      "The connection to an upstream server timed out."),
  HTTP_VERSION_NOT_SUPPORTED(505, "HTTP Version Not Supported",
      "The server does not support the HTTP protocol version used in the request.");

  private final int code;
  private final String reason;
  private final String description;

  HttpStatus(int code, String reason, String description) {
    this.code = code;
    this.reason = reason;
    this.description = description;
  }

  /** The status code, 400 to 505. */
  public int code() {
    return code;
  }

  /** The reason phrase, as Werkzeug gives it ({@code Not Found}). */
  public String reason() {
    return reason;
  }

  /** Werkzeug's description, the body of the default error page. */
  public String description() {
    return description;
  }

  /**
   * The error status of {@code code}.
   *
   * @throws IllegalArgumentException when {@code code} is no error status of this table
   */
  public static HttpStatus of(int code) {
    HttpStatus status = orNull(code);
    if (status == null) {
      throw new IllegalArgumentException("There is no HTTP error for status " + code
          + "; the errors are 400 to 418, 421 to 426, 428, 429, 431, 451 and 500 to 505");
    }
    return status;
  }

  /** The error status of {@code code}, or {@code null} when the table has none. */
  public static HttpStatus orNull(int code) {
    for (HttpStatus status : VALUES) {
      if (status.code == code) {
        return status;
      }
    }
    return null;
  }

  private static final HttpStatus[] VALUES = values();

  /**
   * The HTML page of an error, as Werkzeug renders one: title, heading and description, the
   * reason and the description HTML-escaped. Servers send it when the application could not
   * answer; the application sends it for an error no handler answered.
   */
  public static String htmlPage(int code, String reason, String description) {
    String name = escape(reason);
    return "<!doctype html>\n<html lang=en>\n<title>" + code + " " + name
        + "</title>\n<h1>" + name + "</h1>\n<p>"
        + escape(description).replace("\n", "<br>") + "</p>\n";
  }

  /** This status's page with its default description; see {@link #htmlPage(int, String, String)}. */
  public String htmlPage() {
    return htmlPage(code, reason, description);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&#34;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }
}
