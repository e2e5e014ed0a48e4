package dev.carafe.server.undertow;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListener;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitStreamSourceChannel;
import org.xnio.conduits.StreamSourceConduit;

/**
 * The request body's conduit for a request served on a virtual thread: waiting for more of the
 * body parks the thread until the I/O thread sees bytes (see {@link ConnectionWait}). Undertow's
 * read timeout still holds: its timer wakes the waiter and the next read fails.
 */
final class ParkingSourceConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
  private final ConduitStreamSourceChannel channel;

  /**
   * @param next the conduit this one waits for
   * @param channel the connection's source channel, whose listeners the I/O thread calls
   */
  ParkingSourceConduit(StreamSourceConduit next, ConduitStreamSourceChannel channel) {
    super(next);
    this.channel = channel;
  }

  @Override
  public void awaitReadable() throws IOException {
    await(0);
  }

  @Override
  public void awaitReadable(long time, TimeUnit unit) throws IOException {
    await(Math.max(1, unit.toNanos(time)));
  }

  private void await(long nanos) throws IOException {
    if (next.isReadShutdown()) {
      return;
    }
    ConnectionWait wait = new ConnectionWait();
    ChannelListener<? super ConduitStreamSourceChannel> reader = channel.getReadListener();
    ChannelListener<? super ConduitStreamSourceChannel> closer = channel.getCloseListener();
    ChannelListener<ConduitStreamSourceChannel> wake = ready -> {
      ready.suspendReads();
      wait.signal();
    };
    channel.setReadListener(wake);
    channel.setCloseListener(wake);
    try {
      channel.resumeReads();
      wait.park(nanos, () -> !next.isReadShutdown());
    } finally {
      channel.suspendReads();
      channel.setReadListener(reader);
      channel.setCloseListener(closer);
    }
  }
}
