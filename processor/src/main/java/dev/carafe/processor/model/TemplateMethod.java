package dev.carafe.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A method of the generated {@code ...Templates} class: one template rendered into a page, its
 * parameters the template's {@code @param}s with the types javac resolved in its compiled class.
 *
 * @param name the method's name, from the template's path: {@code auth/login.jte} is
 *     {@code authLogin}
 * @param template the template's path in the templates folder
 * @param templateClass the class jte generated for the template
 * @param parameters the template's parameters, in order
 * @param varargs whether the last parameter is a variable number of arguments
 */
public record TemplateMethod(String name, String template, TypeElement templateClass,
    List<VariableElement> parameters, boolean varargs) {}
