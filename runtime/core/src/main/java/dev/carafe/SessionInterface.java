package dev.carafe;

/**
 * How sessions are kept, Flask's {@code SessionInterface}: read for a request, written onto its
 * response. The default keeps them in a cookie signed with {@code SECRET_KEY}, byte for byte as
 * Flask does, so Flask and Carafe applications behind one domain share their users' sessions. An
 * application that keeps sessions on the server (in a database, say) implements this: put an id
 * in a cookie in {@link #save}, and read the values back by that id in {@link #open}.
 */
public interface SessionInterface {
  /**
   * The session of {@code request}: the client's, a new empty one, or
   * {@link Session#unavailable} when sessions cannot work (no secret key, for one). Called the
   * first time the request uses its session.
   */
  Session open(Request request, App app);

  /**
   * The response with the session stored: called after the request's after-request hooks, when
   * the request used its session. It adds {@code Vary: Cookie} when the session was accessed,
   * and sets or deletes the cookie as the session's changes ask.
   */
  Response save(Session session, Request request, Response response, App app);
}
