package dev.carafe.server.jetty;

import java.time.Duration;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's one timeout, the connection's idle timeout, made into three: the read timeout while a
 * request is read, the write timeout once its response is being sent ({@link #writing}), and the
 * connector's idle timeout again between requests. (Jetty 12.1's {@code IdleTimeoutHandler} no
 * longer does anything.)
 */
final class RequestTimeouts extends Handler.Wrapper {
  private final long readTimeoutMillis;
  private final long idleTimeoutMillis;

  RequestTimeouts(Handler next, Duration readTimeout, Duration idleTimeout) {
    super(next);
    this.readTimeoutMillis = readTimeout.toMillis();
    this.idleTimeoutMillis = idleTimeout.toMillis();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    endPoint.setIdleTimeout(readTimeoutMillis);
    Callback restoring = Callback.from(callback, () -> endPoint.setIdleTimeout(idleTimeoutMillis));
    if (super.handle(request, response, restoring)) {
      return true;
    }
    endPoint.setIdleTimeout(idleTimeoutMillis);
    return false;
  }

  /** Gives the connection of {@code request} the write timeout, as its response starts. */
  static void writing(Request request, long writeTimeoutMillis) {
    request.getConnectionMetaData().getConnection().getEndPoint()
        .setIdleTimeout(writeTimeoutMillis);
  }
}
