package dev.carafe.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Types;

/**
 * Writes every source file of a planned application: its URL builders, dispatch table, wiring,
 * JSON adapters (when a record goes to JSON) and main class. A pure function of the plan: the
 * caller hands the files to the compiler.
 */
public final class ApplicationWriter {
  private ApplicationWriter() {}

  /** @param types javac's type utilities, for the erasure and boxing of the application's types */
  public static List<JavaFile> write(DispatchPlan plan, Types types) {
    ApplicationModel app = plan.app();
    GeneratedTypes names = GeneratedTypes.of(app);
    List<JavaFile> files = new ArrayList<>();
    files.add(SourceFiles.of(app, new UrlsWriter(plan, names, new UrlTemplates(names, plan, types)).write()));
    files.add(SourceFiles.of(app, new DispatchWriter(plan, names).write()));
    files.add(SourceFiles.of(app, new AppWriter(plan, names).write()));
    if (names.json() != null) {
      files.add(SourceFiles.of(app, new JsonAdaptersWriter(app.jsonRecords(), names, types).write()));
    }
    files.add(SourceFiles.of(app, new MainWriter(app, names).write()));
    return files;
  }
}
