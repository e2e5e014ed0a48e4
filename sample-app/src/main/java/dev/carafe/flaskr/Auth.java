package dev.carafe.flaskr;

import static dev.carafe.http.Abort.abort;

import dev.carafe.BeforeRequest;
import dev.carafe.Blueprint;
import dev.carafe.Flash;
import dev.carafe.Get;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.ResponseException;
import dev.carafe.Route;
import dev.carafe.Session;
import dev.carafe.security.Passwords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Flaskr's {@code auth.py}: registering, logging in and out, the logged-in user of each request,
 * and {@link #loginRequired()}, its {@code login_required}.
 */
@Blueprint(name = "auth", urlPrefix = "/auth")
public class Auth {
  /**
   * Flask's {@code login_required}: the logged-in user, or the request ends with a redirect to
   * the login page. Java has no decorators; a view calls this first.
   */
  public static User loginRequired() {
    User user = user();
    if (user == null) {
      throw new ResponseException(Response.redirect(FlaskrUrls.authLogin()));
    }
    return user;
  }

  /** Flask's {@code g.user}: the logged-in user, or {@code null}. */
  public static User user() {
    return RequestContext.current().g().get("user", User.class);
  }

  /**
   * Flask's {@code load_logged_in_user}, before every request of the application: the user whose
   * id the session keeps, loaded from the database into {@code g.user}.
   */
  @BeforeRequest(appWide = true)
  public void loadLoggedInUser(Session session) throws SQLException {
    Object userId = session.get("user_id");
    if (userId instanceof Number) {
      try (PreparedStatement query = Db.get().prepareStatement("SELECT * FROM \"user\" WHERE id = ?")) {
        query.setLong(1, ((Number) userId).longValue());
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            RequestContext.current().g().put("user", User.of(rows));
          }
        }
      }
    }
  }

  /**
   * Registers a new user: the name must be free; the password is kept as Werkzeug's hash.
   */
  @Route(value = "/register", methods = {"GET", "POST"})
  public Response register(Request request) throws SQLException {
    if (request.method().equals("POST")) {
      String username = field(request, "username");
      String password = field(request, "password");
      Connection db = Db.get();
      String error = null;
      if (username.isEmpty()) {
        error = "Username is required.";
      } else if (password.isEmpty()) {
        error = "Password is required.";
      }
      if (error == null) {
        try (PreparedStatement insert = db.prepareStatement(
            "INSERT INTO \"user\" (username, password) VALUES (?, ?)")) {
          insert.setString(1, username);
          insert.setString(2, Passwords.generatePasswordHash(password));
          insert.executeUpdate();
          // Success, go to the login page.
          return Response.redirect(FlaskrUrls.authLogin());
        } catch (SQLException e) {
          if (!Sql.isIntegrityError(e)) {
            throw e;
          }
          // The username was already taken. Show a validation error.
          error = "User " + username + " is already registered.";
        }
      }
      Flash.flash(error);
    }
    return Response.html(FlaskrTemplates.authRegister());
  }

  /** Logs a registered user in by keeping the user's id in a new session. */
  @Route(value = "/login", methods = {"GET", "POST"})
  public Response login(Request request, Session session) throws SQLException {
    if (request.method().equals("POST")) {
      String username = field(request, "username");
      String password = field(request, "password");
      String error = null;
      User user = null;
      try (PreparedStatement query = Db.get().prepareStatement(
          "SELECT * FROM \"user\" WHERE username = ?")) {
        query.setString(1, username);
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            user = User.of(rows);
          }
        }
      }
      if (user == null) {
        error = "Incorrect username.";
      } else if (!Passwords.checkPasswordHash(user.password(), password)) {
        error = "Incorrect password.";
      }
      if (error == null) {
        // Keep the user id in a new session and go to the index.
        session.clear();
        session.put("user_id", user.id());
        return Response.redirect(FlaskrUrls.index());
      }
      Flash.flash(error);
    }
    return Response.html(FlaskrTemplates.authLogin());
  }

  /** Clears the session, the stored user id with it. */
  @Get("/logout")
  public Response logout(Session session) {
    session.clear();
    return Response.redirect(FlaskrUrls.index());
  }

  /** Flask's {@code request.form[name]}: a form without the field is a 400. */
  static String field(Request request, String name) {
    String value = request.form(name);
    if (value == null) {
      throw abort(400, "The form has no '" + name + "' field.");
    }
    return value;
  }
}
