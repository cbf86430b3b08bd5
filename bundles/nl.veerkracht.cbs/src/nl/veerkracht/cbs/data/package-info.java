/**
 * CBS observations: a number in a variable's unit, or a missing value with its reason, per region code,
 * variable and year; and the multi-year series built from them. Missing values are never zero.
 */
package nl.veerkracht.cbs.data;
