package dev.carafe.processor.model;

import java.util.Map;

/**
 * The runtime's HTTP error classes by status, as Werkzeug names them: a handler for one of them
 * is filed under its status, as Flask files a handler for {@code NotFound} under 404.
 */
public final class HttpStatuses {
  private static final Map<Integer, String> CLASSES = Map.ofEntries(
      Map.entry(400, "BadRequest"), Map.entry(401, "Unauthorized"), Map.entry(402, "PaymentRequired"),
      Map.entry(403, "Forbidden"), Map.entry(404, "NotFound"), Map.entry(405, "MethodNotAllowed"),
      Map.entry(406, "NotAcceptable"), Map.entry(407, "ProxyAuthenticationRequired"),
      Map.entry(408, "RequestTimeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
      Map.entry(411, "LengthRequired"), Map.entry(412, "PreconditionFailed"),
      Map.entry(413, "RequestEntityTooLarge"), Map.entry(414, "RequestUriTooLarge"),
      Map.entry(415, "UnsupportedMediaType"), Map.entry(416, "RequestedRangeNotSatisfiable"),
      Map.entry(417, "ExpectationFailed"), Map.entry(418, "ImATeapot"),
      Map.entry(421, "MisdirectedRequest"), Map.entry(422, "UnprocessableEntity"),
      Map.entry(423, "Locked"), Map.entry(424, "FailedDependency"), Map.entry(425, "TooEarly"),
      Map.entry(426, "UpgradeRequired"), Map.entry(428, "PreconditionRequired"),
      Map.entry(429, "TooManyRequests"), Map.entry(431, "RequestHeaderFieldsTooLarge"),
      Map.entry(451, "UnavailableForLegalReasons"), Map.entry(500, "InternalServerError"),
      Map.entry(501, "NotImplemented"), Map.entry(502, "BadGateway"),
      Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"),
      Map.entry(505, "HttpVersionNotSupported"));

  private HttpStatuses() {}

  /** The qualified name of the class for {@code status}, or {@code null}. */
  public static String classOf(int status) {
    String name = CLASSES.get(status);
    return name == null ? null : Names.HTTP_ERRORS + "." + name;
  }

  /** The status of a runtime HTTP error class, or 0 for any other class. */
  public static int statusOf(String qualifiedName) {
    for (Map.Entry<Integer, String> entry : CLASSES.entrySet()) {
      if (qualifiedName.equals(Names.HTTP_ERRORS + "." + entry.getValue())) {
        return entry.getKey();
      }
    }
    return 0;
  }
}
