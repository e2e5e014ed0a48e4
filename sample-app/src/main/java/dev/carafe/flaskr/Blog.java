package dev.carafe.flaskr;

import static dev.carafe.http.Abort.abort;

import dev.carafe.Blueprint;
import dev.carafe.Flash;
import dev.carafe.Get;
import dev.carafe.Page;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.Route;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flaskr's {@code blog.py}: every post on the index, and writing, editing and deleting one's own.
 */
@Blueprint(name = "blog")
public class Blog {
  private static final String POSTS = "SELECT p.id, title, body, created, author_id, username"
      + " FROM post p JOIN \"user\" u ON p.author_id = u.id";

  /** Shows all the posts, most recent first. */
  @Get("/")
  public Page index() throws SQLException {
    List<Post> posts = new ArrayList<>();
    try (PreparedStatement query = Db.get().prepareStatement(POSTS + " ORDER BY created DESC");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        posts.add(Post.of(rows));
      }
    }
    return FlaskrTemplates.blogIndex(posts);
  }

  /**
   * Flaskr's {@code get_post}: a post and its author by id.
   *
   * @param checkAuthor whether the current user must be its author
   * @throws dev.carafe.http.NotFound (404) when there is no such post
   * @throws dev.carafe.http.Forbidden (403) when the current user is not its author
   */
  static Post getPost(long id, boolean checkAuthor) throws SQLException {
    Post post = null;
    try (PreparedStatement query = Db.get().prepareStatement(POSTS + " WHERE p.id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          post = Post.of(rows);
        }
      }
    }
    if (post == null) {
      throw abort(404, "Post id " + id + " doesn't exist.");
    }
    if (checkAuthor && post.authorId() != Auth.user().id()) {
      throw abort(403);
    }
    return post;
  }

  /** Creates a new post for the current user. */
  @Route(value = "/create", methods = {"GET", "POST"})
  public Response create(Request request) throws SQLException {
    User user = Auth.loginRequired();
    if (request.method().equals("POST")) {
      String title = Auth.field(request, "title");
      String body = Auth.field(request, "body");
      if (title.isEmpty()) {
        Flash.flash("Title is required.");
      } else {
        try (PreparedStatement insert = Db.get().prepareStatement(
            "INSERT INTO post (title, body, author_id) VALUES (?, ?, ?)")) {
          insert.setString(1, title);
          insert.setString(2, body);
          insert.setLong(3, user.id());
          insert.executeUpdate();
        }
        return Response.redirect(FlaskrUrls.blogIndex());
      }
    }
    return Response.html(FlaskrTemplates.blogCreate(formOr(request, "title", ""),
        formOr(request, "body", "")));
  }

  /** Updates a post if the current user is its author. */
  @Route(value = "/<int:id>/update", methods = {"GET", "POST"})
  public Response update(int id, Request request) throws SQLException {
    Auth.loginRequired();
    Post post = getPost(id, true);
    if (request.method().equals("POST")) {
      String title = Auth.field(request, "title");
      String body = Auth.field(request, "body");
      if (title.isEmpty()) {
        Flash.flash("Title is required.");
      } else {
        try (PreparedStatement update = Db.get().prepareStatement(
            "UPDATE post SET title = ?, body = ? WHERE id = ?")) {
          update.setString(1, title);
          update.setString(2, body);
          update.setLong(3, id);
          update.executeUpdate();
        }
        return Response.redirect(FlaskrUrls.blogIndex());
      }
    }
    return Response.html(FlaskrTemplates.blogUpdate(post, formOr(request, "title", post.title()),
        formOr(request, "body", post.body())));
  }

  /** Deletes a post, once it is sure the post exists and the current user wrote it. */
  @Route(value = "/<int:id>/delete", methods = "POST")
  public Response delete(int id) throws SQLException {
    Auth.loginRequired();
    getPost(id, true);
    try (PreparedStatement delete = Db.get().prepareStatement("DELETE FROM post WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    return Response.redirect(FlaskrUrls.blogIndex());
  }

  /**
   * The form's value for {@code name} when it has one, else {@code fallback}: Jinja's
   * {@code request.form['title'] or post['title']}, which the form keeps after a failed post.
   */
  private static String formOr(Request request, String name, String fallback) {
    String value = request.method().equals("POST") ? request.form(name) : null;
    return value == null || value.isEmpty() ? fallback : value;
  }
}
