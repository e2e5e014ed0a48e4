package dev.carafe.processor;

/**
 * What kind of thread runs the caller, as a served application's endpoints and hooks report it:
 * {@code io} for the server's thread that read the request (Undertow's I/O threads, named
 * {@code XNIO-1 I/O-N}; Jetty's selector running the handler itself, in its execution strategy's
 * produce-consume mode), {@code virtual}, or {@code worker}. Public: the compiled test
 * applications call it.
 */
public final class ThreadKind {
  private ThreadKind() {}

  /** The kind of the current thread. */
  public static String now() {
    Thread thread = Thread.currentThread();
    if (thread.toString().startsWith("VirtualThread")) {
      return "virtual";
    }
    boolean jettySelector = StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
        frame.getClassName().equals("org.eclipse.jetty.util.thread.strategy.AdaptiveExecutionStrategy")
            && frame.getMethodName().equals("pcRunTask")));
    return thread.getName().contains(" I/O-") || jettySelector ? "io" : "worker";
  }
}
