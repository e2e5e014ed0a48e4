/**
 * The read stage: annotated elements become {@link dev.carafe.processor.model model} records,
 * round by round, gathered by {@link dev.carafe.processor.read.Sources} (the stage's only public
 * class).
 * What makes an element impossible to model (a malformed rule, a parameter with no source, a
 * hook of the wrong shape) is reported at its annotation, and the element is dropped through
 * {@link dev.carafe.processor.check.Diagnostics#abort}.
 */
package dev.carafe.processor.read;
