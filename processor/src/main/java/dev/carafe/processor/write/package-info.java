/**
 * The write stage: pure functions from a {@link dev.carafe.processor.plan.DispatchPlan} to source
 * files, entered through {@link dev.carafe.processor.write.ApplicationWriter}. Every file goes
 * through {@code SourceFiles}, which stamps its header and originating elements, and every
 * runtime type the generated code names is in {@code RuntimeTypes}.
 */
package dev.carafe.processor.write;
