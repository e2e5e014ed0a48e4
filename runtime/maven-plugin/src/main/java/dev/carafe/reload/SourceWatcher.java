package dev.carafe.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders, and calls back once per burst of changes: an editor
 * saving a file writes, renames and touches it several times within milliseconds, and a
 * {@code git checkout} changes many files at once; one build after the burst is enough.
 */
final class SourceWatcher implements AutoCloseable {
  private final WatchService service;
  private final Duration quiet;
  private final Consumer<Set<Path>> onChange;
  private final Set<Path> changed = new LinkedHashSet<>();
  private final Thread thread;

  /**
   * Starts watching {@code folders} (those that exist) on a daemon thread.
   *
   * @param quiet how long no change must follow the last one before {@code onChange} runs
   * @param onChange what to do after a burst of changes, given the files and folders changed in
   *     the order first seen; runs on the watching thread
   */
  SourceWatcher(List<Path> folders, Duration quiet, Consumer<Set<Path>> onChange) {
    this.quiet = quiet;
    this.onChange = onChange;
    try {
      this.service = FileSystems.getDefault().newWatchService();
      for (Path folder : folders) {
        registerTree(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.thread = new Thread(this::watch, "carafe-reload-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path directory : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
        directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        drain(key);
        // The burst goes on while changes keep coming within the quiet period.
        WatchKey next;
        while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(next);
        }
        Set<Path> burst = new LinkedHashSet<>(changed);
        changed.clear();
        onChange.accept(burst);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: stop watching.
    }
  }

  private void drain(WatchKey key) {
    Path directory = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path) {
        changed.add(directory.resolve((Path) event.context()));
      }
      if (event.kind() == ENTRY_CREATE) {
        // A new package folder: watch it and what is already in it.
        try {
          registerTree(directory.resolve((Path) event.context()));
        } catch (IOException ignored) {
          // Gone again, or unreadable: the build will say what is wrong with it.
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException ignored) {
      // Nothing more to watch either way.
    }
    thread.interrupt();
  }
}
