/**
 * The read stage: annotated elements become {@link dev.carafe.processor.model model} records.
 * What makes an element impossible to model (a malformed rule, a parameter with no source, a
 * hook of the wrong shape) is reported at its annotation, and the element is dropped through
 * {@link dev.carafe.processor.check.Diagnostics#abort}.
 */
package dev.carafe.processor.read;
