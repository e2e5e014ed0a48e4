package dev.carafe.corpus;

import static dev.carafe.http.Abort.abort;

import dev.carafe.Csrf;
import dev.carafe.Form;
import dev.carafe.Get;
import dev.carafe.Post;
import dev.carafe.Response;
import dev.carafe.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two users, each with private notes: a session login, a page of the logged-in user's notes, and a
 * form (checked for CSRF) that adds one. The corpus checks that no request shows one user's notes
 * to another.
 */
public class Accounts {
  private static final Map<String, String> PASSWORDS = Map.of("alice", "alice-pw", "bob", "bob-pw");
  private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

  /** Logs a user in: the session holds the name. */
  @Post("/login")
  public Response login(@Form String user, @Form String password, Session session) {
    if (!password.equals(PASSWORDS.get(user))) {
      throw abort(403, "Wrong user or password.");
    }
    session.clear();
    session.put("user", user);
    return Response.redirect("/notes");
  }

  /** The logged-in user's notes, and the CSRF token the notes form needs. */
  @Get("/notes")
  public Response notes(Session session) {
    String user = user(session);
    return Response.text("notes of " + user + ": " + notes.getOrDefault(user, List.of())
        + "\ncsrf: " + Csrf.token());
  }

  /** Adds a note to the logged-in user's notes. */
  @Post("/notes")
  public Response addNote(@Form String note, Session session) {
    String user = user(session);
    notes.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>()).add(note);
    return Response.redirect("/notes");
  }

  private static String user(Session session) {
    if (!(session.get("user") instanceof String user)) {
      throw abort(401, "Log in first.");
    }
    return user;
  }
}
