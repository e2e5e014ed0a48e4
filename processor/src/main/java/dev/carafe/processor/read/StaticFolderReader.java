package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.Result;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.model.StaticFolderModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the application's static folder, Flask's {@code static_folder}: the {@code static}
 * endpoint that serves it at {@code staticUrlPath + "/<path:filename>"}, and the files the build
 * can see there, each with a hash of its content for its fingerprinted URL.
 *
 * <p>The folder is a resource folder. Maven copies resources into the class output before it
 * compiles, so the processor finds {@code target/classes/static} there; a build that keeps
 * resources elsewhere (Gradle's {@code build/resources/main}) passes that directory as
 * {@code -Acarafe.resources=DIR}. A folder the build cannot see is still served at run time, only
 * without fingerprints or precompressed siblings.
 */
final class StaticFolderReader {
  /** Hexadecimal digits of the content hash in a fingerprinted name: 48 bits, as Django's 12. */
  private static final int HASH_DIGITS = 12;

  private final ProcessingEnvironment environment;
  private final Diagnostics diagnostics;
  private final Elements elements;

  StaticFolderReader(ProcessingEnvironment environment, Diagnostics diagnostics) {
    this.environment = environment;
    this.diagnostics = diagnostics;
    this.elements = environment.getElementUtils();
  }

  /**
   * The static folder of {@code application}, or {@code null} when it turns static files off or
   * its settings are wrong (then reported at the annotation).
   */
  StaticFolderModel read(TypeElement application) {
    AnnotationMirror annotation = Annotations.find(application, Names.APPLICATION);
    String folder = (String) Annotations.value(annotation, "staticFolder", "static");
    String urlPath = (String) Annotations.value(annotation, "staticUrlPath", "/static");
    if (folder.isEmpty()) {
      return null;
    }
    if (!ResourceFolders.isFolderName(folder)) {
      diagnostics.error(application, annotation, "staticFolder \"" + folder + "\" is not a resource"
          + " folder name; give a path from the root of the class path without leading or trailing"
          + " slashes, like \"static\" or \"web/assets\", or \"\" to serve no static files");
      return null;
    }
    if (!urlPath.isEmpty() && !urlPath.startsWith("/") || urlPath.endsWith("/")
        || urlPath.contains("<") || urlPath.contains(">")) {
      diagnostics.error(application, annotation, "staticUrlPath \"" + urlPath + "\" is not a URL"
          + " path for the static files; give one that starts with a slash and does not end with"
          + " one, like \"/static\" or \"/assets\", or \"\" to serve them at the root");
      return null;
    }
    TypeElement handler = elements.getTypeElement(Names.STATIC_FILES);
    if (handler == null) {
      diagnostics.error(application, annotation, "The class path has no " + Names.STATIC_FILES
          + ", which serves static files; use carafe-runtime of the same version as"
          + " carafe-processor");
      return null;
    }
    Rule rule;
    try {
      rule = RuleParser.parse(urlPath + "/<path:filename>");
    } catch (RuleSyntaxException e) {
      diagnostics.error(application, annotation, "staticUrlPath \"" + urlPath + "\" does not make"
          + " a rule: " + e.getMessage());
      return null;
    }
    ExecutableElement serve = ElementFilter.methodsIn(handler.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals("serve")).findFirst().orElseThrow();
    List<EndpointModel.Binding> bindings = List.of(new EndpointModel.CurrentRequest(),
        new EndpointModel.PathVariable(0, rule.variables().get(0), EndpointModel.ValueType.STRING,
            serve.getParameters().get(1).asType()));
    EndpointModel endpoint = new EndpointModel("static", rule, List.of("GET"), serve, handler,
        annotation, bindings, new Result(Result.Kind.RESPONSE, serve.getReturnType(), false), null,
        null, null, List.of(), false);
    return new StaticFolderModel(folder, endpoint, assets(application, annotation, folder));
  }

  /** The files of the folder with their fingerprints, or none when the build cannot see it. */
  private List<StaticFolderModel.Asset> assets(TypeElement application, AnnotationMirror annotation,
      String folder) {
    Path directory = ResourceFolders.directory(environment, folder);
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(directory)) {
      files.filter(Files::isRegularFile)
          .forEach(file -> names.add(directory.relativize(file).toString().replace('\\', '/')));
    } catch (IOException | RuntimeException e) {
      diagnostics.error(application, annotation, "Could not read the static folder " + directory
          + ": " + e.getMessage());
      return List.of();
    }
    List<StaticFolderModel.Asset> assets = new ArrayList<>();
    for (String name : names) {
      if (isSibling(name, names)) {
        continue;
      }
      try {
        assets.add(new StaticFolderModel.Asset(name, fingerprinted(name, hash(directory.resolve(name))),
            names.contains(name + ".br"), names.contains(name + ".gz")));
      } catch (IOException e) {
        diagnostics.error(application, annotation, "Could not read the static file "
            + directory.resolve(name) + ": " + e.getMessage());
      }
    }
    return assets;
  }

  /** Whether {@code name} is the precompressed copy of another file, served in its place. */
  private static boolean isSibling(String name, Set<String> names) {
    return (name.endsWith(".gz") || name.endsWith(".br"))
        && names.contains(name.substring(0, name.length() - 3));
  }

  /** The first {@link #HASH_DIGITS} hexadecimal digits of the file's SHA-256. */
  private static String hash(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_DIGITS);
  }

  /**
   * {@code name} with {@code hash} before the extension of its last segment, as Django's
   * {@code ManifestStaticFilesStorage} names files: {@code css/app.css} becomes
   * {@code css/app.3f2a1b9c0d4e.css}; a name without an extension (or a dot file) gets it at the
   * end.
   */
  static String fingerprinted(String name, String hash) {
    int segment = name.lastIndexOf('/') + 1;
    int dot = name.lastIndexOf('.');
    if (dot <= segment) {
      return name + "." + hash;
    }
    return name.substring(0, dot) + "." + hash + name.substring(dot);
  }
}
