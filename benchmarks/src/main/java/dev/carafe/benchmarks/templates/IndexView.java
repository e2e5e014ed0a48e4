package dev.carafe.benchmarks.templates;

import io.jstach.jstache.JStache;
import java.util.ArrayList;
import java.util.List;

/**
 * The blog index for JStachio: the model of {@code templates/index.mustache}. Mustache has no
 * comparison and no call with arguments, so Flaskr's {@code g.user['id'] == post['author_id']}
 * and {@code url_for('blog.update', id=post['id'])} become methods of a row made per post: the
 * view model Mustache asks for.
 */
@JStache(path = "index")
public record IndexView(Ctx ctx, List<Post> posts) implements Layout {

  /** A post as the template reads it. */
  public record Row(Ctx ctx, Post post) {

    /** Flaskr's {@code g.user['id'] == post['author_id']}. */
    public boolean editable() {
      User user = ctx.user();
      return user != null && user.id() == post.authorId();
    }

    /** Flaskr's {@code url_for('blog.update', id=post['id'])}. */
    public String updateUrl() {
      return ctx.urlFor("blog.update", "id", post.id());
    }
  }

  /** {@code {{#rows}}}: the posts as rows, read once per rendering. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(posts.size());
    for (Post post : posts) {
      rows.add(new Row(ctx, post));
    }
    return rows;
  }
}
