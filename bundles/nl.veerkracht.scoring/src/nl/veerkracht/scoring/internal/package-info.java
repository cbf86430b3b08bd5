/**
 * Reading and checking indicator contributions; not API.
 */
package nl.veerkracht.scoring.internal;
