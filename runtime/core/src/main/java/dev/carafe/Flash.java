package dev.carafe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flask's message flashing: {@code flash} records a message for the user's next page, kept in
 * the session (under {@code _flashes}, as Flask keeps them, so either framework shows what the
 * other flashed); {@code messages} takes them out, once per request, so a message survives a
 * redirect and shows on the page after it.
 *
 * <pre>{@code
 * Flash.flash("You were logged in");
 * Flash.flash("Wrong password", "error");
 * for (Flash.Message m : Flash.messagesWithCategories()) { ... m.category() ... m.message() }
 * }</pre>
 */
public final class Flash {
  private static final String KEY = "_flashes";

  private Flash() {}

  /** A flashed message and its category ({@code message} unless given). */
  public record Message(String category, String message) {}

  /** Flashes {@code message} in the category {@code message}. */
  public static void flash(String message) {
    flash(message, "message");
  }

  /** Flashes {@code message} in {@code category}, for example {@code error} or {@code info}. */
  public static void flash(String message, String category) {
    Session session = RequestContext.current().session();
    List<Object> flashes = new ArrayList<>(stored(session.get(KEY)));
    flashes.add(List.of(category, message));
    session.put(KEY, flashes);
  }

  /** The flashed messages' texts, Flask's {@code get_flashed_messages()}. */
  public static List<String> messages(String... categories) {
    List<String> texts = new ArrayList<>();
    messagesWithCategories(categories).forEach(message -> texts.add(message.message()));
    return texts;
  }

  /**
   * The flashed messages with their categories, only those of {@code categories} when some are
   * given: Flask's {@code get_flashed_messages(with_categories=True, category_filter=...)}. The
   * first call of a request takes them out of the session; later calls of the same request see
   * the same messages.
   */
  public static List<Message> messagesWithCategories(String... categories) {
    RequestContext context = RequestContext.current();
    List<Message> flashes = context.flashes();
    if (flashes == null) {
      flashes = new ArrayList<>();
      Session session = context.session();
      Object stored = session.containsKey(KEY) ? session.remove(KEY) : null;
      for (Object item : stored(stored)) {
        if (item instanceof List<?> pair && pair.size() == 2) {
          flashes.add(new Message(String.valueOf(pair.get(0)), String.valueOf(pair.get(1))));
        }
      }
      context.flashes(flashes);
    }
    if (categories.length == 0) {
      return List.copyOf(flashes);
    }
    Set<String> wanted = Set.of(categories);
    return flashes.stream().filter(message -> wanted.contains(message.category())).toList();
  }

  private static List<?> stored(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }
}
