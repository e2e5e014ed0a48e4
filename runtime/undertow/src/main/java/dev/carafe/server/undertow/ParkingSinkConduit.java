package dev.carafe.server.undertow;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListener;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.ConduitStreamSinkChannel;
import org.xnio.conduits.StreamSinkConduit;

/**
 * The response's conduit for a request served on a virtual thread: waiting until the client takes
 * more of the response parks the thread until the I/O thread sees room (see
 * {@link ConnectionWait}). Undertow's write timeout still holds: its timer wakes the waiter and
 * the next write fails.
 */
final class ParkingSinkConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {
  private final ConduitStreamSinkChannel channel;

  /**
   * @param next the conduit this one waits for
   * @param channel the connection's sink channel, whose listeners the I/O thread calls
   */
  ParkingSinkConduit(StreamSinkConduit next, ConduitStreamSinkChannel channel) {
    super(next);
    this.channel = channel;
  }

  @Override
  public void awaitWritable() throws IOException {
    await(0);
  }

  @Override
  public void awaitWritable(long time, TimeUnit unit) throws IOException {
    await(Math.max(1, unit.toNanos(time)));
  }

  private void await(long nanos) throws IOException {
    if (next.isWriteShutdown()) {
      return;
    }
    ConnectionWait wait = new ConnectionWait();
    ChannelListener<? super ConduitStreamSinkChannel> writer = channel.getWriteListener();
    ChannelListener<? super ConduitStreamSinkChannel> closer = channel.getCloseListener();
    ChannelListener<ConduitStreamSinkChannel> wake = ready -> {
      ready.suspendWrites();
      wait.signal();
    };
    channel.setWriteListener(wake);
    channel.setCloseListener(wake);
    try {
      channel.resumeWrites();
      wait.park(nanos, () -> !next.isWriteShutdown());
    } finally {
      channel.suspendWrites();
      channel.setWriteListener(writer);
      channel.setCloseListener(closer);
    }
  }
}
