package dev.carafe.build;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Catches a build that forgot the Carafe processor. The runtime jar registers this small processor,
 * so javac finds it on the class path exactly when no processor path was configured. If an
 * {@code @Application} class is compiled and, by the last round, its generated {@code ...Main}
 * class does not exist, the Carafe processor did not run, and this says how to add it instead of
 * leaving an application with no routes.
 *
 * <p>Not for use in code: javac creates it.
 */
public final class ProcessorCheck extends AbstractProcessor {
  private static final String APPLICATION = "dev.carafe.Application";
  private static final String FIX = "Carafe's annotation processor did not run, so %s has no"
      + " generated application. Add dev.carafe:carafe-processor to the compiler's"
      + " annotationProcessorPaths (Maven) or annotationProcessor configuration (Gradle); see"
      + " Carafe's README, 'Quick start'.";

  private String application;

  /** Made by javac. */
  public ProcessorCheck() {}

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
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(APPLICATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement && application == null) {
          application = ((TypeElement) element).getQualifiedName().toString();
        }
      }
    }
    if (round.processingOver() && application != null
        && processingEnv.getElementUtils().getTypeElement(application + "Main") == null) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(application);
      processingEnv.getMessager().printMessage(
          Diagnostic.Kind.ERROR, String.format(FIX, application), type);
    }
    return false;
  }
}
