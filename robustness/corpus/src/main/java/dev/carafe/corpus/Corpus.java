package dev.carafe.corpus;

import dev.carafe.Application;
import dev.carafe.config.Config;
import java.util.List;

/**
 * The application the bad-input corpus is sent to: one route for each way a request reaches a
 * handler (path converters, query, form, JSON and multipart binding, redirects, cookies and
 * headers from user input, a session login, CSRF on a form, the static folder and files sent from
 * a directory, and a handler that throws), so that every hostile request has something to break.
 */
@Application(staticFolder = "static")
public class Corpus {
  /**
   * The configuration key naming the directory {@link Files} serves; the tests create it with a
   * secret file beside it.
   */
  public static final String FILES_DIR = "FILES_DIR";

  /** A fixed key: the corpus forges no sessions, and tests log in through the login route. */
  public Config config() {
    return Config.builder()
        .set(Config.SECRET_KEY, "corpus-secret-key-not-for-production")
        .set(Config.CSRF_ENABLED, true)
        // Only the notes form is checked: the other posts are the corpus's targets for bodies.
        .set(Config.CSRF_EXEMPT, List.of("login", "form", "json", "upload"))
        // Small limits, so that the corpus reaches them with small requests.
        .set(Config.MAX_CONTENT_LENGTH, 65_536L)
        .set(Config.MAX_FORM_MEMORY_SIZE, 16_384L)
        .set(Config.MAX_FORM_PARTS, 50)
        .set(FILES_DIR, "files")
        .build();
  }
}
