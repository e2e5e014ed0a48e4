package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.CommandModel;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.HookModel;
import dev.carafe.processor.model.Names;
import dev.carafe.processor.model.TemplateMethod;
import dev.carafe.processor.model.TemplatesModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the rounds of one compilation have read so far: the application class, the application's
 * own converters, its endpoints, hooks and commands, and the records that go to and from JSON. Each round
 * adds what it brings; an element that cannot be read is reported and left out, and the others
 * are still read.
 */
public final class Sources {
  /**
   * The processor option naming the directory that holds the application's resource folders,
   * for builds that do not copy them into the class output before compiling.
   */
  public static final String RESOURCES_OPTION = ResourceFolders.RESOURCES_OPTION;
  private final Diagnostics diagnostics;
  private final Elements elements;
  private final ApplicationReader applicationReader;
  private final ConverterReader converterReader;
  private final EndpointReader endpointReader;
  private final HookReader hookReader;
  private final StaticFolderReader staticFolderReader;
  private final CommandReader commandReader;
  private final TemplateReader templateReader;
  private final TemplateSignatures templateSignatures;
  private final JsonTypes json = new JsonTypes();
  private final Map<String, CustomConverter> converters = new LinkedHashMap<>();
  private final List<TypeElement> applications = new ArrayList<>();
  private final List<EndpointModel> endpoints = new ArrayList<>();
  private final List<HookModel> hooks = new ArrayList<>();
  /** The {@code @Command} methods met before the application class, read once it is known. */
  private final List<ExecutableElement> pendingCommands = new ArrayList<>();
  private final List<CommandModel> commands = new ArrayList<>();
  private final Set<Element> seen = new HashSet<>();
  private final List<ExecutableElement> routed = new ArrayList<>();
  private final List<Element> roots = new ArrayList<>();
  /** The elements annotated {@code @NonBlocking} or {@code @Blocking}, each once. */
  private final Set<Element> threadingMarks = new LinkedHashSet<>();

  public Sources(ProcessingEnvironment environment, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.elements = environment.getElementUtils();
    this.applicationReader = new ApplicationReader(elements, environment.getTypeUtils());
    this.converterReader = new ConverterReader(diagnostics, environment.getTypeUtils());
    this.endpointReader = new EndpointReader(diagnostics, environment.getTypeUtils(), converters, json);
    this.hookReader = new HookReader(diagnostics, environment.getTypeUtils(), elements, json);
    this.staticFolderReader = new StaticFolderReader(environment, diagnostics);
    this.commandReader = new CommandReader(diagnostics, elements);
    this.templateReader = new TemplateReader(environment, diagnostics);
    this.templateSignatures = new TemplateSignatures(elements, diagnostics);
  }

  /**
   * Reads what {@code round} brings.
   *
   * @return the routed methods and hooks met for the first time, in the order read
   */
  public List<ExecutableElement> read(RoundEnvironment round) {
    List<ExecutableElement> added = new ArrayList<>();
    Map<String, List<Element>> annotated = annotated(round);
    readApplications(annotated.get(Names.APPLICATION));
    readCommands(annotated.get(Names.COMMAND));
    threadingMarks.addAll(annotated.get(Names.NON_BLOCKING));
    threadingMarks.addAll(annotated.get(Names.BLOCKING));
    // Every public record of the sources gets a JSON adapter, so Response.json works for any of them.
    for (Element root : round.getRootElements()) {
      roots.add(root);
      readRecords(root, true);
    }
    for (Element element : annotated.get(Names.URL_CONVERTER)) {
      try {
        CustomConverter converter = converterReader.read((TypeElement) element, converters);
        converters.put(converter.name(), converter);
      } catch (Diagnostics.Abort reported) {
        // Reported at the converter; the others are still read.
      }
    }
    for (HookModel.Kind kind : HookModel.Kind.values()) {
      for (Element element : annotated.get(kind.annotation)) {
        added.add((ExecutableElement) element);
        try {
          hooks.add(hookReader.read(kind, (ExecutableElement) element));
        } catch (Diagnostics.Abort reported) {
          // Reported at the hook; the others are still read.
        }
      }
    }
    for (String annotation : routeAnnotations()) {
      for (Element element : annotated.get(annotation)) {
        // A method with several route annotations is met once per annotation type.
        if (!seen.add(element)) {
          continue;
        }
        ExecutableElement method = (ExecutableElement) element;
        routed.add(method);
        added.add(method);
        try {
          endpoints.addAll(endpointReader.read(method));
        } catch (Diagnostics.Abort reported) {
          // Reported at the route; the others are still read.
        }
      }
    }
    return added;
  }

