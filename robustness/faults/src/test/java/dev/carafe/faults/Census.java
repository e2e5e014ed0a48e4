package dev.carafe.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a leak would leave behind, counted in this JVM: the server's threads by group (worker
 * pool, I/O), virtual threads, the virtual threads' carriers and every other thread, open file
 * descriptors ({@code /proc/self/fd}) and the uploads' temporary files. Taken before a fault is
 * made many times and after, the second must not be higher than the first.
 */
record Census(Map<String, Integer> counts, List<String> threads, List<String> descriptors) {
  static final String WORKER = "busy worker threads";
  /**
   * Worker threads waiting for work: a pool grows with the load up to its bound and shrinks after
   * an idle timeout (Jetty's: a minute), so these are reported but not held to the count before;
   * a request thread that never came back would be busy.
   */
  static final String IDLE = "idle worker threads";
  static final String IO = "I/O threads";
  static final String VIRTUAL = "virtual threads";
  static final String CARRIER = "carrier threads";
  static final String OTHER = "other threads";
  static final String DESCRIPTORS = "file descriptors";
  /**
   * Selectors' descriptors (an epoll instance and its wake-up eventfd each). XNIO keeps one
   * selector per worker thread, made the first time that thread waits to read or write in
   * blocking mode, so these may grow up to the worker pool's size once; past that they would be a
   * leak.
   */
  static final String SELECTORS = "selector descriptors";
  static final String TEMPORARY_FILES = "temporary files";

  private static final Path FDS = Path.of("/proc/self/fd");
  private static final Pattern VIRTUAL_IN_DUMP = Pattern.compile("\"virtual\": true");

  /** The uploads' spooled files: the build runs the tests with a temporary folder of their own. */
  static Path temporaryFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** Counts now, the threads grouped as {@code server} names them. */
  static Census take(ServerKind server) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String group : List.of(WORKER, IDLE, IO, VIRTUAL, CARRIER, OTHER)) {
      counts.put(group, 0);
    }
    List<String> names = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      String name = thread.getKey().getName();
      names.add(name);
      String group = server == null ? null
          : server.groupOf(name, thread.getKey().getState(), thread.getValue());
      if (group == null) {
        // The virtual threads' scheduler is "ForkJoinPool-1", the common pool another.
        group = name.matches("ForkJoinPool-\\d+-worker-\\d+") ? CARRIER : OTHER;
      }
      counts.merge(group, 1, Integer::sum);
    }
    counts.put(VIRTUAL, virtualThreads());
    List<String> descriptors = openDescriptors();
    int selectors = (int) descriptors.stream()
        .filter(fd -> fd.equals("anon_inode:[eventpoll]") || fd.equals("anon_inode:[eventfd]"))
        .count();
    counts.put(DESCRIPTORS, descriptors.size() - selectors);
    counts.put(SELECTORS, selectors);
    counts.put(TEMPORARY_FILES, temporaryFiles());
    names.sort(null);
    return new Census(counts, names, descriptors);
  }

  /**
   * Counts once the counts stop moving (the same twice in a row, a tenth of a second apart, within
   * ten seconds): connections a warm-up closed are closed on the server's side too.
   */
  static Census steady(ServerKind server) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Census last = take(server);
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      Census now = take(server);
      if (now.counts.equals(last.counts)) {
        return now;
      }
      last = now;
    }
    return last;
  }

  /**
   * Polls until no count is above {@code before}'s, for at most {@code seconds}: pools wind down,
   * connections close and files are deleted a little after the last response. Returns the last
   * census taken, for the caller to assert on.
   */
  static Census settledTo(Census before, ServerKind server, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    Census now = take(server);
    while (!now.noneAbove(before) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      now = take(server);
    }
    return now;
  }

  /**
   * Whether no count is higher than {@code before}'s: idle worker threads excepted, and selectors
   * allowed one (two descriptors) per worker thread more.
   */
  boolean noneAbove(Census before) {
    int workers = count(WORKER) + count(IDLE);
    return counts.entrySet().stream()
        .filter(count -> !count.getKey().equals(IDLE))
        .allMatch(count -> count.getValue() <= before.counts.getOrDefault(count.getKey(), 0)
            + (count.getKey().equals(SELECTORS) ? 2 * workers : 0));
  }

  /**
   * The counts, and the threads and descriptors that are new since {@code before}, for a
   * failure's message.
   */
  String comparedTo(Census before) {
    return "before " + before.counts + ", after " + counts + ", threads added "
        + added(threads, before.threads) + ", descriptors added "
        + added(descriptors, before.descriptors);
  }

  private static Map<String, Integer> added(List<String> now, List<String> before) {
    Map<String, Integer> added = new TreeMap<>();
    now.forEach(name -> added.merge(name, 1, Integer::sum));
    before.forEach(name -> added.merge(name, -1, Integer::sum));
    added.values().removeIf(n -> n <= 0);
    return added;
  }

  int count(String group) {
    return counts.get(group);
  }

  /** How many descriptors are open now, selectors' included. */
  static int descriptorCount() {
    return openDescriptors().size();
  }

  /** What each open descriptor is: a path, {@code socket:[inode]}, {@code anon_inode:...}. */
  private static List<String> openDescriptors() {
    if (!Files.isDirectory(FDS)) {
      return List.of();
    }
    List<String> targets = new ArrayList<>();
    try (Stream<Path> open = Files.list(FDS)) {
      open.forEach(fd -> {
        try {
          targets.add(Files.readSymbolicLink(fd).toString());
        } catch (IOException closedMeanwhile) {
          // Closed between the listing and the look: not open any more.
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The listing's own descriptor is among them, as it is in every census.
    return targets;
  }

  /** The uploads' temporary files now. */
  static int temporaryFiles() {
    int count = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(temporaryFolder(), "carafe-upload-*")) {
      for (Path ignored : files) {
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  /**
   * The live virtual threads, from a thread dump (JDK 21 and later; none before): the platform
   * threads' list leaves them out. The JDK 21 method is looked up, as the tests compile for 17.
   */
  private static int virtualThreads() {
    if (Runtime.version().feature() < 21) {
      return 0;
    }
    try {
      Class<?> bean = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
      Class<?> format =
          Class.forName("com.sun.management.HotSpotDiagnosticMXBean$ThreadDumpFormat");
      Object json = format.getField("JSON").get(null);
      MethodHandle dump = MethodHandles.publicLookup().findVirtual(bean, "dumpThreads",
          MethodType.methodType(void.class, String.class, format));
      Object diagnostics = ManagementFactory.getPlatformMXBean(
          bean.asSubclass(PlatformManagedObject.class));
      Path file = Files.createTempFile(temporaryFolder(), "threads-", ".json");
      Files.delete(file);
      try {
        dump.invoke(diagnostics, file.toString(), json);
        Matcher virtual = VIRTUAL_IN_DUMP.matcher(Files.readString(file));
        int count = 0;
        while (virtual.find()) {
          count++;
        }
        return count;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Could not count the virtual threads", e);
    }
  }
}
