/**
 * Reload on change, {@code mvn carafe:run}: one server keeps the port while each build of the
 * application (a <em>generation</em>: compiled by javac with Carafe's processor, loaded in a class
 * loader of its own) is swapped in behind it; a build that does not compile is shown as a page.
 *
 * <p>This is the one place where Carafe loads an application's class by name and calls its main
 * by reflection: a fresh class loader per generation cannot be reached otherwise. The rule "no
 * reflection" is about an application's runtime, which this tool only starts.
 */
package dev.carafe.reload;
