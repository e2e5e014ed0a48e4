package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.FixtureApp;
import dev.carafe.gateway.Gateway;
import org.junit.jupiter.api.Test;

/**
 * A generated main run under {@link Launcher#hosted}, as {@code mvn carafe:run} runs each build:
 * the application is configured from the command line as always and handed to the host, which
 * serves it; nothing listens, nothing exits.
 */
class HostedLaunchTest {
  /** What the host was handed. */
  private static final class Taken implements Launcher.Host {
    String appName;
    App app;
    Gateway gateway;

    @Override
    public void serve(String appName, App app, Gateway gateway) {
      this.appName = appName;
      this.app = app;
      this.gateway = gateway;
    }
  }

  @Test
  void theHostGetsTheApplicationConfiguredByTheCommandLine() {
    Taken taken = new Taken();
    Gateway wrapped = (environ, startResponse) -> null;

    Launcher.hosted(taken, () -> Launcher.main("Fixture", new String[] {"--debug", "--port", "0"},
        FixtureApp::create, app -> wrapped));

    assertEquals("Fixture", taken.appName);
    assertTrue(taken.app.debug());
    // In debug mode the launcher logs each request around what the application is served as.
    assertFalse(taken.gateway == wrapped);
  }

  @Test
  void withoutDebugTheHostServesWhatTheMainServes() {
    Taken taken = new Taken();
    Gateway wrapped = (environ, startResponse) -> null;

    Launcher.hosted(taken, () -> Launcher.main("Fixture", new String[0], FixtureApp::create,
        app -> wrapped));

    assertFalse(taken.app.debug());
    assertSame(wrapped, taken.gateway);
  }

  @Test
  void aBadCommandLineIsThrownNotExited() {
    Taken taken = new Taken();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Launcher.hosted(taken, () -> Launcher.main("Fixture", new String[] {"--nope"},
            FixtureApp::create)));

    assertEquals("no such option: --nope", e.getMessage());
    assertNull(taken.app);
  }

  @Test
  void debugModeOnAPublicAddressIsRefusedAsEver() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Launcher.hosted(new Taken(), () -> Launcher.main("Fixture",
            new String[] {"--debug", "--host", "0.0.0.0"}, FixtureApp::create)));

    assertTrue(e.getMessage().startsWith("debug mode shows the application's source"),
        e.getMessage());
  }
}
