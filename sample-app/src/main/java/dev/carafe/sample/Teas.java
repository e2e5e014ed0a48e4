package dev.carafe.sample;

import dev.carafe.Get;
import dev.carafe.Post;
import dev.carafe.Request;
import dev.carafe.Response;
import java.util.stream.Collectors;

/** The tea pages: the list, one tea, and adding a tea. */
public class Teas {
  private final Catalog catalog;

  /** Tea pages over {@code catalog}. */
  public Teas(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Lists the teas, each linked to its page. */
  @Get("/teas")
  public String list() {
    String items = catalog.all().stream()
        .map(t -> "<li><a href=\"" + TeaShopUrls.tea(t.id()) + "\">" + Html.escape(t.name())
            + "</a></li>")
        .collect(Collectors.joining("\n"));
    return Html.page("Teas", "<h1>Our teas</h1>\n<ul>\n" + items + "\n</ul>");
  }

  /** One tea, or 404 when there is no tea with that number. */
  @Get("/teas/<int:id>")
  public Response tea(int id) {
    return catalog.find(id)
        .map(t -> Response.html(Html.page(t.name(),
            "<h1>" + Html.escape(t.name()) + "</h1>\n<p>" + Html.escape(t.description()) + "</p>")))
        .orElseGet(() -> Response.html(Html.page("No such tea", "<h1>No tea number " + id
            + "</h1>")).withStatus(404));
  }

  /** Adds the tea named in the body (plain text) and points to its page. */
  @Post("/teas")
  public Response add(Request request) {
    String name = request.text().strip();
    if (name.isEmpty()) {
      return Response.text("Send the tea's name as the request body.\n").withStatus(400);
    }
    Catalog.Tea tea = catalog.add(name, "Added by a customer.");
    return Response.html(Html.page("Added", "<p>Added " + Html.escape(tea.name()) + "</p>"))
        .withStatus(201)
        .withHeader("Location", TeaShopUrls.tea(tea.id()));
  }
}
