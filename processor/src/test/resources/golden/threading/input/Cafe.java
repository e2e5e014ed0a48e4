package cafe;

import dev.carafe.AfterRequest;
import dev.carafe.Application;
import dev.carafe.ErrorHandler;
import dev.carafe.NonBlocking;
import dev.carafe.Response;

/** An application whose code never blocks, but for what says otherwise. */
@Application
@NonBlocking
public class Cafe {
  @AfterRequest
  public Response stamp(Response response) {
    return response.withHeader("X-Cafe", "1");
  }

  @ErrorHandler(status = 404)
  public String missing() {
    return "<h1>No such dish</h1>";
  }
}
