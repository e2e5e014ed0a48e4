package blog;

import dev.carafe.Get;
import dev.carafe.Post;
import dev.carafe.Query;
import dev.carafe.Route;
import java.util.List;

public class Posts {
  public record Entry(int id, String title) {}

  @Route(value = "/posts/", defaults = "page=1")
  @Route("/posts/page/<int:page>")
  public List<Entry> list(int page) {
    return List.of(new Entry(page, "first"));
  }

  @Get("/posts/<int:id>")
  public Entry show(int id, @Query(defaultValue = "false") boolean preview) {
    return new Entry(id, preview ? "preview" : "post");
  }

  @Post("/posts/<int:id>/delete")
  public void delete(int id) {}
}
