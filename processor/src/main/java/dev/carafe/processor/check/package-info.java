/**
 * The check stage: the checks that need the whole application (clashing names and rules,
 * unreachable rules, controllers the generated code cannot make, blueprints that disagree). They
 * only report, at the element and annotation concerned; {@link
 * dev.carafe.processor.check.Diagnostics} is the one way errors reach the compiler.
 */
package dev.carafe.processor.check;
