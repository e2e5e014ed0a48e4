package dev.carafe.metrics;

import dev.carafe.App;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Request metrics per endpoint through Micrometer, as Spring Boot records its
 * {@code http.server.requests}: a timer per method, endpoint, status and outcome (the count of
 * requests, their total and longest time, and a latency histogram), and a long-task timer
 * {@code http.server.requests.active} per method and endpoint (the requests in flight and how
 * long they have run).
 *
 * <pre>{@code
 * public Middleware middleware() {
 *   return next -> {
 *     Metrics metrics = Metrics.of((App) next);              // a Prometheus registry, JVM metrics
 *     return Middleware.chain(next, metrics.prometheus(), metrics);   // GET /metrics, then timing
 *   };
 * }
 * }</pre>
 *
 * <p>A request is named by the endpoint its application routes it to ({@code blog.index}), never
 * by its path, so a client cannot make series without end: a request no rule matches (a 404, a
 * 405, a slash redirect) counts under {@value #UNMATCHED}, and a method outside HTTP's own under
 * {@value #OTHER_METHOD}. The time runs until the response is complete: for a streamed body until
 * its writer is done, for the other bodies, which the server sends as they are, until the gateway
 * returns. A gateway that throws counts as 500, and its exception goes on.
 *
 * <p>The latency histogram has the Prometheus client's default buckets, 5 ms to 10 s, unless
 * {@link Builder#buckets buckets} are given. The wrapped gateway must route as the application does:
 * put this layer anywhere around the application but outside nothing that changes the path
 * (a {@code Dispatcher}); {@link App#endpointFor} names each request.
 */
public final class Metrics implements Middleware {
  /** The timer of requests served, Micrometer's name for it (Prometheus: {@code http_server_requests_seconds}). */
  public static final String REQUESTS = "http.server.requests";
  /** The long-task timer of requests in flight. */
  public static final String ACTIVE = "http.server.requests.active";
  /** The endpoint of a request that matched no rule. */
  public static final String UNMATCHED = "<unmatched>";
  /** The method of a request whose method is none of HTTP's own. */
  public static final String OTHER_METHOD = "OTHER";

  /** The Prometheus client's default buckets, in seconds: .005 .01 .025 .05 .1 .25 .5 1 2.5 5 10. */
  private static final List<Duration> DEFAULT_BUCKETS = List.of(Duration.ofMillis(5),
      Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10));

  private final App app;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Duration[] buckets;
  /** The meters of each endpoint and method seen, made on first use: bounded by the rules. */
  private final ConcurrentHashMap<String, EndpointMeters> meters = new ConcurrentHashMap<>();

  private Metrics(Builder builder) {
    this.app = builder.app;
    this.registry = builder.registry != null
        ? builder.registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.clock = registry.config().clock();
    this.buckets = builder.buckets.toArray(new Duration[0]);
    if (builder.jvmMetrics) {
      bindJvmMetrics(registry);
    }
  }

  /**
   * Metrics of {@code app}'s requests in a new Prometheus registry, with the JVM's metrics
   * (memory, garbage collection, threads, classes, processor, uptime) as Spring Boot binds them.
   */
  public static Metrics of(App app) {
    return builder(app).build();
  }

  /** A builder of metrics of {@code app}'s requests, to choose the registry, JVM metrics, buckets. */
  public static Builder builder(App app) {
    return new Builder(app);
  }

  /** The registry the metrics are kept in. */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * The Prometheus scrape endpoint of this registry, at {@code /metrics}; see
   * {@link PrometheusEndpoint} for who may read it.
   *
   * @throws IllegalStateException when the registry is not a {@link PrometheusMeterRegistry}
   */
  public PrometheusEndpoint prometheus() {
    if (!(registry instanceof PrometheusMeterRegistry)) {
      throw new IllegalStateException("Prometheus can only scrape a PrometheusMeterRegistry, and"
          + " these metrics are kept in a " + registry.getClass().getName() + ": leave out"
          + " Builder.registry(...) or give it a PrometheusMeterRegistry");
    }
    return PrometheusEndpoint.of((PrometheusMeterRegistry) registry);
  }

  @Override
  public Gateway wrap(Gateway next) {
    Objects.requireNonNull(next, "next");
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      String matched = app.endpointFor(environ);
      String endpoint = matched != null ? matched : UNMATCHED;
      EndpointMeters byEndpoint = meters.get(endpoint);
      if (byEndpoint == null) {
        byEndpoint = meters.computeIfAbsent(endpoint, EndpointMeters::new);
      }
      MethodMeters route = byEndpoint.method(environ.method());
      LongTaskTimer.Sample active = route.active.start();
      long start = clock.monotonicTime();
      return Completion.call(next, environ, startResponse, (status, bytes) -> {
        active.stop();
        route.timer(status).record(clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
      });
    });
  }

  /** Spring Boot's JVM and system binders, but the file descriptors (not on every platform). */
  private static void bindJvmMetrics(MeterRegistry registry) {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    // Listens to the collectors' notifications for the life of the JVM, as Spring Boot's does.
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** The meters of one endpoint, by method. */
  private final class EndpointMeters {
    private final String endpoint;
    private final AtomicReferenceArray<MethodMeters> byMethod =
        new AtomicReferenceArray<>(HttpMethods.count());

    EndpointMeters(String endpoint) {
      this.endpoint = endpoint;
    }

    MethodMeters method(String method) {
      int index = HttpMethods.indexOf(method);
      MethodMeters found = byMethod.get(index);
      if (found == null) {
        // Two threads may both make one: the registry hands both the same meters.
        byMethod.compareAndSet(index, null, new MethodMeters(endpoint, HttpMethods.name(index)));
        found = byMethod.get(index);
      }
      return found;
    }
  }

  /**
   * The meters of one endpoint and method: its in-flight timer and a timer per status, kept in
   * a small array copied on a new status (a route sees a few statuses, and reads far outnumber
   * them).
   */
  private final class MethodMeters {
    private final String endpoint;
    private final String method;
    final LongTaskTimer active;
    private volatile StatusTimer[] timers = NO_TIMERS;

    MethodMeters(String endpoint, String method) {
      this.endpoint = endpoint;
      this.method = method;
      this.active = LongTaskTimer.builder(ACTIVE)
          .description("Requests in flight, by endpoint")
          .tags("method", method, "endpoint", endpoint)
          .register(registry);
    }

    Timer timer(int status) {
      for (StatusTimer timer : timers) {
        if (timer.status == status) {
          return timer.timer;
        }
      }
      synchronized (this) {
        for (StatusTimer timer : timers) {
          if (timer.status == status) {
            return timer.timer;
          }
        }
        Timer timer = Timer.builder(REQUESTS)
            .description("Requests served, by endpoint, until their body was sent")
            .tags("method", method, "endpoint", endpoint, "status", Integer.toString(status),
                "outcome", Outcome.forStatus(status).name())
            .serviceLevelObjectives(buckets)
            .register(registry);
        StatusTimer[] more = Arrays.copyOf(timers, timers.length + 1);
        more[timers.length] = new StatusTimer(status, timer);
        timers = more;
        return timer;
      }
    }
  }

  private static final StatusTimer[] NO_TIMERS = new StatusTimer[0];

  /** A status and its timer. */
  private record StatusTimer(int status, Timer timer) {}

  /** Chooses the registry, the JVM metrics and the histogram's buckets. */
  public static final class Builder {
    private final App app;
    private MeterRegistry registry;
    private boolean jvmMetrics = true;
    private List<Duration> buckets = DEFAULT_BUCKETS;

    private Builder(App app) {
      this.app = Objects.requireNonNull(app, "app");
    }

    /**
     * Keeps the metrics in {@code registry} (one shared with the rest of the application, or
     * another monitoring system's) rather than a new Prometheus registry.
     */
    public Builder registry(MeterRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /** Whether to bind the JVM's metrics to the registry too; {@code true} unless said. */
    public Builder jvmMetrics(boolean jvmMetrics) {
      this.jvmMetrics = jvmMetrics;
      return this;
    }

    /** The latency histogram's bucket bounds, longer than zero; none: no histogram, count and sum only. */
    public Builder buckets(Duration... bounds) {
      for (Duration bound : bounds) {
        if (bound.isNegative() || bound.isZero()) {
          throw new IllegalArgumentException("A bucket's bound must be longer than zero, got " + bound);
        }
      }
      this.buckets = List.of(bounds);
      return this;
    }

    /** The metrics, as configured; binds the JVM's metrics now if asked. */
    public Metrics build() {
      return new Metrics(this);
    }
  }
}
