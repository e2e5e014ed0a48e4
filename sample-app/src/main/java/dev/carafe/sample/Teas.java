package dev.carafe.sample;

import static dev.carafe.http.Abort.abort;

import dev.carafe.Form;
import dev.carafe.Get;
import dev.carafe.Post;
import dev.carafe.Response;
import java.util.stream.Collectors;

/** The tea pages: the list with a form to add a tea, and one tea. */
public class Teas {
  private final Catalog catalog;

  /** Tea pages over {@code catalog}. */
  public Teas(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Lists the teas, each linked to its page, above a form to add one. */
  @Get("/teas")
  public String list() {
    String items = catalog.all().stream()
        .map(t -> "<li><a href=\"" + TeaShopUrls.tea(t.id()) + "\">" + Html.escape(t.name())
            + "</a></li>")
        .collect(Collectors.joining("\n"));
    return Html.page("Teas", "<h1>Our teas</h1>\n<ul>\n" + items + "\n</ul>\n"
        + "<form method=post action=\"" + TeaShopUrls.add() + "\">\n"
        + "<label>Name <input name=name required></label>\n"
        + "<label>Description <input name=description></label>\n"
        + "<button>Add</button>\n</form>");
  }

  /** One tea; the shop's 404 page when there is no tea with that number. */
  @Get("/teas/<int:id>")
  public String tea(int id) {
    Catalog.Tea tea = catalog.find(id)
        .orElseThrow(() -> abort(404, "No tea number " + id + " in the catalog."));
    return Html.page(tea.name(),
        "<h1>" + Html.escape(tea.name()) + "</h1>\n<p>" + Html.escape(tea.description()) + "</p>");
  }

  /** Adds the tea of the form, then sends the browser to its page (303, Post/Redirect/Get). */
  @Post("/teas")
  public Response add(@Form String name, @Form(defaultValue = "") String description) {
    if (name.isBlank()) {
      throw abort(400, "A tea needs a name.");
    }
    Catalog.Tea tea = catalog.add(name.strip(),
        description.isBlank() ? "Added by a customer." : description.strip());
    return Response.status(303).withHeader("Location", TeaShopUrls.tea(tea.id()));
  }
}
