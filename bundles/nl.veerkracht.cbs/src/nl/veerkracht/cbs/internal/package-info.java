/**
 * Implementation helpers of the CBS import; not API.
 */
package nl.veerkracht.cbs.internal;
