package pages;

import dev.carafe.Get;
import dev.carafe.Page;
import java.util.List;

public class Menu {
  @Get("/")
  public Page index() {
    return CafeTemplates.index(List.of("Sencha", "Assam"));
  }

  @Get("/login")
  public Page login() {
    return CafeTemplates.authLogin(null);
  }
}
