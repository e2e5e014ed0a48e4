package cafe;

import dev.carafe.Blocking;
import dev.carafe.Get;
import dev.carafe.NonBlocking;

/** Orders come from the database, but for their count, which is kept in memory. */
@Blocking
public class Orders {
  @Get("/orders/<int:id>")
  public String order(int id) {
    return "order " + id;
  }

  @NonBlocking
  @Get("/orders/count")
  public String count() {
    return "3";
  }
}
