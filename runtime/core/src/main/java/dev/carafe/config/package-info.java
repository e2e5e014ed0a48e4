/**
 * An application's configuration, Flask's {@code app.config}: {@link dev.carafe.config.Config},
 * with Flask's key names and defaults, typed, read from code, a file and the {@code CARAFE_}
 * environment variables.
 */
package dev.carafe.config;
