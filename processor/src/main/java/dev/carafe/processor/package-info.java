/**
 * The Carafe annotation processor. {@link dev.carafe.processor.CarafeProcessor} is its entry
 * point and its only public class; it runs four stages, each in its own package:
 *
 * <ol>
 *   <li>{@link dev.carafe.processor.read read}: the annotated elements become models
 *       ({@link dev.carafe.processor.model model}), records without JavaPoet in them; an element
 *       that cannot become a model is reported and skipped;
 *   <li>{@link dev.carafe.processor.check check}: the whole application is checked, and problems
 *       are only reported; nothing is generated after an error;
 *   <li>{@link dev.carafe.processor.plan plan}: the dispatch table and the wiring are decided once,
 *       into an immutable {@code DispatchPlan};
 *   <li>{@link dev.carafe.processor.write write}: pure functions from the plan to source files.
 * </ol>
 */
package dev.carafe.processor;
