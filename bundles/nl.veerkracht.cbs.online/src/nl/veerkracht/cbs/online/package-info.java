/**
 * Downloads the CBS <i>Kerncijfers wijken en buurten</i> (KWB) and the PDOK wijk and buurt boundaries of
 * one gemeente into memory. No file is written. The base URLs are configurable, so tests and mirrors can
 * stand in for the public services.
 *
 * <h2>CBS open data, OData v3 ({@link nl.veerkracht.cbs.online.CbsODataClient})</h2>
 * Each StatLine table is its own OData v3 service under {@code https://opendata.cbs.nl/ODataApi/odata/}.
 * The table of a year comes from {@link nl.veerkracht.cbs.online.KwbTables} (to be checked against the live
 * catalogue). Two resources are read, both as JSON:
 * <ul>
 * <li>{@code GET {base}/{table}/DataProperties?$format=json}: the columns; entries of type
 * {@code TopicGroup} are left out, the others become {@link nl.veerkracht.cbs.online.DataProperty} (from
 * {@code Key}, {@code Title}, {@code Type}, {@code Unit}, {@code Decimals}).</li>
 * <li>{@code GET {base}/{table}/TypedDataSet?$format=json&$filter=substring(WijkenEnBuurten,2,4) eq '0599'}
 * (percent-encoded): the rows of gemeente GM0599. CBS pads region codes to ten characters
 * ({@code "GM0599    "}, {@code "WK059901  "}, {@code "BU05990110"}), and characters 2 to 5 (0-based)
 * are the gemeente number at every level, so this one filter selects the gemeente, its wijken and its
 * buurten. All text values are stripped of their padding.</li>
 * </ul>
 * Responses are OData v3 JSON: {@code {"odata.metadata": "…", "value": [ … ], "odata.nextLink": "…"}}.
 * CBS returns at most 10,000 rows per response and adds {@code odata.nextLink} (absolute, or resolved
 * against the page URL) while more rows follow; the client follows it until a page has none.
 *
 * <h2>PDOK OGC API Features ({@link nl.veerkracht.cbs.online.PdokFeaturesClient})</h2>
 * Each year of the Wijk- en Buurtkaart is its own service,
 * {@code https://api.pdok.nl/cbs/wijken-en-buurten-{year}/ogc/v1/}, with the collections {@code gemeenten},
 * {@code wijken} and {@code buurten}. The client sends
 * {@code GET {service}/collections/{collection}/items?f=json&gemeentecode=GM0599&limit=1000} and, for a CRS
 * other than WGS 84, {@code &crs=http://www.opengis.net/def/crs/EPSG/0/28992} (RD New). Each page is a
 * GeoJSON FeatureCollection with {@code numberReturned} and a {@code links} array; the client follows the
 * link with {@code "rel": "next"} (resolved against the page URL, carrying the server's cursor) until a page
 * has none. The CRS of the result is the one in the {@code Content-Crs} response header
 * ({@code <http://www.opengis.net/def/crs/EPSG/0/28992>}), or the one asked for if the header is missing.
 * The property names are those of the service, for example the 2024 camelCase names {@code buurtcode},
 * {@code gemeentecode}, {@code aantalInwoners}; PDOK writes {@code -99995} and similar codes for figures not
 * (yet) published, which are kept as they are.
 *
 * <h2>Requests, progress, cancellation and errors</h2>
 * All requests are idempotent GETs sent with {@link java.net.http.HttpClient} under a
 * {@link nl.veerkracht.cbs.online.RequestPolicy}: connect and request timeouts, and a bounded number of
 * attempts with exponential backoff for 5xx answers and timeouts only. A
 * {@link nl.veerkracht.cbs.online.DownloadMonitor} receives pages and rows done; it is asked before every
 * request and while waiting for an answer whether to cancel, and a cancelled download throws
 * {@link java.util.concurrent.CancellationException} without a partial result. Every other failure is an
 * {@link nl.veerkracht.cbs.online.OnlineDataException} naming the URL: an HTTP error status (with the start
 * of the response body), malformed JSON (with line and column), an unknown year (no URL), or an empty
 * result, which means the gemeente code is not known for that year. Paging stops after 10,000 pages at
 * most.
 */
package nl.veerkracht.cbs.online;
