package dev.carafe.reload;

import java.nio.file.Path;
import java.util.List;

/**
 * What the reloader needs to know of the project it serves, taken from the build's model (the
 * Maven project) so that nothing is guessed.
 *
 * @param sourceRoots the folders of the Java sources, watched and compiled
 * @param resourceDirs the folders of the resources ({@code static/}, templates), watched, given to
 *     the processor and put on the application's class path as they are, so a static file is
 *     served as saved
 * @param compileClasspath what javac compiles the sources against
 * @param runtimeClasspath the application's dependencies, loaded with each generation (those the
 *     reloader itself holds, Carafe's runtime above all, are shared)
 * @param workDir where each generation's classes are written, one folder each
 * @param args the generated main's command line ({@code --debug}, {@code --config FILE}, ...)
 * @param host the address to listen on
 * @param port the port to listen on, kept across generations; 0 for any free one
 */
public record Project(List<Path> sourceRoots, List<Path> resourceDirs, List<Path> compileClasspath,
    List<Path> runtimeClasspath, Path workDir, List<String> args, String host, int port) {
  /** Copies the lists. */
  public Project {
    sourceRoots = List.copyOf(sourceRoots);
    resourceDirs = List.copyOf(resourceDirs);
    compileClasspath = List.copyOf(compileClasspath);
    runtimeClasspath = List.copyOf(runtimeClasspath);
    args = List.copyOf(args);
  }
}
