package blog;

import dev.carafe.Blueprint;
import dev.carafe.BeforeRequest;
import dev.carafe.Get;
import dev.carafe.Request;

@Blueprint(name = "admin", urlPrefix = "/admin")
public class Admin {
  @BeforeRequest
  public void audit(Request request) {}

  @Get("/")
  public String index() {
    return "admin";
  }

  @Get("/users/<name>")
  public String user(String name) {
    return "user " + name;
  }
}
