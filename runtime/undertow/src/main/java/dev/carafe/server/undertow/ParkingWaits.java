package dev.carafe.server.undertow;

import io.undertow.server.AbstractServerConnection;
import io.undertow.server.HttpServerExchange;
import org.xnio.StreamConnection;
import org.xnio.conduits.ConduitStreamSourceChannel;

/**
 * Makes the request thread of an exchange served on a virtual thread park when it waits for its
 * client, reading the body or writing the response, instead of blocking in XNIO's selector of the
 * thread's own (see {@link ConnectionWait}).
 */
final class ParkingWaits {
  private ParkingWaits() {}

  /** Puts the parking conduits on {@code exchange}, before its body is read or its response sent. */
  static void install(HttpServerExchange exchange) {
    if (!(exchange.getConnection() instanceof AbstractServerConnection)) {
      return; // not an HTTP/1.1 connection of Undertow's: its own waits stay
    }
    StreamConnection connection = ((AbstractServerConnection) exchange.getConnection()).getChannel();
    if (!exchange.isRequestComplete()) {
      // On the connection's channel rather than through the exchange's request wrappers: the body
      // buffer may have taken the exchange's request channel already. Undertow puts the
      // connection's own conduits back when the exchange ends.
      ConduitStreamSourceChannel source = connection.getSourceChannel();
      source.setConduit(new ParkingSourceConduit(source.getConduit(), source));
    }
    exchange.addResponseWrapper((factory, served) ->
        new ParkingSinkConduit(factory.create(), connection.getSinkChannel()));
  }
}
