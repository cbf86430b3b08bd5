/**
 * Implementation of the online clients: HTTP with retries and cancellation, and streaming JSON parsers
 * for OData pages and OGC API Features pages. Not API.
 */
package nl.veerkracht.cbs.online.internal;
