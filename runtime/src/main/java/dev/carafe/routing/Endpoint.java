package dev.carafe.routing;

import java.util.List;
import java.util.Objects;

/**
 * One endpoint of an application: its name (as used to build URLs), its rule, the methods it
 * answers, how to build its URL and how to call it. Made by generated code, one per routed method.
 */
public final class Endpoint {
  private final String name;
  private final String rule;
  private final List<String> methods;
  private final UrlTemplate url;
  private final Invoker invoker;
  private final RouteMatch.Found found;
  private final String blueprint;

  /**
   * An endpoint.
   *
   * @param name the endpoint name, unique in the application
   * @param rule the rule as written, for listings and messages
   * @param methods the methods it answers, as declared
   * @param url how its URL is built
   * @param invoker the call of the controller method
   */
  public Endpoint(String name, String rule, List<String> methods, UrlTemplate url, Invoker invoker) {
    this(name, rule, methods, url, invoker, null);
  }

  /**
   * An endpoint of a blueprint.
   *
   * @param name the endpoint name, unique in the application ({@code blueprint.method})
   * @param rule the rule as written, for listings and messages
   * @param methods the methods it answers, as declared
   * @param url how its URL is built
   * @param invoker the call of the controller method
   * @param blueprint the name of its blueprint, whose hooks and error handlers apply to it, or
   *     {@code null} for an endpoint of the application itself
   */
  public Endpoint(String name, String rule, List<String> methods, UrlTemplate url, Invoker invoker,
      String blueprint) {
    this.blueprint = blueprint;
    this.name = Objects.requireNonNull(name, "name");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.methods = List.copyOf(methods);
    this.url = Objects.requireNonNull(url, "url");
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.found = new RouteMatch.Found(this, PathParams.none());
  }

  /** The endpoint name. */
  public String name() {
    return name;
  }

  /** The name of the endpoint's blueprint, or {@code null} for the application's own. */
  public String blueprint() {
    return blueprint;
  }

  /** The rule as written. */
  public String rule() {
    return rule;
  }

  /** The methods it answers, as declared (without the automatic {@code HEAD} and {@code OPTIONS}). */
  public List<String> methods() {
    return methods;
  }

  /** How its URL is built. */
  public UrlTemplate url() {
    return url;
  }

  /** The call of the controller method. */
  public Invoker invoker() {
    return invoker;
  }

  /** The match of this endpoint with no path parameters, made once so static hits allocate nothing. */
  public RouteMatch.Found found() {
    return found;
  }

  /** The match of this endpoint with {@code params}. */
  public RouteMatch.Found found(PathParams params) {
    return params.count() == 0 ? found : new RouteMatch.Found(this, params);
  }

  @Override
  public String toString() {
    return name + " " + methods + " " + rule;
  }
}
