package dev.carafe.internal.debug;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An exception and the exceptions chained to it (its causes, and what it suppressed), in the
 * order and with the words {@link Throwable#printStackTrace()} uses, each frame told apart as the
 * application's or not and, for the application's, with its source lines.
 */
final class Traceback {
  /** Lines shown before and after a frame's own line, as Werkzeug shows. */
  static final int CONTEXT_LINES = 5;
  /** A cycle of causes, or an absurdly long chain, ends here. */
  private static final int MOST_LINKS = 64;

  /** Packages whose frames are never the application's, whether or not their sources are found. */
  private static final List<String> LIBRARY_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.",
      "com.sun.", "io.undertow.", "org.xnio.", "org.jboss.", "org.eclipse.jetty.", "gg.jte.",
      "io.avaje.", "org.junit.", "org.apache.maven.");
  /** Carafe's own packages; an application may live under {@code dev.carafe} too, as Flaskr does. */
  private static final List<String> CARAFE_PACKAGES = List.of("dev.carafe.internal.",
      "dev.carafe.http.", "dev.carafe.routing.", "dev.carafe.middleware.", "dev.carafe.files.",
      "dev.carafe.build.", "dev.carafe.config.", "dev.carafe.gateway.", "dev.carafe.json.",
      "dev.carafe.server.", "dev.carafe.test.", "dev.carafe.launcher.", "dev.carafe.templates.",
      "dev.carafe.security.", "dev.carafe.junit.", "dev.carafe.processor.");

  private final Throwable error;
  private final List<Link> links;

  private Traceback(Throwable error, List<Link> links) {
    this.error = error;
    this.links = List.copyOf(links);
  }

  /**
   * One exception of the chain.
   *
   * @param relation how it is chained to the one before: {@code null} for the first,
   *     {@code Caused by} or {@code Suppressed}
   * @param depth how deep it is nested in suppressed exceptions, 0 for the first
   * @param type the exception's class name
   * @param message its message, or {@code null}
   * @param frames its frames, innermost first, without those it has in common with the
   *     exception it is chained to
   * @param inCommon how many frames it has in common with that exception
   */
  record Link(String relation, int depth, String type, String message, List<Frame> frames,
      int inCommon) {
    Link {
      frames = List.copyOf(frames);
    }

    /** The exception's first line, as the JVM prints it: {@code type: message}. */
    String headline() {
      return message == null ? type : type + ": " + message;
    }
  }

  /** The trace of {@code error}, its sources looked up under {@code roots}. */
  static Traceback of(Throwable error, SourceRoots roots) {
    List<Link> links = new ArrayList<>();
    boolean sourcesPresent = roots.present();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    add(links, error, null, 0, new StackTraceElement[0], roots, sourcesPresent, seen);
    return new Traceback(error, links);
  }

  private static void add(List<Link> links, Throwable error, String relation, int depth,
      StackTraceElement[] enclosing, SourceRoots roots, boolean sourcesPresent,
      Set<Throwable> seen) {
    if (links.size() >= MOST_LINKS || !seen.add(error)) {
      return;
    }
    StackTraceElement[] trace = error.getStackTrace();
    // The frames shared with the enclosing trace, counted from the outermost, as the JVM does.
    int mine = trace.length - 1;
    int theirs = enclosing.length - 1;
    while (mine >= 0 && theirs >= 0 && trace[mine].equals(enclosing[theirs])) {
      mine--;
      theirs--;
    }
    int inCommon = trace.length - 1 - mine;
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i <= mine; i++) {
      frames.add(frame(trace[i], roots, sourcesPresent));
    }
    links.add(new Link(relation, depth, error.getClass().getName(), error.getMessage(), frames,
        inCommon));
    for (Throwable suppressed : error.getSuppressed()) {
      add(links, suppressed, "Suppressed", depth + 1, trace, roots, sourcesPresent, seen);
    }
    if (error.getCause() != null) {
      add(links, error.getCause(), "Caused by", depth, trace, roots, sourcesPresent, seen);
    }
  }

  /**
   * A frame told apart: a library's by its package; else the application's when its source is
   * under the application's roots, generated when under the processor's (but the application's,
   * shown with the template's lines, for a jte template found beside the sources); else a
   * library's; and
   * when no source is at hand at all (a packaged application), the application's.
   */
  static Frame frame(StackTraceElement element, SourceRoots roots, boolean sourcesPresent) {
    if (isLibraryClass(element.getClassName())) {
      return new Frame(element, Frame.Kind.LIBRARY, null);
    }
    SourceRoots.SourceFile file = roots.find(element);
    if (file == null) {
      return new Frame(element, sourcesPresent ? Frame.Kind.LIBRARY : Frame.Kind.APPLICATION, null);
    }
    if (file.generated()) {
      // A template's generated class: the template is the application's code, shown as such.
      SourceExcerpt template = roots.template(file, element, CONTEXT_LINES);
      return template == null ? new Frame(element, Frame.Kind.GENERATED, null)
          : new Frame(element, Frame.Kind.APPLICATION, template);
    }
    return new Frame(element, Frame.Kind.APPLICATION,
        file.excerpt(element.getLineNumber(), CONTEXT_LINES));
  }

  /** Whether {@code className} is the JDK's, a server's, Carafe's or another known library's. */
  static boolean isLibraryClass(String className) {
    for (String prefix : LIBRARY_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    for (String prefix : CARAFE_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    // The root package dev.carafe holds the core's API (App, Request, ...), no subpackage.
    return className.startsWith("dev.carafe.") && className.indexOf('.', "dev.carafe.".length()) < 0;
  }

  /** The exception the trace starts from. */
  Throwable error() {
    return error;
  }

  /** The exception and those chained to it, in the order the JVM prints them. */
  List<Link> links() {
    return links;
  }

  /**
   * Where the application's code failed: its innermost frame in the last cause that has one (the
   * root cause is where it went wrong; the exceptions wrapping it were thrown on the way out), or
   * {@code null} when no frame is the application's.
   */
  Frame innermostApplicationFrame() {
    for (int i = links.size() - 1; i >= 0; i--) {
      if (links.get(i).depth() > 0) {
        continue;
      }
      for (Frame frame : links.get(i).frames()) {
        if (frame.isApplication()) {
          return frame;
        }
      }
    }
    return null;
  }

  /** The trace as {@link Throwable#printStackTrace()} prints it, which tools and IDEs read. */
  String text() {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
