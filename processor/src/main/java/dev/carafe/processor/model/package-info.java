/**
 * What the processor reads from the sources, as data: rules and their parts, converters,
 * endpoints, hooks, the application. Immutable records that the check, plan and write stages
 * share; no JavaPoet type and no compiler service appears here. {@link
 * dev.carafe.processor.model.Names} spells the runtime's names the sources use.
 */
package dev.carafe.processor.model;
