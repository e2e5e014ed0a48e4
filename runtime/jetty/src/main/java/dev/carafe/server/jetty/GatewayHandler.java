package dev.carafe.server.jetty;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves one Jetty request through the gateway: builds the environ, calls the gateway, holds it
 * to the contract and writes the body. A failure is logged and answered 500 (or the connection
 * aborted, once the response is on its way); the server goes on serving.
 *
 * <p>Declared non-blocking, Jetty may call it on the thread that read the request. A request
 * without a body for which the gateway says it never blocks ({@link Gateway#mayBlock}) is answered
 * right there; any other request, and the writing of a stream or a file, are handed to
 * {@code blocking} (the pool, or a virtual thread each).
 */
final class GatewayHandler extends Handler.Abstract {
  private static final System.Logger LOG = System.getLogger(GatewayHandler.class.getName());

  private final Gateway gateway;
  private final Executor blocking;
  private final Executor requestThreads;
  private final long writeTimeoutMillis;

  /**
   * @param blocking where requests that may block run, and streams and files are written
   * @param requestThreads the thread-per-request executor requests run on, or {@code null} for
   *     Jetty's pool
   * @param writeTimeout how long the response may wait on the client once it is being sent
   */
  GatewayHandler(Gateway gateway, Executor blocking, Executor requestThreads,
      Duration writeTimeout) {
    super(InvocationType.NON_BLOCKING);
    this.gateway = gateway;
    this.blocking = blocking;
    this.requestThreads = requestThreads;
    this.writeTimeoutMillis = writeTimeout.toMillis();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (hasBody(request)) {
      // Reading the body could wait on the client.
      blocking.execute(() -> serve(request, response, callback,
          RequestEnviron.of(request, Request.asInputStream(request), requestThreads), false));
      return true;
    }
    Environ environ = RequestEnviron.of(request, InputStream.nullInputStream(), requestThreads);
    if (mayBlock(environ, request)) {
      blocking.execute(() -> serve(request, response, callback, environ, false));
    } else {
      serve(request, response, callback, environ, true);
    }
    return true;
  }

  /** The gateway's answer; one that fails to answer is taken to block, and logged. */
  private boolean mayBlock(Environ environ, Request request) {
    try {
      return gateway.mayBlock(environ);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "Gateway.mayBlock failed on " + where(request)
          + "; the request goes to a request thread", e);
      return true;
    }
  }

  private static boolean hasBody(Request request) {
    return request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > 0
        || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  /**
   * Calls the gateway and sends what it returns; {@code inline} when on a thread that must not
   * block, where only bytes are written here and a stream or a file is handed off.
   */
  private void serve(Request request, Response response, Callback callback, Environ environ,
      boolean inline) {
    ResponseStartResponse startResponse = new ResponseStartResponse(response);
    Body body;
    try {
      body = gateway.call(environ, startResponse);
    } catch (Exception | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "Exception on " + where(request), e);
      ServerErrorPage.answerOrAbort(response, callback, e);
      return;
    } finally {
      startResponse.close();
    }
    if (!startResponse.started() || body == null) {
      String broken = "Gateway contract broken on " + where(request) + ": the gateway "
          + (startResponse.started() ? "returned a null body" : "returned without calling"
          + " StartResponse") + "; it must call StartResponse once and return a Body";
      LOG.log(Level.ERROR, broken);
      ServerErrorPage.answerOrAbort(response, callback, new IllegalStateException(broken));
      return;
    }
    RequestTimeouts.writing(request, writeTimeoutMillis);
    if (body instanceof Body.Stream || body instanceof Body.FileRegion) {
      if (inline) {
        blocking.execute(() -> send(request, response, callback, body));
      } else {
        send(request, response, callback, body);
      }
    } else {
      // Bytes are written without waiting for them to go out, on any thread: Jetty completes
      // the exchange when they have, and this thread is free for the next request meanwhile.
      BodyWriter.sendAsync(request, response, body,
          Callback.from(callback.getInvocationType(), callback::succeeded, e -> {
            LOG.log(Level.WARNING, "Could not send the response to " + where(request) + ": " + e);
            callback.failed(e);
          }));
    }
  }

  private static void send(Request request, Response response, Callback callback, Body body) {
    try {
      BodyWriter.send(request, response, body);
      callback.succeeded();
    } catch (IOException e) {
      // Most often the client went away; nothing more can be said to it.
      LOG.log(Level.WARNING, "Could not send the response to " + where(request) + ": " + e);
      ServerErrorPage.answerOrAbort(response, callback, e);
    } catch (Exception | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "Exception on " + where(request), e);
      ServerErrorPage.answerOrAbort(response, callback, e);
    }
  }

  /** The request as Flask names it in its log: {@code /path [METHOD]}. */
  private static String where(Request request) {
    return request.getHttpURI().getPath() + " [" + request.getMethod() + "]";
  }
}
