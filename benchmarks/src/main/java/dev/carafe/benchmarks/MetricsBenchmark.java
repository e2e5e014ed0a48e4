package dev.carafe.benchmarks;

import dev.carafe.App;
import dev.carafe.bench.server.BenchApp;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import dev.carafe.metrics.Metrics;
import dev.carafe.metrics.Profiling;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@link Metrics} and {@link Profiling} add to one request, without a socket: the
 * application of {@code RequestBenchmark}'s {@code /plaintext} alone, then through each layer.
 * Profiling is measured with no recording, with a recording that wants the event but a sampler
 * that picks no request, and recording every request (to a recording in memory).
 *
 * <pre>java -jar benchmarks/target/carafe-benchmarks.jar MetricsBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetricsBenchmark {
  private App app;
  private Environ plaintext;
  private Environ missing;
  private Gateway metered;
  private Gateway profiled;
  private Gateway profiledNone;
  private Gateway profiledAll;

  /** Builds the application, its layers and the requests once. */
  @Setup(Level.Trial)
  public void setUp() {
    app = BenchApp.create();
    plaintext = get("/plaintext");
    missing = get("/nowhere");
    metered = Metrics.builder(app).jvmMetrics(false).build().wrap(app);
    profiled = Profiling.of(app).wrap(app);
    profiledNone = Profiling.of(app).sampling(environ -> false).wrap(app);
    profiledAll = Profiling.of(app).sampling(Profiling.Sampler.all()).wrap(app);
  }

  private static Environ get(String path) {
    return Environ.builder().pathInfo(path).headers(HeaderList.of("Accept", "*/*")).build();
  }

  /** The application alone: the baseline. */
  @Benchmark
  public Body plain(Blackhole hole) {
    return app.call(plaintext, start(hole));
  }

  /** Only the lookup both layers make: {@link App#endpointFor}. */
  @Benchmark
  public String endpointFor() {
    return app.endpointFor(plaintext);
  }

  /** Through {@link Metrics} (a Prometheus registry): timer, in-flight timer, endpoint lookup. */
  @Benchmark
  public Body metrics(Blackhole hole) {
    return metered.call(plaintext, start(hole));
  }

  /** Through {@link Metrics}, a request no rule matches. */
  @Benchmark
  public Body metricsUnmatched(Blackhole hole) {
    return metered.call(missing, start(hole));
  }

  /** Through {@link Profiling} with no recording running. */
  @Benchmark
  public Body profilingNoRecording(Blackhole hole) {
    return profiled.call(plaintext, start(hole));
  }

  /** Through {@link Profiling} while a recording wants the event, for a request not sampled. */
  @Benchmark
  public Body profilingNotSampled(Recorded recorded, Blackhole hole) {
    return profiledNone.call(plaintext, start(hole));
  }

  /** Through {@link Profiling} while a recording wants the event, every request recorded. */
  @Benchmark
  public Body profilingEveryRequest(Recorded recorded, Blackhole hole) {
    return profiledAll.call(plaintext, start(hole));
  }

  /** A flight recording in memory that wants the event, for the benchmarks that take it. */
  @State(Scope.Benchmark)
  public static class Recorded {
    private Recording recording;

    /** Starts the recording. */
    @Setup(Level.Trial)
    public void start() {
      recording = new Recording();
      recording.enable("dev.carafe.Request");
      recording.setToDisk(false);
      recording.setMaxSize(16 * 1024 * 1024);
      recording.start();
    }

    /** Ends the recording. */
    @TearDown(Level.Trial)
    public void stop() {
      recording.close();
    }
  }

  private static StartResponse start(Blackhole hole) {
    return (status, headers) -> {
      hole.consume(status);
      hole.consume(headers);
    };
  }
}
