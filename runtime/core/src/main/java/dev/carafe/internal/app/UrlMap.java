package dev.carafe.internal.app;

import dev.carafe.BuildError;
import dev.carafe.RequestContext;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Percent;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.internal.routing.UrlTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URL side of an application's rules, Werkzeug's {@code MapAdapter.build} as Flask's
 * {@code url_for} calls it: an endpoint's rules by name, the URL defaults hooks, the mount point
 * and host of the request being handled, and a suggestion when a name is misspelt.
 */
final class UrlMap {
  private final Map<String, List<Endpoint>> byName = new LinkedHashMap<>();
  private final Lifecycle lifecycle;

  UrlMap(List<Endpoint> endpoints, Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    // An endpoint routed by several rules keeps them in Werkzeug's build order, as generated.
    for (Endpoint endpoint : endpoints) {
      byName.computeIfAbsent(endpoint.name(), name -> new ArrayList<>()).add(endpoint);
    }
  }

  /** Flask's {@code url_for}; see {@link dev.carafe.App#urlFor(String, Map)}. */
  String urlFor(String endpoint, Map<String, ?> values) {
    List<Endpoint> rules = byName.get(endpoint);
    if (rules == null) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "'."
          + suggestion(endpoint));
    }
    Map<String, Object> given = new LinkedHashMap<>(values);
    Object anchor = given.remove("_anchor");
    Object method = given.remove("_method");
    Object scheme = given.remove("_scheme");
    Object external = given.remove("_external");
    if (lifecycle.hasUrlDefaults()) {
      lifecycle.injectUrlDefaults(endpoint, rules.get(0).rule().blueprint(), given);
    }
    String url = UrlTemplate.build(endpoint, given, templates(endpoint, rules, method));
    Environ environ = RequestContext.active() ? RequestContext.current().request().environ() : null;
    if (environ != null) {
      url = environ.scriptName() + url;
    }
    if (scheme != null || Boolean.TRUE.equals(external)) {
      if (Boolean.FALSE.equals(external)) {
        throw new BuildError("Could not build url for endpoint '" + endpoint + "': _scheme makes"
            + " an external URL, so _external cannot be false.");
      }
      if (environ == null) {
        throw new BuildError("Could not build an external url for endpoint '" + endpoint + "'"
            + " outside a request: the host is only known while one is handled. Build it in a"
            + " request, or build the path and add the host yourself.");
      }
      url = origin(scheme == null ? environ.scheme() : scheme.toString(), environ) + url;
    }
    if (anchor != null) {
      url += "#" + Percent.encodeQuery(anchor.toString());
    }
    return url;
  }

  /** The endpoint's rules that accept {@code method}, Flask's {@code _method}; all without one. */
  private static List<UrlTemplate> templates(String endpoint, List<Endpoint> rules, Object method) {
    List<UrlTemplate> templates = new ArrayList<>();
    for (Endpoint rule : rules) {
      if (method == null || rule.methods().contains(method.toString())
          || method.equals("HEAD") && rule.methods().contains("GET")) {
        templates.add(rule.url());
      }
    }
    if (templates.isEmpty()) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "' with method "
          + method + ": it answers " + rules.get(0).methods() + ".");
    }
    return templates;
  }

  /** {@code scheme://host[:port]}, leaving out the scheme's default port. */
  private static String origin(String scheme, Environ environ) {
    int port = environ.port();
    boolean defaultPort = port <= 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    String host = environ.host().contains(":") && !environ.host().startsWith("[")
        ? "[" + environ.host() + "]" : environ.host();
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private String suggestion(String endpoint) {
    return byName.keySet().stream()
        .min(Comparator.comparingInt(name -> Similarity.distance(endpoint, name)))
        .filter(name -> Similarity.distance(endpoint, name) <= Math.max(2, endpoint.length() / 3))
        .map(name -> " Did you mean '" + name + "' instead?")
        .orElse(" There is no endpoint of that name (known: " + knownNames() + ").");
  }

  private String knownNames() {
    List<String> names = new ArrayList<>(byName.keySet());
    names.sort(null);
    return String.join(", ", names);
  }
}
