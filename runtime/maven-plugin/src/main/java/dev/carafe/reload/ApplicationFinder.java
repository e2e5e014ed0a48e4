package dev.carafe.reload;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Notes the classes annotated {@code @Application} as javac reads them, beside Carafe's
 * processor, so the reloader knows which generated main to run without being told or scanning
 * files. Claims nothing: Carafe's processor sees the same annotations.
 */
final class ApplicationFinder extends AbstractProcessor {
  private static final String APPLICATION = "dev.carafe.Application";
  private final List<String> applications = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(APPLICATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element type : round.getElementsAnnotatedWith(annotation)) {
        if (type instanceof TypeElement) {
          applications.add(((TypeElement) type).getQualifiedName().toString());
        }
      }
    }
    return false;
  }

  /** The qualified names of the application classes found. */
  List<String> applications() {
    return List.copyOf(applications);
  }
}
