package slugs;

import dev.carafe.Get;

public class Pages {
  @Get("/wiki/<slug:title>")
  public String page(String title) {
    return title;
  }

  @Get("/wiki/<slug:title>/history")
  public String history(String title) {
    return "history of " + title;
  }

  @Get("/wiki/<string:title>.txt")
  public String text(String title) {
    return title;
  }
}
