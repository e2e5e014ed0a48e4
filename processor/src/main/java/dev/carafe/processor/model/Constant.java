package dev.carafe.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * A value written as text in an annotation (a rule's {@code defaults}, a {@code defaultValue}),
 * checked against the parameter it is given to and kept in its canonical form.
 *
 * @param type what kind of value it is
 * @param value the value's canonical text: {@code 01} read as an {@code int} is {@code 1}, an
 *     enum constant is its name
 * @param enumType the enum of an {@link Type#ENUM} constant, else {@code null}
 */
public record Constant(Type type, String value, TypeElement enumType) {

  /** The kinds of value a default can be. */
  public enum Type { INT, LONG, DOUBLE, FLOAT, BOOLEAN, STRING, UUID, ENUM }
}
