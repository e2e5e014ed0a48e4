package cafe;

import dev.carafe.BeforeRequest;
import dev.carafe.Blocking;
import dev.carafe.Blueprint;
import dev.carafe.Get;
import dev.carafe.Request;

/** A blueprint whose hook looks the cook up in the database: its pages run on a worker. */
@Blueprint(name = "kitchen", urlPrefix = "/kitchen")
public class Kitchen {
  @Blocking
  @BeforeRequest
  public void loadCook(Request request) {}

  @Get("/")
  public String board() {
    return "board";
  }
}
