package cafe;

import dev.carafe.Get;

/** Constant pages, non-blocking as the application says. */
public class Menu {
  @Get("/")
  public String index() {
    return "menu";
  }

  @Get("/health")
  public String health() {
    return "ok";
  }
}
