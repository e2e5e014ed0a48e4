/**
 * What templates compiled by Carafe's processor see: {@link dev.carafe.templates.TemplateGlobals},
 * Flask's template globals, imported into every template.
 *
 * <p>Templates are jte templates ({@code src/main/resources/templates/**}{@code /*.jte}); the
 * processor compiles them with the application and generates a typed {@code ...Templates} class
 * whose methods render them into a {@link dev.carafe.Page}.
 */
package dev.carafe.templates;
