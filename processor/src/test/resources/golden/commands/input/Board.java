package commands;

import dev.carafe.Get;

public class Board {
  @Get("/")
  public String index() {
    return "<h1>Tasks</h1>";
  }
}
