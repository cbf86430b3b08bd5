/**
 * Joining CBS observations to boundary geometry by region code, with a {@link nl.veerkracht.cbs.join.JoinReport}
 * that lists everything that did not match.
 */
package nl.veerkracht.cbs.join;
