package dev.carafe.flaskr;

import dev.carafe.AfterRequest;
import dev.carafe.BeforeRequest;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import java.util.UUID;

/**
 * Gives every request an id, kept in {@code g} for the code that handles it and sent back in the
 * {@code X-Request-Id} header. A client (or a proxy) may choose the id by sending that header.
 */
public class RequestIds {
  private static final String HEADER = "X-Request-Id";

  /** Takes the client's id, or makes one, before anything else runs. */
  @BeforeRequest
  public void assign(Request request) {
    String sent = request.header(HEADER);
    boolean usable = sent != null && sent.matches("[A-Za-z0-9._-]{1,64}");
    RequestContext.current().g().put("requestId", usable ? sent : UUID.randomUUID().toString());
  }

  /** Sends the id back. */
  @AfterRequest
  public Response echo(Response response) {
    return response.withHeader(HEADER, current());
  }

  /** The id of the request this thread is handling. */
  public static String current() {
    return RequestContext.current().g().get("requestId", String.class);
  }
}
