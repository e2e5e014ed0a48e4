package hello;

import dev.carafe.Get;

public class Pages {
  @Get("/")
  public String index() {
    return "<h1>Hello</h1>";
  }

  @Get("/user/<int:id>")
  public String user(int id) {
    return "user " + id;
  }
}
