package dev.carafe.gateway;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A request as the server saw it, the counterpart of WSGI's {@code environ}: the method, the path
 * split into script name (where the application is mounted) and path info (the rest), the raw query
 * string, the headers, the scheme, host and port the client addressed, the client's address, the
 * protocol, the input stream, and typed {@link Key extension attributes}.
 *
 * <p>An environ is immutable. A middleware that changes the request (mounting under a prefix,
 * trusting a proxy's headers) passes on a new environ from the {@code with...} methods or
 * {@link #toBuilder()}; every other layer keeps seeing the one it was given.
 *
 * <p>{@link #scriptName()} and {@link #pathInfo()} are raw: percent-encoding is left as the client
 * sent it, so {@code %2F} inside a path segment stays inside that segment.
 */
public final class Environ {
  private final String method;
  private final String scheme;
  private final String host;
  private final int port;
  private final String scriptName;
  private final String pathInfo;
  private final String queryString;
  private final String protocol;
  private final String remoteAddress;
  private final Headers headers;
  private final InputStream input;
  private final Map<Key<?>, Object> attributes;

  private Environ(Builder b) {
    this.method = Objects.requireNonNull(b.method, "method");
    this.scheme = Objects.requireNonNull(b.scheme, "scheme");
    this.host = Objects.requireNonNull(b.host, "host");
    this.port = b.port;
    this.scriptName = Objects.requireNonNull(b.scriptName, "scriptName");
    this.pathInfo = Objects.requireNonNull(b.pathInfo, "pathInfo");
    this.queryString = Objects.requireNonNull(b.queryString, "queryString");
    this.protocol = Objects.requireNonNull(b.protocol, "protocol");
    this.remoteAddress = Objects.requireNonNull(b.remoteAddress, "remoteAddress");
    this.headers = Objects.requireNonNull(b.headers, "headers");
    this.input = Objects.requireNonNull(b.input, "input");
    this.attributes = b.attributes;
  }

  /** A builder for an environ; servers and the test client make theirs with it. */
  public static Builder builder() {
    return new Builder();
  }

  /** The request method in upper case, for example {@code GET}. */
  public String method() {
    return method;
  }

  /** {@code http} or {@code https}. */
  public String scheme() {
    return scheme;
  }

  /** The host name the client addressed (from the {@code Host} header or the request line). */
  public String host() {
    return host;
  }

  /** The port the client addressed. */
  public int port() {
    return port;
  }

  /** The raw path prefix the application is mounted under; empty at the root. */
  public String scriptName() {
    return scriptName;
  }

  /** The raw path below {@link #scriptName()}, starting with {@code /}; never decoded. */
  public String pathInfo() {
    return pathInfo;
  }

  /** The raw query string without the {@code ?}; empty when there is none. */
  public String queryString() {
    return queryString;
  }

  /** The protocol of the request line, for example {@code HTTP/1.1}. */
  public String protocol() {
    return protocol;
  }

  /** The client's IP address as text. */
  public String remoteAddress() {
    return remoteAddress;
  }

  /** The request headers. */
  public Headers headers() {
    return headers;
  }

  /** The request body; read it at most once. */
  public InputStream input() {
    return input;
  }

  /**
   * Where the server runs requests when it gives each a thread of its own (a virtual thread each,
   * on JDK 21 and later); not set when requests run on its worker pool. A middleware that runs the
   * handler on another thread (a timeout) starts it here, so that it is of the same kind.
   */
  public static final Key<Executor> REQUEST_THREADS =
      Key.of("carafe.request_threads", Executor.class);

  /** The value of an extension attribute, or {@code null} when it is not set. */
  public <T> T get(Key<T> key) {
    return key.type.cast(attributes.get(key));
  }

  /** A view of this request with another path info. */
  public Environ withPathInfo(String pathInfo) {
    return toBuilder().pathInfo(pathInfo).build();
  }

  /** A view of this request mounted under {@code scriptName}, with the path below it. */
  public Environ withPath(String scriptName, String pathInfo) {
    return toBuilder().scriptName(scriptName).pathInfo(pathInfo).build();
  }

  /** A view of this request with an extension attribute set. */
  public <T> Environ with(Key<T> key, T value) {
    return toBuilder().attribute(key, value).build();
  }

  /** A builder that starts from this request, for a middleware's new view of it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.method = method;
    b.scheme = scheme;
    b.host = host;
    b.port = port;
    b.scriptName = scriptName;
    b.pathInfo = pathInfo;
    b.queryString = queryString;
    b.protocol = protocol;
    b.remoteAddress = remoteAddress;
    b.headers = headers;
    b.input = input;
    b.attributes = attributes;
    return b;
  }

  @Override
  public String toString() {
    return method + " " + scriptName + pathInfo + (queryString.isEmpty() ? "" : "?" + queryString);
  }

  /**
   * The name and type of an extension attribute, compared by identity: keep each key in a
   * constant.
   *
   * @param <T> the type of the attribute's value
   */
  public static final class Key<T> {
    private final String name;
    private final Class<T> type;

    private Key(String name, Class<T> type) {
      this.name = name;
      this.type = type;
    }

    /** A new key; {@code name} is for messages only. */
    public static <T> Key<T> of(String name, Class<T> type) {
      return new Key<>(Objects.requireNonNull(name), Objects.requireNonNull(type));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Builds an {@link Environ}; every field has a default fit for a plain local GET of {@code /}. */
  public static final class Builder {
    private String method = "GET";
    private String scheme = "http";
    private String host = "localhost";
    private int port = 80;
    private String scriptName = "";
    private String pathInfo = "/";
    private String queryString = "";
    private String protocol = "HTTP/1.1";
    private String remoteAddress = "127.0.0.1";
    private Headers headers = HeaderList.empty();
    private InputStream input = InputStream.nullInputStream();
    private Map<Key<?>, Object> attributes = Map.of();

    private Builder() {}

    /** Sets the method. */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /** Sets the scheme. */
    public Builder scheme(String scheme) {
      this.scheme = scheme;
      return this;
    }

    /** Sets the host name. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** Sets the port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Sets the raw script name. */
    public Builder scriptName(String scriptName) {
      this.scriptName = scriptName;
      return this;
    }

    /** Sets the raw path info. */
    public Builder pathInfo(String pathInfo) {
      this.pathInfo = pathInfo;
      return this;
    }

    /** Sets the raw query string, without {@code ?}. */
    public Builder queryString(String queryString) {
      this.queryString = queryString;
      return this;
    }

    /** Sets the protocol. */
    public Builder protocol(String protocol) {
      this.protocol = protocol;
      return this;
    }

    /** Sets the client's address. */
    public Builder remoteAddress(String remoteAddress) {
      this.remoteAddress = remoteAddress;
      return this;
    }

    /** Sets the headers. */
    public Builder headers(Headers headers) {
      this.headers = headers;
      return this;
    }

    /** Sets the request body. */
    public Builder input(InputStream input) {
      this.input = input;
      return this;
    }

    /** Sets an extension attribute. */
    public <T> Builder attribute(Key<T> key, T value) {
      Map<Key<?>, Object> copy = new java.util.HashMap<>(attributes);
      copy.put(key, key.type.cast(value));
      this.attributes = Map.copyOf(copy);
      return this;
    }

    /** The environ. */
    public Environ build() {
      return new Environ(this);
    }
  }
}
