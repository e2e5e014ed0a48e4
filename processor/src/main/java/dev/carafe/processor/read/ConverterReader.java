package dev.carafe.processor.read;

import dev.carafe.processor.check.Diagnostics;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.Names;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads a class annotated {@code @UrlConverter} into a {@link CustomConverter}, checking that the
 * generated code can make it and that its pattern and name are usable.
 */
final class ConverterReader {
  private final Diagnostics diagnostics;
  private final Types types;

  ConverterReader(Diagnostics diagnostics, Types types) {
    this.diagnostics = diagnostics;
    this.types = types;
  }

  /**
   * The converter.
   *
   * @param known the converters read so far, by name
   * @throws Diagnostics.Abort after reporting, at the annotation, why it cannot be used
   */
  CustomConverter read(TypeElement type, Map<String, CustomConverter> known) throws Diagnostics.Abort {
    AnnotationMirror annotation = Annotations.find(type, Names.URL_CONVERTER);
    String name = (String) Annotations.value(annotation, "name", "");
    String pattern = (String) Annotations.value(annotation, "pattern", "[^/]+");
    int weight = (Integer) Annotations.value(annotation, "weight", 100);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || Converter.Kind.named(name) != null) {
      throw diagnostics.abort(type, annotation, "Converter name '" + name + "' must be a Java identifier"
          + " other than the built-in converters (" + Converter.Kind.known() + ")");
    }
    if (known.containsKey(name)) {
      throw diagnostics.abort(type, annotation, "Converter name '" + name + "' is also used by "
          + known.get(name).type().getQualifiedName() + "; give each converter its own name");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw diagnostics.abort(type, annotation, "The pattern of converter '" + name + "' is not a"
          + " regular expression: " + e.getDescription() + " near index " + e.getIndex());
    }
    if (pattern.replaceAll("\\[\\^(?:\\\\.|[^\\]])*]", "").contains("/")) {
      // A '/' outside a negated class ([^/]+, the default) is one the pattern would match, and a
      // segment never holds one.
      throw diagnostics.abort(type, annotation, "The pattern of converter '" + name + "' mentions '/'"
          + " outside a negated class such as [^/]; a converter matches within one path segment");
    }
    TypeMirror valueType = valueType(type);
    if (valueType == null) {
      throw diagnostics.abort(type, annotation, "Converter class " + type.getSimpleName() + " must"
          + " implement " + Names.CONVERTER + "<T> directly, naming T");
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)
        || !hasPublicNoArgConstructor(type)) {
      throw diagnostics.abort(type, annotation, "Converter class " + type.getSimpleName() + " must be"
          + " public, not abstract, with a public constructor without parameters, so that the"
          + " generated application can make it");
    }
    return new CustomConverter(name, pattern, weight, type, valueType);
  }

  private TypeMirror valueType(TypeElement type) {
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (supertype instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(Names.CONVERTER)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.size() == 1 ? arguments.get(0) : null;
      }
    }
    return null;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }
}
