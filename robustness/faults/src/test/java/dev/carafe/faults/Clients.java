package dev.carafe.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Several clients at once, each making its share of the requests on a thread of its own. */
final class Clients {
  /** How many clients a fault is made by at once. */
  static final int CONCURRENT = 8;

  private Clients() {}

  /** What one client does: its {@code share} of the requests. */
  @FunctionalInterface
  interface Client {
    void run(int client, int share) throws Exception;
  }

  /**
   * Runs {@code total} requests split among {@link #CONCURRENT} clients and waits for them; the
   * first client's failure is thrown.
   */
  static void run(int total, Client client) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        int id = i;
        int share = total / CONCURRENT + (i < total % CONCURRENT ? 1 : 0);
        running.add(threads.submit(() -> {
          client.run(id, share);
          return null;
        }));
      }
      for (Future<?> each : running) {
        try {
          each.get();
        } catch (ExecutionException e) {
          running.forEach(other -> other.cancel(true));
          throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
