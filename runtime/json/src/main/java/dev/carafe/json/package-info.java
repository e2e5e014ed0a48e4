/**
 * JSON without reflection: maps, lists and scalars written and read by
 * {@link dev.carafe.json.Json}, records through the adapters Carafe's processor generates.
 */
package dev.carafe.json;
