package dev.carafe.internal.app;

import dev.carafe.RequestContext;
import dev.carafe.gateway.Body;
import dev.carafe.internal.lifecycle.Lifecycle;

/**
 * Keeps a request's context around its streamed body. The application returns before a stream is
 * written (the server writes it afterwards, maybe on another thread), so the context is taken off
 * the handler's thread when the application returns, put back on the writing thread while the
 * writer runs, and the teardown hooks run once the writer is done, with the exception that broke it
 * off if any. A body that is never written (a middleware dropped it) never tears down, as a WSGI
 * iterable that is never closed.
 */
final class StreamWithContext {
  private final RequestContext context;
  private final Lifecycle lifecycle;

  StreamWithContext(RequestContext context, Lifecycle lifecycle) {
    this.context = context;
    this.lifecycle = lifecycle;
  }

  Body wrap(Body.Stream stream) {
    Body.StreamWriter writer = stream.writer();
    return Body.stream(out -> {
      context.push();
      Throwable failure = null;
      try {
        writer.writeTo(out);
      } catch (Throwable e) {
        failure = e;
        throw e;
      } finally {
        try {
          lifecycle.teardown(context.request(), failure);
          context.request().close();
        } finally {
          context.pop();
        }
      }
    });
  }
}
