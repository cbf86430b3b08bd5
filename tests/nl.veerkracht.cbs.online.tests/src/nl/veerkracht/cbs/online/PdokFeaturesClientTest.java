package nl.veerkracht.cbs.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/** Tests the PDOK OGC API Features client against recorded-style GeoJSON pages on a loopback server. */
class PdokFeaturesClientTest {

	private static final String ITEMS_PATH = "/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items";
	private static final String RD_NEW_HEADER = "<http://www.opengis.net/def/crs/EPSG/0/28992>";
	private static final RequestPolicy FAST_RETRIES = new RequestPolicy(Duration.ofSeconds(5), Duration.ofSeconds(20),
			3, Duration.ofMillis(1));

	private ReplayServer server;
	private PdokFeaturesClient client;

	@BeforeEach
	void startServer() throws IOException {
		server = ReplayServer.start();
		client = new PdokFeaturesClient(server.base() + "/cbs/wijken-en-buurten-{year}/ogc/v1", FAST_RETRIES, 2);
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	/** Serves the three buurten pages by their cursor, declaring RD New. */
	private void serveThreePages() {
		server.route(ITEMS_PATH, request -> rdPage(pageFor(request)));
	}

	private ReplayServer.Reply rdPage(String fixture) {
		return ReplayServer.Reply.ok(server.fixture(fixture)).withHeader("Content-Crs", RD_NEW_HEADER);
	}

	private static String pageFor(URI request) {
		String query = request.getQuery();
		if (query.endsWith("cursor=Mw|NQ")) {
			return "pdok-buurten-2.json";
		}
		return query.endsWith("cursor=NQ|Nw") ? "pdok-buurten-3.json" : "pdok-buurten-1.json";
	}

	@Test
	void joinsAllPagesIntoOneCollection() throws OnlineDataException {
		serveThreePages();
		RecordingMonitor monitor = new RecordingMonitor();

		FeatureCollection buurten = client.fetchBoundaries("GM0599", 2024, RegionLevel.BUURT, Crs.RD_NEW, monitor);

		assertEquals(List.of("BU05990110", "BU05990111", "BU05990112", "BU05990310", "BU05990311"),
				buurten.getFeatures().stream().map(feature -> feature.getAttribute("buurtcode")).toList());
		assertEquals(List.of("1", "2", "3", "4", "5"), buurten.getFeatures().stream().map(Feature::getId).toList());
		assertEquals(List.of("1/2", "2/4", "3/5"), monitor.progress());
		assertEquals(Crs.RD_NEW, buurten.getCrs());
		assertEquals("MultiPolygon", buurten.getFeatures().get(1).getGeometry().getGeometryType());
		assertEquals(90800.0, buurten.getEnvelope().getMinX());
		assertEquals(437800.0, buurten.getEnvelope().getMaxY());
	}

	@Test
	void mergesTheSchemasOfThePages() throws OnlineDataException {
		serveThreePages();

		FeatureCollection buurten = client.fetchBoundaries("GM0599", 2024, RegionLevel.BUURT, Crs.RD_NEW,
				DownloadMonitor.NONE);

		FeatureSchema schema = buurten.getSchema();
		assertEquals("buurten_GM0599_2024", schema.getName());
		assertEquals(AttributeType.INTEGER, schema.attribute("aantalInwoners").orElseThrow().type());
		// 1.5 on page 1, 2 and -99995 on page 2: the whole column is REAL
		assertEquals(AttributeType.REAL, schema.attribute("gemiddeldeHuishoudsgrootte").orElseThrow().type());
		assertEquals(2.0, buurten.getFeatures().get(2).getAttribute("gemiddeldeHuishoudsgrootte"));
		// only null on page 1, integers later: INTEGER, not the STRING page 1 alone suggests
		assertEquals(AttributeType.INTEGER, schema.attribute("percentageEenpersoonshuishoudens").orElseThrow().type());
		assertEquals(63L, buurten.getFeatures().get(2).getAttribute("percentageEenpersoonshuishoudens"));
		// first seen on page 3: last column, null for the earlier features
		assertEquals("jaarStatcode", schema.attribute(schema.size() - 1).name());
		assertNull(buurten.getFeatures().get(0).getAttribute("jaarStatcode"));
		assertEquals("2024BU05990311", buurten.getFeatures().get(4).getAttribute("jaarStatcode"));
	}

	@Test
	void sendsTheFilterPageSizeAndCrsAndFollowsTheNextLinks() throws OnlineDataException {
		serveThreePages();

		client.fetchBoundaries("GM0599", 2024, RegionLevel.BUURT, Crs.RD_NEW, DownloadMonitor.NONE);

		String first = "f=json&gemeentecode=GM0599&limit=2&crs=http://www.opengis.net/def/crs/EPSG/0/28992";
		assertEquals(List.of(first, first + "&cursor=Mw|NQ", first + "&cursor=NQ|Nw"),
				server.requests(ITEMS_PATH).stream().map(URI::getQuery).toList());
		assertEquals(3, server.requests().size());
	}

	@Test
	void asksForNoCrsForWgs84AndKeepsItWithoutAHeader() throws OnlineDataException {
		server.route("/cbs/wijken-en-buurten-2024/ogc/v1/collections/wijken/items",
				request -> ReplayServer.Reply.ok(server.fixture("pdok-buurten-3.json")));

		FeatureCollection wijken = client.fetchBoundaries("GM0599", 2024, RegionLevel.WIJK, Crs.WGS84,
				DownloadMonitor.NONE);

		assertEquals(Crs.WGS84, wijken.getCrs());
		assertEquals("f=json&gemeentecode=GM0599&limit=2", server.requests().get(0).getQuery());
	}

	@Test
	void cancellingWhileAPageIsInFlightStopsWithoutAResult() throws Exception {
		BlockingResponder secondPage = new BlockingResponder(rdPage("pdok-buurten-2.json"));
		server.route(ITEMS_PATH, request -> pageFor(request).endsWith("-2.json") ? secondPage.respond(request)
				: rdPage(pageFor(request)));
		RecordingMonitor monitor = new RecordingMonitor();
		ExecutorService caller = Executors.newSingleThreadExecutor();
		try {
			Future<FeatureCollection> download = caller.submit(
					() -> client.fetchBoundaries("GM0599", 2024, RegionLevel.BUURT, Crs.RD_NEW, monitor));
			assertTrue(secondPage.awaitRequest(), "page 2 was never requested");

			monitor.cancel();

			ExecutionException failure = assertThrows(ExecutionException.class, () -> download.get(30, TimeUnit.SECONDS));
			assertInstanceOf(CancellationException.class, failure.getCause());
			assertFalse(secondPage.answered(), "the download waited for the held-back page instead of stopping");
			assertEquals(List.of("1/2"), monitor.progress());
		} finally {
			secondPage.release();
			caller.shutdownNow();
		}
		assertEquals(2, server.requests(ITEMS_PATH).size(), "no page after the cancelled one is requested");
	}

	@Test
	void interruptingTheCallerCancels() throws Exception {
		BlockingResponder firstPage = new BlockingResponder(rdPage("pdok-buurten-3.json"));
		server.route(ITEMS_PATH, firstPage);
		ExecutorService caller = Executors.newSingleThreadExecutor();
		try {
			Future<FeatureCollection> download = caller.submit(() -> client.fetchBoundaries("GM0599", 2024,
					RegionLevel.BUURT, Crs.RD_NEW, DownloadMonitor.NONE));
			assertTrue(firstPage.awaitRequest(), "page 1 was never requested");

			caller.shutdownNow();

			assertTrue(caller.awaitTermination(30, TimeUnit.SECONDS), "the download did not stop");
			assertFalse(firstPage.answered(), "the download waited for the held-back page instead of stopping");
			ExecutionException failure = assertThrows(ExecutionException.class, () -> download.get(30, TimeUnit.SECONDS));
			assertInstanceOf(CancellationException.class, failure.getCause());
		} finally {
			firstPage.release();
		}
	}

	@Test
	void retriesAfterAServerError() throws OnlineDataException {
		AtomicInteger calls = new AtomicInteger();
		server.route(ITEMS_PATH, request -> calls.incrementAndGet() == 1
				? ReplayServer.Reply.status(502, "Bad Gateway")
				: rdPage("pdok-buurten-3.json"));

		FeatureCollection buurten = client.fetchBoundaries("GM0599", 2024, RegionLevel.BUURT, Crs.RD_NEW,
				DownloadMonitor.NONE);

		assertEquals(1, buurten.size());
		assertEquals(2, calls.get());
	}

	@Test
	void notFoundNamesTheUrl() {
		OnlineDataException e = assertThrows(OnlineDataException.class, () -> client.fetchBoundaries("GM0599", 2024,
				RegionLevel.GEMEENTE, Crs.RD_NEW, DownloadMonitor.NONE));

		String url = server.base() + "/cbs/wijken-en-buurten-2024/ogc/v1/collections/gemeenten/items?f=json"
				+ "&gemeentecode=GM0599&limit=2&crs=http://www.opengis.net/def/crs/EPSG/0/28992";
		assertTrue(e.getMessage().startsWith(url + ": HTTP 404: "), e.getMessage());
		assertEquals(1, server.requests().size());
	}

	@Test
	void malformedPageIsReportedWithItsPosition() {
		server.route(ITEMS_PATH, request -> pageFor(request).endsWith("-2.json")
				? rdPage("pdok-buurten-malformed.json") : rdPage(pageFor(request)));

		OnlineDataException e = assertThrows(OnlineDataException.class, () -> client.fetchBoundaries("GM0599", 2024,
				RegionLevel.BUURT, Crs.RD_NEW, DownloadMonitor.NONE));

		assertEquals("cursor=Mw|NQ", e.getUri().orElseThrow().getQuery().replaceAll(".*&", ""));
		assertEquals(33, e.getLine().orElseThrow());
		assertTrue(e.getColumn().isPresent());
		assertTrue(e.getReason().contains("'NEE'"), e.getMessage());
	}

	@Test
	void invalidGeoJsonIsReportedWithItsPosition() {
		server.route(ITEMS_PATH, request -> rdPage("pdok-buurten-3.json").withBody(
				server.fixture("pdok-buurten-3.json").replace("\"Polygon\"", "\"Polygoon\"")));

		OnlineDataException e = assertThrows(OnlineDataException.class, () -> client.fetchBoundaries("GM0599", 2024,
				RegionLevel.BUURT, Crs.RD_NEW, DownloadMonitor.NONE));

		assertTrue(e.getLine().isPresent());
		assertTrue(e.getReason().startsWith("not valid GeoJSON: ") && e.getReason().contains("Polygoon"),
				e.getMessage());
	}

	@Test
	void unknownYearFailsBeforeAnyRequest() {
		OnlineDataException e = assertThrows(OnlineDataException.class, () -> client.fetchBoundaries("GM0599", 2013,
				RegionLevel.BUURT, Crs.RD_NEW, DownloadMonitor.NONE));

		assertTrue(e.getUri().isEmpty());
		assertTrue(e.getMessage().contains("2013"), e.getMessage());
		assertEquals(List.of(), server.requests());
	}

	@Test
	void unknownGemeenteIsAnErrorNotAnEmptyCollection() {
		server.route(ITEMS_PATH, request -> rdPage("pdok-empty.json"));

		OnlineDataException e = assertThrows(OnlineDataException.class, () -> client.fetchBoundaries("GM9999", 2024,
				RegionLevel.BUURT, Crs.RD_NEW, DownloadMonitor.NONE));

		assertTrue(e.getUri().orElseThrow().getQuery().contains("gemeentecode=GM9999"));
		assertTrue(e.getReason().contains("no buurten found for gemeente GM9999"), e.getMessage());
	}
}
