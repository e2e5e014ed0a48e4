package dev.carafe.processor.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.carafe.processor.model.StaticFolderModel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Warns where the sources name a static file that the static folder does not hold: a typed
 * builder's {@code static_("app.css")}, or a {@code urlFor("static", ...)} call that gives
 * {@code "filename"} a constant. Templates compiled to Java sources in the same compilation (as
 * jte's Maven plugin writes them) are sources too, so their references are checked alike.
 *
 * <p>A warning, not an error: the folder the build saw may legitimately lack a file that the
 * deployment adds. Nothing is checked when the build did not see the folder, or when the compiler
 * is not javac (the syntax trees are javac's).
 */
public final class StaticReferences {
  private final ProcessingEnvironment environment;

  public StaticReferences(ProcessingEnvironment environment) {
    this.environment = environment;
  }

  /** Checks the compilation units of {@code roots} against the files of {@code folder}. */
  public void check(Collection<? extends Element> roots, StaticFolderModel folder) {
    if (folder == null || folder.assets().isEmpty()) {
      return;
    }
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (IllegalArgumentException notJavac) {
      return;
    }
    Set<String> files = new LinkedHashSet<>();
    for (StaticFolderModel.Asset asset : folder.assets()) {
      files.add(asset.name());
    }
    Set<CompilationUnitTree> units = new LinkedHashSet<>();
    for (Element root : roots) {
      TreePath path = trees.getPath(root);
      if (path != null) {
        units.add(path.getCompilationUnit());
      }
    }
    for (CompilationUnitTree unit : units) {
      new Scanner(trees, unit, files, folder.folder()).scan(unit, null);
    }
  }

  /** Finds the static file names of one compilation unit. */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final CompilationUnitTree unit;
    private final Set<String> files;
    private final String folder;

    Scanner(Trees trees, CompilationUnitTree unit, Set<String> files, String folder) {
      this.trees = trees;
      this.unit = unit;
      this.files = files;
      this.folder = folder;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      String method = name(call.getMethodSelect());
      List<? extends ExpressionTree> arguments = call.getArguments();
      if (method.equals("static_") && arguments.size() == 1) {
        checkName(arguments.get(0));
      } else if (method.equals("urlFor") && !arguments.isEmpty() && "static".equals(text(arguments.get(0)))) {
        new FilenameFinder().scan(arguments.subList(1, arguments.size()), null);
      }
      return super.visitMethodInvocation(call, unused);
    }

    private void checkName(ExpressionTree argument) {
      String name = text(argument);
      if (name != null && !files.contains(name)) {
        trees.printMessage(Diagnostic.Kind.WARNING, "No static file '" + name + "' in the static"
            + " folder '" + folder + "': its URL will answer 404. Add the file, or correct the name",
            argument, unit);
      }
    }

    /** Finds a constant after a {@code "filename"} constant among one call's arguments. */
    private final class FilenameFinder extends TreePathScanner<Void, Void> {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        List<? extends ExpressionTree> arguments = call.getArguments();
        for (int i = 0; i + 1 < arguments.size(); i++) {
          if ("filename".equals(text(arguments.get(i)))) {
            checkName(arguments.get(i + 1));
          }
        }
        return super.visitMethodInvocation(call, unused);
      }

      /** Arguments given directly: {@code urlFor("static", "filename", "app.css")}. */
      void scan(List<? extends ExpressionTree> arguments, Void unused) {
        for (int i = 0; i + 1 < arguments.size(); i++) {
          if ("filename".equals(text(arguments.get(i)))) {
            checkName(arguments.get(i + 1));
          }
        }
        for (ExpressionTree argument : arguments) {
          scan(new TreePath(new TreePath(unit), argument), null);
        }
      }
    }
  }

  /** The simple name of a called method: {@code urlFor} of {@code app.urlFor(...)}. */
  private static String name(ExpressionTree select) {
    if (select instanceof MemberSelectTree) {
      return ((MemberSelectTree) select).getIdentifier().toString();
    }
    if (select instanceof IdentifierTree) {
      return ((IdentifierTree) select).getName().toString();
    }
    return "";
  }

  /** The value of a string literal, or {@code null} for any other expression. */
  private static String text(Tree tree) {
    if (tree instanceof LiteralTree && ((LiteralTree) tree).getValue() instanceof String) {
      return (String) ((LiteralTree) tree).getValue();
    }
    return null;
  }
}
