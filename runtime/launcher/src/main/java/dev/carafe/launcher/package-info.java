/**
 * What a generated main class calls: the command line ({@code --host}, {@code --port},
 * {@code --routes}, {@code CARAFE_*} variables), then the application served on Undertow.
 */
package dev.carafe.launcher;
