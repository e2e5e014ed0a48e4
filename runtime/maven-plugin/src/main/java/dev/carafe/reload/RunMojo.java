package dev.carafe.reload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;

/**
 * {@code mvn carafe:run}: serves the project's application in debug mode and reloads it when a
 * source, a template or a static file changes, keeping the port. The project's source roots,
 * resources and class paths come from Maven's model; the work is {@link Reloader}'s.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
    threadSafe = true)
public final class RunMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The address to listen on ({@code -Dcarafe.host}); a loopback one, as debug mode requires. */
  @Parameter(property = "carafe.host", defaultValue = "127.0.0.1")
  private String host;

  /** The port to listen on ({@code -Dcarafe.port}); it stays bound across reloads. */
  @Parameter(property = "carafe.port", defaultValue = "8080")
  private int port;

  /**
   * More of the generated main's options ({@code -Dcarafe.args="--config dev.properties"}),
   * after {@code --debug}, {@code --host} and {@code --port}.
   */
  @Parameter(property = "carafe.args")
  private String args;

  /** Creates the goal; Maven sets its fields. */
  public RunMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    Project served;
    try {
      served = project();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's dependencies are not resolved", e);
    }
    try (Reloader reloader = Reloader.start(served, System.out, System.err)) {
      // Serve until Maven is stopped (CTRL+C); the shutdown lets requests in flight finish.
      Thread main = Thread.currentThread();
      Runtime.getRuntime().addShutdownHook(new Thread(reloader::close, "carafe-reload-stop"));
      main.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private Project project() throws DependencyResolutionRequiredException {
    Path output = Path.of(project.getBuild().getOutputDirectory());
    List<Path> resources = new ArrayList<>();
    for (Resource resource : project.getResources()) {
      resources.add(Path.of(resource.getDirectory()));
    }
    List<String> mainArgs = new ArrayList<>(List.of("--debug", "--host", host, "--port",
        Integer.toString(port)));
    if (args != null && !args.isBlank()) {
      mainArgs.addAll(List.of(args.trim().split("\\s+")));
    }
    // Not the build's own generated sources: each build generates its own.
    Path target = Path.of(project.getBuild().getDirectory());
    List<Path> sources = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      if (!Path.of(root).startsWith(target)) {
        sources.add(Path.of(root));
      }
    }
    return new Project(sources, resources,
        paths(project.getCompileClasspathElements(), output),
        paths(project.getRuntimeClasspathElements(), output),
        Path.of(project.getBuild().getDirectory(), "carafe-run"), mainArgs, host, port);
  }

  /** {@code elements} as paths, without the project's own classes, which each build replaces. */
  private static List<Path> paths(List<String> elements, Path without) {
    List<Path> paths = new ArrayList<>();
    for (String element : elements) {
      Path path = Path.of(element);
      if (!path.equals(without)) {
        paths.add(path);
      }
    }
    return paths;
  }
}
