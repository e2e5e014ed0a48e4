package dev.carafe.templates;

import dev.carafe.Csrf;
import dev.carafe.Flash;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.RequestGlobals;
import dev.carafe.Session;
import dev.carafe.config.Config;
import java.util.List;

/**
 * What every template can call without an import, as Flask puts {@code url_for}, {@code request},
 * {@code session}, {@code g}, {@code config} and {@code get_flashed_messages} in every Jinja
 * template: Carafe's processor adds {@code import static dev.carafe.templates.TemplateGlobals.*;}
 * to each template it compiles.
 *
 * <pre>{@code
 * <a href="${urlFor("blog.update", "id", post.id())}">Edit</a>
 * <link rel="stylesheet" href="${urlFor("static", "filename", "style.css")}">
 * @if(session().containsKey("user_id")) <span>${g().get("user", User.class).name()}</span> @endif
 * @for(String message : flashedMessages()) <div class="flash">${message}</div> @endfor
 * <input type="hidden" name="csrf_token" value="${csrfToken()}">
 * }</pre>
 *
 * <p>Each reads the request being handled ({@link RequestContext#current()}), so a template is
 * rendered while a handler, a hook or an error handler runs; outside a request each throws
 * Flask's "Working outside of request context" error.
 */
public final class TemplateGlobals {
  private TemplateGlobals() {}

  /**
   * The URL of {@code endpoint}, Flask's {@code url_for}: the values as names and values in turn
   * ({@code urlFor("blog.update", "id", 7)}); rule variables go into the path, the others into the
   * query string. {@code urlFor("static", "filename", "style.css")} gives the file's fingerprinted
   * URL when the build saw it. See {@link dev.carafe.App#urlFor(String, java.util.Map)}.
   *
   * @throws dev.carafe.BuildError when there is no such endpoint or a value is missing or wrong
   */
  public static String urlFor(String endpoint, Object... namesAndValues) {
    return RequestContext.current().app().urlFor(endpoint, namesAndValues);
  }

  /** The request being handled, Flask's {@code request}. */
  public static Request request() {
    return RequestContext.current().request();
  }

  /** The user's session, Flask's {@code session}. */
  public static Session session() {
    return RequestContext.current().session();
  }

  /** The values kept for this request only, Flask's {@code g}. */
  public static RequestGlobals g() {
    return RequestContext.current().g();
  }

  /** The application's configuration, Flask's {@code config}. */
  public static Config config() {
    return RequestContext.current().app().config();
  }

  /**
   * The messages flashed to this user, Flask's {@code get_flashed_messages()}: taken out of the
   * session on the first call of a request; only those of {@code categories} when some are
   * given. See {@link Flash#messages(String...)}.
   */
  public static List<String> flashedMessages(String... categories) {
    return Flash.messages(categories);
  }

  /**
   * The flashed messages with their categories, Flask's
   * {@code get_flashed_messages(with_categories=True)}: {@code message.category()} and
   * {@code message.message()}.
   */
  public static List<Flash.Message> flashedMessagesWithCategories(String... categories) {
    return Flash.messagesWithCategories(categories);
  }

  /**
   * The session's CSRF token, Flask-WTF's {@code csrf_token()}, for the hidden field
   * {@code csrf_token} of a form that posts: see {@link Csrf}.
   */
  public static String csrfToken() {
    return Csrf.token();
  }
}
