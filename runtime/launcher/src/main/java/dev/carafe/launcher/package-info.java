/**
 * What a generated main class calls: the command line ({@code --host}, {@code --port},
 * {@code --server}, {@code --config}, {@code --routes}, {@code CARAFE_*} variables), then the
 * application, configured, served on Undertow or Jetty or handed to one of its commands ({@link
 * dev.carafe.launcher.AppCommand}).
 */
package dev.carafe.launcher;
