package dev.carafe.internal.routing;

import dev.carafe.routing.Rule;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One endpoint of an application: its name (as used to build URLs), its rule, the methods it
 * answers, how to build its URL and how to call it. Made by generated code, one per routed method.
 */
public final class Endpoint {
  private final Rule rule;
  private final UrlTemplate url;
  private final Invoker invoker;
  private final RouteMatch.Found found;
  private final int variables;
  private final boolean nonBlocking;

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
   * @param blueprint the blueprint's name, or {@code null} for the application's own endpoints
   */
  public Endpoint(String name, String rule, List<String> methods, UrlTemplate url, Invoker invoker,
      String blueprint) {
    this(name, rule, methods, url, invoker, blueprint, false);
  }

  /**
   * An endpoint, and where its requests may run.
   *
   * @param name the endpoint name, unique in the application ({@code blueprint.method})
   * @param rule the rule as written, for listings and messages
   * @param methods the methods it answers, as declared
   * @param url how its URL is built
   * @param invoker the call of the controller method
   * @param blueprint the blueprint's name, or {@code null} for the application's own endpoints
   * @param nonBlocking whether its requests never block: the processor found the method and every
   *     hook and error handler that can run for it declared {@code @NonBlocking}
   */
  public Endpoint(String name, String rule, List<String> methods, UrlTemplate url, Invoker invoker,
      String blueprint, boolean nonBlocking) {
    this.nonBlocking = nonBlocking;
    this.url = Objects.requireNonNull(url, "url");
    this.rule = new Rule(name, rule, methods, url.names(), blueprint);
    this.invoker = Objects.requireNonNull(invoker, "invoker");
    this.found = new RouteMatch.Found(this);
    this.variables = url.names().size();
  }

  /**
   * The endpoints generated code describes, in order: for each, the indexes in {@code texts} of
   * its name, its rule, its methods (joined by commas) and its blueprint (-1 for none), then 1
   * when its requests never block, else 0.
   *
   * @param urls each endpoint's URL template
   * @param invokers the call of each endpoint, by index
   */
  public static Endpoint[] read(String[] texts, int[] program, UrlTemplate[] urls, IntFunction<Invoker> invokers) {
    Endpoint[] endpoints = new Endpoint[program.length / 5];
    for (int i = 0; i < endpoints.length; i++) {
      int at = i * 5;
      int blueprint = program[at + 3];
      endpoints[i] = new Endpoint(texts[program[at]], texts[program[at + 1]],
          List.of(texts[program[at + 2]].split(",")), urls[i], invokers.apply(i),
          blueprint < 0 ? null : texts[blueprint], program[at + 4] == 1);
    }
    return endpoints;
  }

  /** The rule, as the request that matched it sees it. */
  public Rule rule() {
    return rule;
  }

  /** The endpoint name. */
  public String name() {
    return rule.endpoint();
  }

  /** The methods it answers, as declared. */
  public List<String> methods() {
    return rule.methods();
  }

  /** How its URL is built. */
  public UrlTemplate url() {
    return url;
  }

  /** The call of the controller method. */
  public Invoker invoker() {
    return invoker;
  }

  /** The match of this endpoint: made once, as it never changes. */
  public RouteMatch.Found found() {
    return found;
  }

  /**
   * Whether its requests never block, so that a server may answer them on its I/O thread: the
   * processor's decision, from {@code @NonBlocking} on the method, its class or the application
   * and on every hook and error handler that can run for it.
   */
  public boolean nonBlocking() {
    return nonBlocking;
  }

  /** How many variables its rule has: the pairs of bounds a match of it writes. */
  public int variables() {
    return variables;
  }

  @Override
  public String toString() {
    return rule.toString();
  }
}
