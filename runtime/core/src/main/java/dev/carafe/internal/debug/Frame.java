package dev.carafe.internal.debug;

/**
 * One frame of a trace as the debug page shows it.
 *
 * @param element the frame
 * @param kind whose code it runs
 * @param source the lines around it, or {@code null} when its source is not at hand or the
 *     frame is not the application's
 */
record Frame(StackTraceElement element, Kind kind, SourceExcerpt source) {
  /** Whose code a frame runs, which decides whether the page shows it open or folded. */
  enum Kind {
    /** The application's own code: shown open, with its source lines. */
    APPLICATION,
    /** Code the annotation processor generated for the application: folded. */
    GENERATED,
    /** Carafe's, the JDK's, a server's or another library's: folded. */
    LIBRARY
  }

  /** Whether the page shows this frame open. */
  boolean isApplication() {
    return kind == Kind.APPLICATION;
  }
}
