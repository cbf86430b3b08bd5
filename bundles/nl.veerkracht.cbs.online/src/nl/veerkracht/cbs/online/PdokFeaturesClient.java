package nl.veerkracht.cbs.online;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import nl.veerkracht.cbs.online.internal.FeaturePageMerger;
import nl.veerkracht.cbs.online.internal.GemeenteCodes;
import nl.veerkracht.cbs.online.internal.HttpFetcher;
import nl.veerkracht.cbs.online.internal.PageLinks;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.UnknownCrsException;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;

/**
 * Downloads wijk and buurt boundaries of one gemeente from the PDOK OGC API Features service
 * "CBS wijken en buurten" of a year.
 * <p>
 * It requests the items of the collection of a {@link RegionLevel} filtered on {@code gemeentecode}, reads
 * each page with the core {@link GeoJsonReader} and follows the {@code rel="next"} link of the page's
 * {@code links} until there is none; the pages are joined into one {@link FeatureCollection} whose schema
 * has the attributes of all pages. See the package documentation for the URLs. Instances hold an HTTP
 * client and may be shared between threads; each download runs on the calling thread.
 */
public final class PdokFeaturesClient {

	/** The service of each year, with {@code {year}} standing for the year. */
	public static final String DEFAULT_SERVICE_TEMPLATE = "https://api.pdok.nl/cbs/wijken-en-buurten-{year}/ogc/v1/";

	/**
	 * The years for which PDOK publishes the service. Compiled from knowledge of the PDOK catalogue without
	 * access to it: check against https://api.pdok.nl/ before relying on a year, and add years as they come.
	 */
	static final Set<Integer> KNOWN_YEARS = Set.of(2022, 2023, 2024);

	/** Features asked for per page; PDOK serves at most 1000. */
	public static final int DEFAULT_PAGE_SIZE = 1000;

	/** The most pages followed in one download; a guard against next links that never end. */
	static final int MAX_PAGES = 10_000;

	private static final String ACCEPT = "application/geo+json, application/json;q=0.9";
	private static final String EPSG_URI_PREFIX = "http://www.opengis.net/def/crs/EPSG/0/";

	private final String serviceTemplate;
	private final int pageSize;
	private final HttpFetcher fetcher;
	private final GeoJsonReader reader = new GeoJsonReader();

	/** Creates a client for the public PDOK services with the default policy and page size. */
	public PdokFeaturesClient() {
		this(DEFAULT_SERVICE_TEMPLATE, RequestPolicy.DEFAULT, DEFAULT_PAGE_SIZE);
	}

	/**
	 * Creates a client.
	 *
	 * @param serviceTemplate the landing page of the service of a year, with {@code {year}} for the year, for
	 *        example {@link #DEFAULT_SERVICE_TEMPLATE}; a missing trailing slash is added
	 * @param policy the timeouts and retries
	 * @param pageSize the {@code limit} asked for per page, 1 to 10,000
	 * @throws IllegalArgumentException if the template has no {@code {year}} or the page size is out of range
	 */
	public PdokFeaturesClient(String serviceTemplate, RequestPolicy policy, int pageSize) {
		Objects.requireNonNull(serviceTemplate, "serviceTemplate");
		if (!serviceTemplate.contains("{year}")) {
			throw new IllegalArgumentException("The service template has no {year}: " + serviceTemplate);
		}
		if (pageSize < 1 || pageSize > 10_000) {
			throw new IllegalArgumentException("pageSize must be 1 to 10000, not " + pageSize);
		}
		this.serviceTemplate = serviceTemplate.endsWith("/") ? serviceTemplate : serviceTemplate + "/";
		this.fetcher = new HttpFetcher(Objects.requireNonNull(policy, "policy"));
		this.pageSize = pageSize;
	}

	/**
	 * Returns the years for which a service is known.
	 *
	 * @return the years in ascending order
	 */
	public static SortedSet<Integer> years() {
		return new TreeSet<>(KNOWN_YEARS);
	}

