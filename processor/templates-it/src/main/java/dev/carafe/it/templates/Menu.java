package dev.carafe.it.templates;

import dev.carafe.ErrorHandler;
import dev.carafe.Get;
import dev.carafe.Page;
import dev.carafe.Query;
import dev.carafe.Request;
import dev.carafe.Response;
import java.util.List;

/** The menu, rendered from templates. */
public class Menu {
  private static final List<Tea> TEAS = List.of(new Tea(1, "Sencha"), new Tea(2, "Earl Grey <Special>"));

  @Get("/")
  public Page index(@Query(defaultValue = "") String q) {
    return TeahouseTemplates.index(q, TEAS);
  }

  @Get("/teas/<int:id>")
  public String tea(int id) {
    return TEAS.get(id - 1).name();
  }

  @ErrorHandler(status = 404)
  public Response notFound(Request request) {
    return Response.html(TeahouseTemplates.notFound(request.path())).withStatus(404);
  }
}
