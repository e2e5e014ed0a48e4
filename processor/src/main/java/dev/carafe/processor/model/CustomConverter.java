package dev.carafe.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A user's converter, declared with {@code @UrlConverter} on a class implementing
 * the runtime's {@code Converter<T>}.
 *
 * @param name the name rules use, as in {@code <slug:title>}
 * @param pattern the regular expression a value must match, within one segment
 * @param weight where it ranks against other converters (Werkzeug's weight)
 * @param type the class, made once by the generated code
 * @param valueType the {@code T} it converts to
 */
public record CustomConverter(String name, String pattern, int weight, TypeElement type, TypeMirror valueType) {
  @Override
  public boolean equals(Object other) {
    return other instanceof CustomConverter && ((CustomConverter) other).type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
