package dev.carafe.faults;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import dev.carafe.server.jetty.JettyServer;
import dev.carafe.server.undertow.UndertowServer;

/** The two servers Carafe runs on, and how each names its threads. */
enum ServerKind {
  UNDERTOW {
    @Override
    Server.Builder builder(Gateway gateway) {
      return UndertowServer.builder(gateway);
    }

    @Override
    String groupOf(String thread, Thread.State state, StackTraceElement[] stack) {
      // XNIO names its threads "XNIO-1 task-3", "XNIO-1 I/O-2" and "XNIO-1 Accept".
      if (!thread.startsWith("XNIO-")) {
        return null;
      }
      return !thread.contains(" task-") ? Census.IO : workerGroup(state, stack);
    }
  },
  JETTY {
    @Override
    Server.Builder builder(Gateway gateway) {
      return JettyServer.builder(gateway);
    }

    @Override
    String groupOf(String thread, Thread.State state, StackTraceElement[] stack) {
      // One pool, "carafe-jetty-N", runs selectors, acceptors and requests alike.
      if (!thread.startsWith("carafe-jetty")) {
        return null;
      }
      for (StackTraceElement frame : stack) {
        String type = frame.getClassName();
        if (type.startsWith("org.eclipse.jetty.io.ManagedSelector")
            || type.startsWith("org.eclipse.jetty.server.AbstractConnector$Acceptor")) {
          return Census.IO;
        }
      }
      return workerGroup(state, stack);
    }
  };

  /** A builder of this server for {@code gateway}, on a free port of the loopback address. */
  abstract Server.Builder builder(Gateway gateway);

  /**
   * The group of the server's threads that the thread named {@code thread} belongs to, or null
   * if it is not one of them.
   */
  abstract String groupOf(String thread, Thread.State state, StackTraceElement[] stack);

  /**
   * A pool thread is idle when it waits with nothing of a request on its stack: neither Carafe's
   * code nor the server's request handling.
   */
  private static String workerGroup(Thread.State state, StackTraceElement[] stack) {
    if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
      return Census.WORKER;
    }
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName();
      if (type.startsWith("dev.carafe.") || type.startsWith("io.undertow.server.")
          || type.startsWith("org.eclipse.jetty.server.")) {
        return Census.WORKER;
      }
    }
    return Census.IDLE;
  }

  /** Starts this server on a free port of 127.0.0.1. */
  Server start(Gateway gateway) {
    return builder(gateway).host("127.0.0.1").port(0).start();
  }
}
