/**
 * Build-time help for applications: the check that tells a build without Carafe's annotation
 * processor how to add it.
 */
package dev.carafe.build;