	/**
	 * Downloads the boundaries of the regions of one level within a gemeente.
	 *
	 * @param gemeenteCode the gemeente, for example {@code "GM0599"}
	 * @param year the year of the regional division; see {@link #years()}
	 * @param level the regions wanted
	 * @param crs the CRS wanted: {@link Crs#WGS84} is the service default (OGC CRS84); any other CRS is
	 *        asked for with the {@code crs} parameter, for example {@link Crs#RD_NEW}
	 * @param monitor receives progress per page and may cancel
	 * @return all features of all pages, in the CRS the server declares in its {@code Content-Crs} header
	 *         (the one asked for if it declares none); the schema is named like {@code "buurten_GM0599_2024"}
	 * @throws OnlineDataException if the year has no known service, a request fails, a page is malformed or
	 *         no region is found for the gemeente; the message names the URL and, for a malformed page, the
	 *         line and column
	 * @throws CancellationException if the monitor cancelled or the thread was interrupted; nothing is
	 *         returned then
	 * @throws IllegalArgumentException if the gemeente code is not {@code GM} and four digits
	 */
	public FeatureCollection fetchBoundaries(String gemeenteCode, int year, RegionLevel level, Crs crs,
			DownloadMonitor monitor) throws OnlineDataException {
		GemeenteCodes.digits(gemeenteCode);
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(crs, "crs");
		Objects.requireNonNull(monitor, "monitor");
		if (!KNOWN_YEARS.contains(year)) {
			throw new OnlineDataException("No PDOK wijken en buurten service is known for " + year
					+ "; known years are " + years());
		}
		URI firstPage = itemsUri(gemeenteCode, year, level, crs);
		FeaturePageMerger merger = new FeaturePageMerger();
		Crs responseCrs = crs;
		int pages = 0;
		for (URI page = firstPage; page != null; ) {
			if (++pages > MAX_PAGES) {
				throw new OnlineDataException(page, "more than " + MAX_PAGES + " pages; the paging does not end", null);
			}
			HttpFetcher.checkCancelled(page, monitor);
			HttpResponse<byte[]> response = fetcher.get(page, ACCEPT, monitor);
			Crs pageCrs = contentCrs(page, response).orElse(crs);
			if (pages > 1 && !pageCrs.equals(responseCrs)) {
				throw new OnlineDataException(page, "this page is in " + pageCrs + " but the first page was in "
						+ responseCrs, null);
			}
			responseCrs = pageCrs;
			PageLinks links = PageLinks.parse(page, response.body());
			merger.add(readFeatures(page, response.body(), level, pages));
			monitor.pageDone(pages, merger.featureCount());
			page = links.next();
		}
		if (merger.featureCount() == 0) {
			throw new OnlineDataException(firstPage, "no " + level.collectionId() + " found for gemeente "
					+ gemeenteCode + " in " + year + "; is the code right for that year?", null);
		}
		return merger.merge(level.collectionId() + "_" + gemeenteCode + "_" + year, responseCrs);
	}

	private URI itemsUri(String gemeenteCode, int year, RegionLevel level, Crs crs) {
		String service = serviceTemplate.replace("{year}", Integer.toString(year));
		StringBuilder query = new StringBuilder("collections/").append(level.collectionId())
				.append("/items?f=json&gemeentecode=").append(gemeenteCode)
				.append("&limit=").append(pageSize);
		if (!crs.equals(Crs.WGS84)) {
			query.append("&crs=").append(EPSG_URI_PREFIX).append(crs.epsgCode());
		}
		return URI.create(service).resolve(query.toString());
	}

	private FeatureCollection readFeatures(URI page, byte[] body, RegionLevel level, int pageNumber)
			throws OnlineDataException {
		try {
			return reader.read(new ByteArrayInputStream(body), level.collectionId() + "-page-" + pageNumber + ".json");
		} catch (DataSourceException e) {
			throw new OnlineDataException(page, e.getLine().orElse(0), e.getColumn().orElse(0),
					"not valid GeoJSON: " + e.getReason(), e);
		}
	}

	/** Reads the {@code Content-Crs} header, such as {@code <http://www.opengis.net/def/crs/EPSG/0/28992>}. */
	private static Optional<Crs> contentCrs(URI page, HttpResponse<byte[]> response) throws OnlineDataException {
		Optional<String> header = response.headers().firstValue("Content-Crs");
		if (header.isEmpty()) {
			return Optional.empty();
		}
		String identifier = header.get().strip().replaceAll("^<|>$", "");
		try {
			return Optional.of(Crs.forCode(identifier));
		} catch (UnknownCrsException e) {
			throw new OnlineDataException(page, "unsupported Content-Crs " + header.get() + " (" + e.getMessage() + ")",
					e);
		}
	}
}
