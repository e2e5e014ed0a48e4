package dev.carafe.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a host to listen on is a loopback address, reachable from this machine alone: debug
 * mode shows sources and each request's headers, so the launcher serves it there only unless
 * told otherwise.
 */
final class Loopback {
  private Loopback() {}

  /**
   * Whether every address of {@code host} is a loopback address ({@code 127.0.0.1},
   * {@code ::1}, {@code localhost}); {@code 0.0.0.0}, {@code ::} and a network's addresses are
   * not. Nor is a name that does not resolve now: it might resolve to anything when the server
   * binds it.
   */
  static boolean isLoopback(String host) {
    String name = host.strip();
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.toLowerCase(Locale.ROOT).equals("localhost")) {
      return true;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(name)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
