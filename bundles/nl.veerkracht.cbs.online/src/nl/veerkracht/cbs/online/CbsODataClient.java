package nl.veerkracht.cbs.online;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import nl.veerkracht.cbs.online.internal.HttpFetcher;
import nl.veerkracht.cbs.online.internal.GemeenteCodes;
import nl.veerkracht.cbs.online.internal.ODataPage;
import nl.veerkracht.cbs.online.internal.ODataPageParser;

/**
 * Downloads the <i>Kerncijfers wijken en buurten</i> of one gemeente from the CBS open data OData v3 API.
 * <p>
 * For a year it looks up the table in {@link KwbTables}, reads the table's {@code DataProperties} and then
 * its {@code TypedDataSet} filtered to the gemeente's regions, following {@code odata.nextLink} until the
 * last page. See the package documentation for the URLs. Instances hold an HTTP client and may be shared
 * between threads; each download runs on the calling thread.
 */
public final class CbsODataClient {

	/** The root of the CBS OData v3 API, under which each table has its own service. */
	public static final URI DEFAULT_BASE_URI = URI.create("https://opendata.cbs.nl/ODataApi/odata/");

	/** The column of {@code TypedDataSet} that holds the region code. */
	public static final String REGION_KEY = "WijkenEnBuurten";

	/** The most pages followed in one listing; a guard against a server whose next links never end. */
	static final int MAX_PAGES = 10_000;

	private static final String ACCEPT = "application/json";

	private final URI baseUri;
	private final HttpFetcher fetcher;
	private final ODataPageParser pageParser = new ODataPageParser();

	/** Creates a client for the public CBS service with the {@link RequestPolicy#DEFAULT default policy}. */
	public CbsODataClient() {
		this(DEFAULT_BASE_URI, RequestPolicy.DEFAULT);
	}

	/**
	 * Creates a client for a service root.
	 *
	 * @param baseUri the root under which {@code {table}/DataProperties} and {@code {table}/TypedDataSet} are
	 *        found, for example {@link #DEFAULT_BASE_URI}; a missing trailing slash is added
	 * @param policy the timeouts and retries
	 */
	public CbsODataClient(URI baseUri, RequestPolicy policy) {
		String base = Objects.requireNonNull(baseUri, "baseUri").toString();
		this.baseUri = URI.create(base.endsWith("/") ? base : base + "/");
		this.fetcher = new HttpFetcher(Objects.requireNonNull(policy, "policy"));
	}

	/**
	 * Downloads the KWB figures of a gemeente: the gemeente itself, its wijken and its buurten.
	 *
	 * @param gemeenteCode the gemeente, for example {@code "GM0599"}
	 * @param year the reference year; see {@link KwbTables#years()}
	 * @param monitor receives progress per {@code TypedDataSet} page and may cancel
	 * @return the column descriptions and the rows by region code
	 * @throws OnlineDataException if the year has no known table, a request fails, a response is malformed
	 *         or the table has no rows for the gemeente; the message names the URL
	 * @throws CancellationException if the monitor cancelled or the thread was interrupted; nothing is
	 *         returned then
	 * @throws IllegalArgumentException if the gemeente code is not {@code GM} and four digits
	 */
	public KwbTable fetchKerncijfers(String gemeenteCode, int year, DownloadMonitor monitor)
			throws OnlineDataException {
		String digits = GemeenteCodes.digits(gemeenteCode);
		Objects.requireNonNull(monitor, "monitor");
		String tableId = KwbTables.tableId(year).orElseThrow(() -> new OnlineDataException(
				"No Kerncijfers wijken en buurten table is known for " + year + "; known years are "
						+ KwbTables.years()));
		List<DataProperty> properties = fetchDataProperties(tableId, monitor);
		URI firstPage = typedDataSetUri(tableId, digits);
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		int pages = 0;
		for (URI page = firstPage; page != null; ) {
			ODataPage result = fetchPage(page, ++pages, monitor);
			for (Map<String, Object> row : result.rows()) {
				rows.put(regionCode(page, row), row);
			}
			monitor.pageDone(pages, rows.size());
			page = result.nextLink();
		}
		if (rows.isEmpty()) {
			throw new OnlineDataException(firstPage, "table " + tableId + " has no regions for gemeente "
					+ gemeenteCode + "; is the code right for " + year + "?", null);
		}
		return new KwbTable(tableId, year, gemeenteCode, properties, rows);
	}

	/**
	 * Downloads the column descriptions of a table: its dimensions and topics, without topic groups.
	 *
	 * @param tableId the table, for example {@code "85984NED"}
	 * @param monitor may cancel; receives no progress
	 * @return the descriptions in table order
	 * @throws OnlineDataException if a request fails or a response is malformed; the message names the URL
	 * @throws CancellationException if the monitor cancelled or the thread was interrupted
	 */
	public List<DataProperty> fetchDataProperties(String tableId, DownloadMonitor monitor)
			throws OnlineDataException {
		List<DataProperty> properties = new ArrayList<>();
		int pages = 0;
		for (URI page = tableUri(tableId, "DataProperties?$format=json"); page != null; ) {
			ODataPage result = fetchPage(page, ++pages, monitor);
			for (Map<String, Object> row : result.rows()) {
				if (isColumn(row)) {
					properties.add(new DataProperty(text(row, "Key"), text(row, "Title"), text(row, "Type"),
							optionalText(row, "Unit"), decimals(row)));
				}
			}
			page = result.nextLink();
		}
		return properties;
	}

	/** Fetches and parses one page, refusing to go on forever. */
	private ODataPage fetchPage(URI page, int pageNumber, DownloadMonitor monitor) throws OnlineDataException {
		if (pageNumber > MAX_PAGES) {
			throw new OnlineDataException(page, "more than " + MAX_PAGES + " pages; the paging does not end", null);
		}
		HttpFetcher.checkCancelled(page, monitor);
		return pageParser.parse(page, fetcher.get(page, ACCEPT, monitor).body());
	}

	private URI typedDataSetUri(String tableId, String gemeenteDigits) {
		// CBS pads region codes to 10 characters: GM0599____, WK059901__, BU05990110; characters 2-5 (0-based)
		// are the gemeente digits for all three levels.
		String filter = "substring(" + REGION_KEY + ",2,4) eq '" + gemeenteDigits + "'";
		return tableUri(tableId, "TypedDataSet?$format=json&$filter=" + encode(filter));
	}

	private URI tableUri(String tableId, String resourceAndQuery) {
		return baseUri.resolve(encode(tableId) + "/" + resourceAndQuery);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String regionCode(URI page, Map<String, Object> row) throws OnlineDataException {
		if (row.get(REGION_KEY) instanceof String code && !code.isEmpty()) {
			return code;
		}
		throw new OnlineDataException(page, "a row has no '" + REGION_KEY + "' region code: " + row, null);
	}

	private static boolean isColumn(Map<String, Object> row) {
		return row.get("Key") instanceof String key && !key.isEmpty() && !"TopicGroup".equals(row.get("Type"));
	}

	private static String text(Map<String, Object> row, String name) {
		Object value = row.get(name);
		return value == null ? "" : value.toString();
	}

	private static String optionalText(Map<String, Object> row, String name) {
		return row.get(name) instanceof String text && !text.isEmpty() ? text : null;
	}

	private static Integer decimals(Map<String, Object> row) {
		return row.get("Decimals") instanceof Long decimals ? Integer.valueOf(decimals.intValue()) : null;
	}
}
