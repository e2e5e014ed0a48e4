package dev.carafe.launcher;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import dev.carafe.server.jetty.JettyServer;
import dev.carafe.server.undertow.UndertowServer;
import java.util.Locale;

/**
 * The servers an application can be served on, chosen by name ({@code --server jetty},
 * {@code CARAFE_SERVER=jetty}): each calls its adapter's builder directly, so the choice needs
 * no class looked up by name.
 */
enum ServerKind {
  /** Undertow, the default. */
  UNDERTOW {
    @Override
    Server.Builder builder(Gateway gateway) {
      return UndertowServer.builder(gateway);
    }
  },
  /** Jetty 12. */
  JETTY {
    @Override
    Server.Builder builder(Gateway gateway) {
      return JettyServer.builder(gateway);
    }
  };

  /** A builder of this kind of server for {@code gateway}. */
  abstract Server.Builder builder(Gateway gateway);

  /** The name the command line uses: {@code undertow}, {@code jetty}. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The names of every kind, as {@code --help} lists them: {@code undertow|jetty}. */
  static String choices() {
    StringBuilder choices = new StringBuilder();
    for (ServerKind kind : values()) {
      choices.append(choices.length() == 0 ? "" : "|").append(kind.optionName());
    }
    return choices.toString();
  }

  /** The kind named {@code name} (any case), or {@code null} when none is. */
  static ServerKind named(String name) {
    for (ServerKind kind : values()) {
      if (kind.optionName().equalsIgnoreCase(name.trim())) {
        return kind;
      }
    }
    return null;
  }
}
