/**
 * The blog index of Flask's tutorial (Flaskr) in jte and in JStachio, for {@code
 * TemplateBenchmark} (issue 12). JStachio's templates are {@code templates/NAME.mustache} on the
 * class path; jte's are {@code src/main/jte/NAME.jte}.
 */
@JStachePath(prefix = "templates/", suffix = ".mustache")
@JStacheFormatterTypes(types = LocalDate.class)
package dev.carafe.benchmarks.templates;

import io.jstach.jstache.JStacheFormatterTypes;
import io.jstach.jstache.JStachePath;
import java.time.LocalDate;
