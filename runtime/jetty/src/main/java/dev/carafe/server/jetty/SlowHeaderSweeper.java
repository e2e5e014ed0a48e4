package dev.carafe.server.jetty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes the connections whose request headers have been arriving for longer than the read
 * timeout: a slowloris client, which sends a byte now and then so that Jetty's idle timeout never
 * fires, holds its connection no longer. Every half read timeout it looks at each connection's
 * parser; one seen in the middle of the same request's headers a read timeout ago is closed.
 */
final class SlowHeaderSweeper extends AbstractLifeCycle {
  private final AbstractConnector connector;
  private final long readTimeoutMillis;
  /** The connections seen mid-headers: which request (by count) and since when. */
  private Map<EndPoint, Seen> midHeaders = new HashMap<>();
  private Scheduler.Task next;

  SlowHeaderSweeper(AbstractConnector connector, Duration readTimeout) {
    this.connector = connector;
    this.readTimeoutMillis = readTimeout.toMillis();
  }

  @Override
  protected void doStart() {
    schedule();
  }

  @Override
  protected synchronized void doStop() {
    if (next != null) {
      next.cancel();
    }
  }

  private synchronized void schedule() {
    if (isRunning() || isStarting()) {
      next = connector.getScheduler().schedule(this::sweep,
          Math.max(1, readTimeoutMillis / 2), TimeUnit.MILLISECONDS);
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    Map<EndPoint, Seen> stillMidHeaders = new HashMap<>();
    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
      if (!(endPoint.getConnection() instanceof HttpConnection connection)) {
        continue;
      }
      HttpParser parser = connection.getParser();
      if (!parser.inHeaderState() || parser.isStart()) {
        continue;
      }
      Seen seen = midHeaders.get(endPoint);
      if (seen == null || seen.request != connection.getMessagesIn()) {
        seen = new Seen(connection.getMessagesIn(), now);
      } else if (TimeUnit.NANOSECONDS.toMillis(now - seen.since) >= readTimeoutMillis) {
        endPoint.close();
        continue;
      }
      stillMidHeaders.put(endPoint, seen);
    }
    midHeaders = stillMidHeaders;
    schedule();
  }

  /** A connection first seen mid-headers at {@code since}, on its request {@code request}. */
  private record Seen(long request, long since) {}
}
