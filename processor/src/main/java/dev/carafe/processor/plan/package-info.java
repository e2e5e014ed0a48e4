/**
 * The plan stage: {@link dev.carafe.processor.plan.DispatchPlanner} turns a checked application
 * into an immutable {@link dev.carafe.processor.plan.DispatchPlan}: the route tree, the perfect
 * hashes (seeds, displacements, sampled positions), the terminals, the converter fields and the
 * wiring. All of it is plain data, tested apart from the code that writes it.
 */
package dev.carafe.processor.plan;
