package dev.carafe.internal.lifecycle;

import dev.carafe.http.HttpException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The error handlers of one scope (the application, or one blueprint), and the choice among them
 * for one exception: among handlers that match, the one registered for the most derived class
 * wins, as Flask walks the exception's class hierarchy from the class itself upwards. A handler
 * registered for a status alone counts as the least specific of that status.
 */
final class ErrorHandlers {
  /**
   * One registration.
   *
   * @param status the status it is for, or 0 for a handler by exception class only
   * @param matches whether an exception is of the handler's class ({@code e instanceof X})
   * @param depth how many classes lie between {@code Throwable} and the handler's class
   * @param hook the handler
   */
  private record Entry(int status, Predicate<Throwable> matches, int depth, ErrorHook hook) {}

  private final List<Entry> entries;

  ErrorHandlers() {
    this(new ArrayList<>());
  }

  private ErrorHandlers(List<Entry> entries) {
    this.entries = entries;
  }

  /** An unmodifiable copy. */
  ErrorHandlers frozen() {
    return new ErrorHandlers(List.copyOf(entries));
  }

  void add(int status, Predicate<Throwable> matches, int depth, ErrorHook hook) {
    entries.add(new Entry(status, matches, depth, hook));
  }

  /** The handler for {@code error} among those of {@code status}, or {@code null}. */
  ErrorHook forStatus(int status, HttpException error) {
    return best(status, error);
  }

  /** The handler for {@code error} among those registered by class only, or {@code null}. */
  ErrorHook forClass(Throwable error) {
    return best(0, error);
  }

  private ErrorHook best(int status, Throwable error) {
    Entry best = null;
    for (Entry entry : entries) {
      // Strictly deeper only: of two handlers for the same class the first registered wins.
      if (entry.status == status && (best == null || entry.depth > best.depth)
          && entry.matches.test(error)) {
        best = entry;
      }
    }
    return best == null ? null : best.hook;
  }
}
