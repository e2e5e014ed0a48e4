package dev.carafe.bench.fortunes.carafe;

import dev.carafe.Application;
import dev.carafe.config.Config;

/**
 * TechEmpower's fortunes page as a Carafe application, the way Flaskr is written: the processor
 * generates {@code FortunesApp}, the runnable {@code FortunesMain} and {@code FortunesTemplates}
 * (from {@code templates/fortunes.jte}); {@link FortunesPage} is the controller.
 *
 * <pre>
 * CARAFE_DATABASE=fortunes.sqlite java -jar fortunes-carafe.jar --port 8080
 * CARAFE_DATABASE='jdbc:postgresql://127.0.0.1:5432/fortunes?user=me' java -jar fortunes-carafe.jar
 * </pre>
 */
@Application
public class Fortunes {
  /** The configuration key of the database: a SQLite file or a {@code jdbc:postgresql:} URL. */
  public static final String DATABASE = "DATABASE";

  /** The defaults: a SQLite file {@code fortunes.sqlite} in the working directory. */
  public Config config() {
    return Config.builder().set(DATABASE, "fortunes.sqlite").build();
  }
}
