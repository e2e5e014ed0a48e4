package blog;

import dev.carafe.AfterRequest;
import dev.carafe.Application;
import dev.carafe.BeforeRequest;
import dev.carafe.ErrorHandler;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.TeardownRequest;

/** An application with hooks and error handlers, and a blueprint in Admin. */
@Application
public class Blog {
  @BeforeRequest
  public Response gate(Request request) {
    return request.header("X-Block") != null ? Response.text("blocked").withStatus(403) : null;
  }

  @AfterRequest
  public Response stamp(Response response) {
    return response.withHeader("X-Blog", "1");
  }

  @TeardownRequest
  public void done(Request request, Throwable error) {}

  @ErrorHandler(status = 404)
  public String missing() {
    return "<h1>Nothing here</h1>";
  }

  @ErrorHandler(exception = IllegalStateException.class)
  public Response broken(IllegalStateException e) {
    return Response.text("broken: " + e.getMessage()).withStatus(503);
  }
}
