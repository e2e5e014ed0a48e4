package dev.carafe.flaskr;

import static dev.carafe.http.Abort.abort;

import dev.carafe.BeforeRequest;
import dev.carafe.Blueprint;
import dev.carafe.ErrorHandler;
import dev.carafe.Get;
import dev.carafe.JsonBody;
import dev.carafe.Post;
import dev.carafe.Query;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.http.HttpException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The posts as JSON under {@code /api}, what Flaskr lacks and a real site adds: reading is open;
 * writing needs the site's API key ({@code API_KEY}, {@code CARAFE_API_KEY} in the environment)
 * in the {@code X-Api-Key} header. Its errors are JSON too, with the request's id.
 */
@Blueprint(name = "api", urlPrefix = "/api")
public class Api {
  /** The configuration key of the API key; without one, nothing can be written through the API. */
  public static final String API_KEY = "API_KEY";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  /** Only clients with the key may write: anything but a read is 401 without it. */
  @BeforeRequest
  public void requireKeyToWrite(Request request) {
    if (!READS.contains(request.method()) && !hasKey(request.header("X-Api-Key"))) {
      throw abort(401, "Send the site's API key in the X-Api-Key header.");
    }
  }

  /** Compares in constant time, so that the time taken tells a client nothing about the key. */
  private static boolean hasKey(String sent) {
    Optional<String> key = RequestContext.current().app().config().find(API_KEY);
    return sent != null && key.isPresent() && !key.get().isEmpty() && MessageDigest.isEqual(
        key.get().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The posts, most recent first, a page of {@code perPage} at a time. Posts written in the same
   * second (SQLite keeps whole seconds) come newest id first, so that the pages neither repeat nor
   * skip a post.
   */
  @Get("/posts")
  public List<PostJson> list(@Query(defaultValue = "1") int page,
      @Query(defaultValue = "20") int perPage) throws SQLException {
    if (page < 1 || perPage < 1 || perPage > 100) {
      throw abort(400, "page counts from 1, perPage from 1 to 100.");
    }
    List<PostJson> posts = new ArrayList<>();
    try (PreparedStatement query = Db.get().prepareStatement(
        "SELECT p.id, title, body, created, author_id, username FROM post p"
            + " JOIN \"user\" u ON p.author_id = u.id ORDER BY created DESC, p.id DESC"
            + " LIMIT ? OFFSET ?")) {
      query.setInt(1, perPage);
      query.setLong(2, (long) (page - 1) * perPage);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          posts.add(PostJson.of(dev.carafe.flaskr.Post.of(rows)));
        }
      }
    }
    return posts;
  }

  /** One post; a missing one is a 404. */
  @Get("/posts/<int:id>")
  public PostJson post(int id) throws SQLException {
    return PostJson.of(Blog.getPost(id, false));
  }

  /** Writes a post as its author, named in the JSON, and answers 201 with it and its address. */
  @Post("/posts")
  public Response create(@JsonBody NewPost post) throws SQLException {
    if (post.title() == null || post.title().isBlank()) {
      throw abort(400, "A post needs a title.");
    }
    long author = authorId(post.author());
    long id;
    try (PreparedStatement insert = Db.get().prepareStatement(
        "INSERT INTO post (title, body, author_id) VALUES (?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, post.title().strip());
      insert.setString(2, post.body() == null ? "" : post.body());
      insert.setLong(3, author);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    return Response.json(PostJson.of(Blog.getPost(id, false)))
        .withStatus(201)
        .withHeader("Location", FlaskrUrls.apiPost((int) id));
  }

  private static long authorId(String username) throws SQLException {
    try (PreparedStatement query = Db.get().prepareStatement(
        "SELECT id FROM \"user\" WHERE username = ?")) {
      query.setString(1, username == null ? "" : username);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw abort(400, "No user '" + username + "' to write as.");
        }
        return rows.getLong(1);
      }
    }
  }

  /**
   * The API's errors, its unknown paths among them, as JSON whatever the client accepts, with the
   * error's status.
   */
  @ErrorHandler(status = {400, 401, 404, 415})
  public ApiError error(HttpException error) {
    return new ApiError(error.status(), error.name(), error.description(), RequestIds.current());
  }

  /**
   * A post as the API sends it.
   *
   * @param id its key
   * @param title its title
   * @param body its text
   * @param created when it was written, ISO 8601 with the seconds always, such as
   *     {@code 2018-01-01T00:00:00}
   * @param author its author's name
   */
  public record PostJson(long id, String title, String body, String created, String author) {
    static PostJson of(dev.carafe.flaskr.Post post) {
      return new PostJson(post.id(), post.title(), post.body(),
          post.created().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), post.username());
    }
  }

  /**
   * A post to write through the API.
   *
   * @param title its title, required
   * @param body its text
   * @param author the name of the user it is written as
   */
  public record NewPost(String title, String body, String author) {}

  /**
   * An error as the API answers it, with the request's id to quote when reporting it.
   *
   * @param status the HTTP status
   * @param error the status's reason phrase, for example {@code Not Found}
   * @param message what went wrong
   * @param requestId the id of the request, as in its {@code X-Request-Id} header
   */
  public record ApiError(int status, String error, String message, String requestId) {}
}
