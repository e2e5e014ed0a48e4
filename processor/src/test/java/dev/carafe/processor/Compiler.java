package dev.carafe.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.carafe.App;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Carafe processor and loads what it generated. */
final class Compiler {
  private Compiler() {}

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new CarafeProcessor()).compile(sources);
  }

  /** Compiles with javac {@code options}, such as the processor's {@code -A...} ones. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new CarafeProcessor()).withOptions(options).compile(sources);
  }

  /** The application {@code appClass + "App"} generated, made with {@code create()}. */
  static App app(Compilation compilation, String appClass) {
    try {
      Class<?> wiring = new GeneratedClasses(compilation).loadClass(appClass + "App");
      return (App) wiring.getMethod("create").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Could not make the generated application " + appClass, e);
    }
  }

  /**
   * Loads the classes of a compilation, and the resources it wrote (a template's text), falling
   * back to the test's own class path.
   */
  static final class GeneratedClasses extends ClassLoader {
    private final Compilation compilation;

    GeneratedClasses(Compilation compilation) {
      super(Compiler.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String path = "/" + name.replace('.', '/') + ".class";
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(path)) {
          try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      throw new ClassNotFoundException(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.OTHER && file.toUri().getPath().endsWith("/" + name)) {
          try {
            return file.openInputStream();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return super.getResourceAsStream(name);
    }
  }
}
