/**
 * What a generated main class calls: the command line ({@code --host}, {@code --port},
 * {@code --config}, {@code --routes}, {@code CARAFE_*} variables), then the application,
 * configured, served on Undertow.
 */
package dev.carafe.launcher;
