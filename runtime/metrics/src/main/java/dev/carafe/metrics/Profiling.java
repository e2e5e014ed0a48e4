package dev.carafe.metrics;

import dev.carafe.App;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records a JFR event, {@code dev.carafe.Request}, for a sample of requests while a flight
 * recording runs: the method, the raw path, the endpoint, the status and the body's size, with
 * the time from the request's arrival until its response was complete (a streamed body's last
 * byte), beside the JVM's own events of the same moments (garbage collection, locks, I/O).
 *
 * <pre>{@code
 * public Middleware middleware() {
 *   return next -> Profiling.of((App) next).sampling(Profiling.Sampler.everyNth(100)).wrap(next);
 * }
 * }</pre>
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=shop.jfr,settings=profile -jar shop.jar
 * jfr print --events dev.carafe.Request shop.jfr
 * </pre>
 *
 * <p>With no recording, or one that leaves the event off, a request costs one check. The sample
 * is every 10th request unless {@link #sampling chosen}; a recording's settings can also keep
 * only the slow ones ({@code dev.carafe.Request#threshold=100 ms}). A gateway that throws is
 * recorded as 500, and its exception goes on.
 */
public final class Profiling implements Middleware {
  private final App app;
  private final Sampler sampler;

  private Profiling(App app, Sampler sampler) {
    this.app = Objects.requireNonNull(app, "app");
    this.sampler = Objects.requireNonNull(sampler, "sampler");
  }

  /** Events for every 10th request of {@code app}, while a recording asks for them. */
  public static Profiling of(App app) {
    return new Profiling(app, Sampler.everyNth(10));
  }

  /** This middleware recording the requests {@code sampler} picks. */
  public Profiling sampling(Sampler sampler) {
    return new Profiling(app, sampler);
  }

  @Override
  public Gateway wrap(Gateway next) {
    Objects.requireNonNull(next, "next");
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      RequestEvent event = new RequestEvent();
      if (!event.isEnabled() || !sampler.sample(environ)) {
        return next.call(environ, startResponse);
      }
      event.begin();
      event.method = environ.method();
      event.path = environ.scriptName() + environ.pathInfo();
      event.endpoint = app.endpointFor(environ);
      return Completion.call(next, environ, startResponse, (status, bytes) -> {
        event.end();
        if (event.shouldCommit()) {
          event.status = status;
          event.bytes = bytes;
          event.commit();
        }
      });
    });
  }

  /** Picks the requests to record; asked only while a recording wants the event. */
  @FunctionalInterface
  public interface Sampler {
    /** Whether to record the request. */
    boolean sample(Environ environ);

    /** Every request. */
    static Sampler all() {
      return environ -> true;
    }

    /** The first request and every {@code n}th after it, in the order they arrive. */
    static Sampler everyNth(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("everyNth takes a count of 1 or more, got " + n);
      }
      AtomicLong seen = new AtomicLong();
      return environ -> seen.getAndIncrement() % n == 0;
    }

    /** Each request with probability {@code fraction}, from 0 (none) to 1 (all). */
    static Sampler fraction(double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("fraction takes a value from 0 to 1, got " + fraction);
      }
      return environ -> ThreadLocalRandom.current().nextDouble() < fraction;
    }

    /**
     * The requests both this and {@code other} pick; {@code other} is asked only of this one's:
     * {@code ((Sampler) e -> e.pathInfo().startsWith("/api")).and(Sampler.everyNth(10))}.
     */
    default Sampler and(Sampler other) {
      Objects.requireNonNull(other, "other");
      return environ -> sample(environ) && other.sample(environ);
    }
  }
}
