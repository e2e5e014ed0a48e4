package dev.carafe.server.jetty;

import dev.carafe.gateway.HeaderList;
import dev.carafe.server.OnceStartResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Response;

/**
 * The {@link dev.carafe.gateway.StartResponse} the Jetty adapter hands to the gateway: sets the
 * status and copies the headers onto Jetty's response, once ({@link OnceStartResponse}).
 */
final class ResponseStartResponse extends OnceStartResponse {
  private final Response response;

  ResponseStartResponse(Response response) {
    this.response = response;
  }

  @Override
  protected void apply(int status, HeaderList headers) {
    response.setStatus(status);
    HttpFields.Mutable target = response.getHeaders();
    for (int i = 0; i < headers.size(); i++) {
      target.add(headers.name(i), headers.value(i));
    }
  }
}
