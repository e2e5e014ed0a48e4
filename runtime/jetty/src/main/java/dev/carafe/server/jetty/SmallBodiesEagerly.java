package dev.carafe.server.jetty;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's retained-content loader for a body that fits the buffer, and none for one announced
 * larger, which goes to the handler at once: reading its first part before would spare no thread
 * (the client can send that part quickly and trickle the rest), and would keep a client that
 * announced more than the application takes waiting for the 413 it can be given before a byte of
 * the body is read (or, with {@code Expect: 100-continue}, send it a 100 it should not get).
 */
final class SmallBodiesEagerly implements EagerContentHandler.ContentLoaderFactory {
  private final long maxBytes;
  private final EagerContentHandler.ContentLoaderFactory retained;

  SmallBodiesEagerly(long maxBytes) {
    this.maxBytes = maxBytes;
    // -1: Jetty's default framing overhead; false: a larger body is passed on, not refused.
    this.retained = new EagerContentHandler.RetainedContentLoaderFactory(maxBytes, -1, false);
  }

  @Override
  public String getApplicableMimeType() {
    return retained.getApplicableMimeType();
  }

  @Override
  public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType,
      Handler handler, Request request, Response response, Callback callback) {
    // Null: no loader, and EagerContentHandler calls the handler straight away.
    return request.getLength() > maxBytes ? null
        : retained.newContentLoader(contentType, mimeType, handler, request, response, callback);
  }
}
