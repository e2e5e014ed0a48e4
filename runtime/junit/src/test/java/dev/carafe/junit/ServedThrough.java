package dev.carafe.junit;

import dev.carafe.App;
import dev.carafe.RequestLimits;
import dev.carafe.SessionInterface;
import dev.carafe.config.Config;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import dev.carafe.json.Json;
import dev.carafe.routing.Rule;
import java.util.List;
import java.util.Map;

/**
 * An application whose requests pass through middleware, as the generated main serves one whose
 * application class declares its middleware; everything else is the application's own.
 */
final class ServedThrough implements App {
  private final App app;
  private final Middleware[] layers;
  private final Gateway served;

  private ServedThrough(App app, Middleware... layers) {
    this.app = app;
    this.layers = layers;
    this.served = Middleware.chain(app, layers);
  }

  static App of(App app, Middleware... layers) {
    return new ServedThrough(app, layers);
  }

  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    return served.call(environ, startResponse);
  }

  @Override
  public void close() {
    app.close();
  }

  @Override
  public App withConfig(Config config) {
    return of(app.withConfig(config), layers);
  }

  @Override
  public App withDebug(boolean debug) {
    return of(app.withDebug(debug), layers);
  }

  @Override
  public App withLimits(RequestLimits limits) {
    return of(app.withLimits(limits), layers);
  }

  @Override
  public App withSessionInterface(SessionInterface sessions) {
    return of(app.withSessionInterface(sessions), layers);
  }

  @Override
  public SessionInterface sessionInterface() {
    return app.sessionInterface();
  }

  @Override
  public App withJson(Json json) {
    return of(app.withJson(json), layers);
  }

  @Override
  public Config config() {
    return app.config();
  }

  @Override
  public boolean debug() {
    return app.debug();
  }

  @Override
  public RequestLimits limits() {
    return app.limits();
  }

  @Override
  public Json json() {
    return app.json();
  }

  @Override
  public List<Rule> rules() {
    return app.rules();
  }

  @Override
  public String routeTable() {
    return app.routeTable();
  }

  @Override
  public String endpointFor(Environ environ) {
    return app.endpointFor(environ);
  }

  @Override
  public String urlFor(String endpoint, Map<String, ?> values) {
    return app.urlFor(endpoint, values);
  }
}