  /** The class annotated {@code @Application}, or {@code null} while none has been met. */
  public TypeElement application() {
    return applications.isEmpty() ? null : applications.get(0);
  }

  /** The types of the sources read so far, generated ones included. */
  public List<Element> roots() {
    return roots;
  }

  /** The first routed method met, or {@code null}. */
  public ExecutableElement firstRoute() {
    return routed.isEmpty() ? null : routed.get(0);
  }

  /** The application, with everything read so far; call once the application class is known. */
  public ApplicationModel applicationModel() {
    return applicationReader.read(application(), staticFolderReader.read(application()), endpoints,
        hooks, new ArrayList<>(json.records().values()), commands, new ArrayList<>(threadingMarks));
  }

  /** Reads the commands met so far, once the application class they must belong to is known. */
  private void readCommands(List<Element> annotated) {
    for (Element element : annotated) {
      pendingCommands.add((ExecutableElement) element);
    }
    if (application() == null) {
      return;
    }
    for (ExecutableElement method : pendingCommands) {
      try {
        commands.add(commandReader.read(application(), method));
      } catch (Diagnostics.Abort reported) {
        // Reported at the command; the others are still read.
      }
    }
    pendingCommands.clear();
  }

  /**
   * The application's templates compiled by jte into Java sources, or {@code null} when it has
   * none or they could not be compiled (then reported); call once the application class is known.
   */
  public TemplatesModel templates() {
    return templateReader.read(application());
  }

  /**
   * The methods of the typed {@code ...Templates} class, read from the template classes javac
   * compiled from {@code templates}: call in the round after their sources were written.
   */
  public List<TemplateMethod> templateMethods(TemplatesModel templates) {
    return templateSignatures.read(application(), templates);
  }

  private void readApplications(List<Element> annotated) {
    for (Element element : annotated) {
      if (element.getKind() != ElementKind.CLASS) {
        diagnostics.error(element, "@Application belongs on a class");
      } else if (!applications.isEmpty()) {
        diagnostics.error(element, "More than one class is annotated @Application: "
            + applications.get(0).getQualifiedName() + " and " + ((TypeElement) element).getQualifiedName()
            + ". A compilation holds one application; remove @Application from one of them");
      } else {
        applications.add((TypeElement) element);
      }
    }
  }

  private void readRecords(Element element, boolean enclosedPublicly) {
    boolean visible = enclosedPublicly && element.getModifiers().contains(Modifier.PUBLIC);
    if (visible && element.getKind() == ElementKind.RECORD
        && ((TypeElement) element).getTypeParameters().isEmpty()) {
      json.check(element.asType());
    }
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof TypeElement) {
        readRecords(member, visible);
      }
    }
  }

  private static List<String> routeAnnotations() {
    List<String> names = new ArrayList<>(List.of(Names.ROUTE, Names.ROUTES));
    names.addAll(new TreeSet<>(Names.SHORTCUTS.keySet()));
    return names;
  }

  /**
   * The elements of the round that carry each of Carafe's annotations, in the order of the
   * sources: one pass over the round, however many annotations there are (an annotation not on
   * the class path has none).
   */
  private Map<String, List<Element>> annotated(RoundEnvironment round) {
    List<String> names = new ArrayList<>(List.of(Names.APPLICATION, Names.URL_CONVERTER, Names.COMMAND,
        Names.NON_BLOCKING, Names.BLOCKING));
    for (HookModel.Kind kind : HookModel.Kind.values()) {
      names.add(kind.annotation);
    }
    names.addAll(routeAnnotations());
    Map<String, List<Element>> annotated = new HashMap<>();
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : names) {
      annotated.put(name, new ArrayList<>());
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    for (Element element : round.getElementsAnnotatedWithAny(types.toArray(new TypeElement[0]))) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        List<Element> carrying = annotated.get(
            ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString());
        if (carrying != null) {
          carrying.add(element);
        }
      }
    }
    return annotated;
  }
}
