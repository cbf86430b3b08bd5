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
import java.util.Map;
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

/** Tests the CBS OData client against recorded-style OData v3 responses on a loopback server. */
class CbsODataClientTest {

	private static final String TABLE_PATH = "/ODataApi/odata/85984NED/";
	private static final String DATA_PATH = TABLE_PATH + "TypedDataSet";
	private static final RequestPolicy FAST_RETRIES = new RequestPolicy(Duration.ofSeconds(5), Duration.ofSeconds(20),
			3, Duration.ofMillis(1));

	private ReplayServer server;
	private CbsODataClient client;

	@BeforeEach
	void startServer() throws IOException {
		server = ReplayServer.start();
		client = new CbsODataClient(URI.create(server.base() + "/ODataApi/odata"), FAST_RETRIES);
		server.route(TABLE_PATH + "DataProperties", request -> ReplayServer.Reply.ok(
				server.fixture("odata-DataProperties.json")));
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	/** Serves the three TypedDataSet pages by their $skip. */
	private void serveThreePages() {
		server.route(DATA_PATH, request -> ReplayServer.Reply.ok(server.fixture(pageFor(request))));
	}

	private static String pageFor(URI request) {
		String query = request.getQuery();
		if (query.endsWith("$skip=2")) {
			return "odata-TypedDataSet-2.json";
		}
		return query.endsWith("$skip=4") ? "odata-TypedDataSet-3.json" : "odata-TypedDataSet-1.json";
	}

	@Test
	void followsNextLinksAndTrimsRegionCodes() throws OnlineDataException {
		serveThreePages();
		RecordingMonitor monitor = new RecordingMonitor();

		KwbTable table = client.fetchKerncijfers("GM0599", 2024, monitor);

		assertEquals("85984NED", table.getTableId());
		assertEquals(List.of("GM0599", "WK059901", "BU05990110", "BU05990111", "WK059903", "BU05990310"),
				List.copyOf(table.regionCodes()));
		assertEquals(List.of("1/2", "2/4", "3/6"), monitor.progress());
		Map<String, Object> gemeente = table.row("GM0599").orElseThrow();
		assertEquals("Rotterdam", gemeente.get("Gemeentenaam_1"));
		assertEquals("Gemeente", gemeente.get("SoortRegio_2"));
		assertEquals(664311L, gemeente.get("AantalInwoners_5"));
		assertEquals(1.9, gemeente.get("GemiddeldeHuishoudensgrootte_33"));
		Map<String, Object> suppressed = table.row("BU05990111").orElseThrow();
		assertTrue(suppressed.containsKey("AantalInwoners_5"));
		assertNull(suppressed.get("AantalInwoners_5"));
	}

	@Test
	void readsColumnDescriptionsWithoutTopicGroups() throws OnlineDataException {
		serveThreePages();

		KwbTable table = client.fetchKerncijfers("GM0599", 2024, DownloadMonitor.NONE);

		assertEquals(List.of("WijkenEnBuurten", "Gemeentenaam_1", "SoortRegio_2", "AantalInwoners_5",
				"GemiddeldeHuishoudensgrootte_33", "GemiddeldeWOZWaardeVanWoningen_39"),
				table.getProperties().stream().map(DataProperty::key).toList());
		assertEquals(new DataProperty("GemiddeldeWOZWaardeVanWoningen_39", "Gemiddelde WOZ-waarde van woningen",
				"Topic", "x 1 000 euro", 0), table.property("GemiddeldeWOZWaardeVanWoningen_39").orElseThrow());
		assertEquals(1, table.property("GemiddeldeHuishoudensgrootte_33").orElseThrow().decimals());
		assertNull(table.property("Gemeentenaam_1").orElseThrow().unit());
		assertEquals("GeoDimension", table.property("WijkenEnBuurten").orElseThrow().type());
	}

	@Test
	void sendsTheGemeenteFilterAndFollowsTheServersLinks() throws OnlineDataException {
		serveThreePages();

		client.fetchKerncijfers("GM0599", 2024, DownloadMonitor.NONE);

		List<URI> requests = server.requests();
		assertEquals(List.of(TABLE_PATH + "DataProperties", DATA_PATH, DATA_PATH, DATA_PATH),
				requests.stream().map(URI::getPath).toList());
		assertEquals("$format=json", requests.get(0).getQuery());
		assertEquals("$format=json&$filter=substring(WijkenEnBuurten,2,4) eq '0599'", requests.get(1).getQuery());
		assertEquals("$format=json&$filter=substring(WijkenEnBuurten,2,4) eq '0599'&$skip=2",
				requests.get(2).getQuery());
		assertEquals("$format=json&$filter=substring(WijkenEnBuurten,2,4) eq '0599'&$skip=4",
				requests.get(3).getQuery());
	}

	@Test
	void cancellingWhileAPageIsInFlightStopsWithoutAResult() throws Exception {
		BlockingResponder secondPage = new BlockingResponder(ReplayServer.Reply.ok(
				server.fixture("odata-TypedDataSet-2.json")));
		server.route(DATA_PATH, request -> pageFor(request).endsWith("-2.json") ? secondPage.respond(request)
				: ReplayServer.Reply.ok(server.fixture(pageFor(request))));
		RecordingMonitor monitor = new RecordingMonitor();
		ExecutorService caller = Executors.newSingleThreadExecutor();
		try {
			Future<KwbTable> download = caller.submit(() -> client.fetchKerncijfers("GM0599", 2024, monitor));
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
		assertEquals(2, server.requests(DATA_PATH).size(), "no page after the cancelled one is requested");
	}

	@Test
	void retriesAfterAServerError() throws OnlineDataException {
		AtomicInteger calls = new AtomicInteger();
		server.route(DATA_PATH, request -> calls.incrementAndGet() == 1
				? ReplayServer.Reply.status(500, "{\"odata.error\":{\"message\":{\"value\":\"Internal error\"}}}")
				: ReplayServer.Reply.ok(server.fixture("odata-TypedDataSet-3.json")));

		KwbTable table = client.fetchKerncijfers("GM0599", 2024, DownloadMonitor.NONE);

		assertEquals(List.of("WK059903", "BU05990310"), List.copyOf(table.regionCodes()));
		assertEquals(2, calls.get());
	}

	@Test
	void givesUpAfterTheLastAttemptAndSaysSo() {
		server.route(DATA_PATH, request -> ReplayServer.Reply.status(503, "Service Unavailable"));

		OnlineDataException e = assertThrows(OnlineDataException.class,
				() -> client.fetchKerncijfers("GM0599", 2024, DownloadMonitor.NONE));

		assertEquals(3, server.requests(DATA_PATH).size());
		assertTrue(e.getMessage().contains("HTTP 503 (after 3 attempts): Service Unavailable"), e.getMessage());
	}

	@Test
	void notFoundNamesTheUrlAndIsNotRetried() {
		CbsODataClient wrongRoot = new CbsODataClient(URI.create(server.base() + "/ODataApi/wrong/"), FAST_RETRIES);

		OnlineDataException e = assertThrows(OnlineDataException.class,
				() -> wrongRoot.fetchKerncijfers("GM0599", 2024, DownloadMonitor.NONE));

		String url = server.base() + "/ODataApi/wrong/85984NED/DataProperties?$format=json";
		assertEquals(URI.create(url), e.getUri().orElseThrow());
		assertTrue(e.getMessage().startsWith(url + ": HTTP 404"), e.getMessage());
		assertEquals(1, server.requests().size());
	}

	@Test
	void malformedJsonIsReportedWithItsPosition() {
		server.route(DATA_PATH, request -> ReplayServer.Reply.ok(server.fixture("odata-TypedDataSet-malformed.json")));

		OnlineDataException e = assertThrows(OnlineDataException.class,
				() -> client.fetchKerncijfers("GM0599", 2024, DownloadMonitor.NONE));

		assertEquals(DATA_PATH, e.getUri().orElseThrow().getPath());
		assertEquals(3, e.getLine().orElseThrow());
		assertTrue(e.getColumn().isPresent());
		assertTrue(e.getMessage().contains(", line 3, column ") && e.getReason().startsWith("malformed JSON"),
				e.getMessage());
	}

	@Test
	void unknownYearFailsBeforeAnyRequest() {
		OnlineDataException e = assertThrows(OnlineDataException.class,
				() -> client.fetchKerncijfers("GM0599", 2009, DownloadMonitor.NONE));

		assertTrue(e.getUri().isEmpty());
		assertTrue(e.getMessage().contains("2009"), e.getMessage());
		assertEquals(List.of(), server.requests());
	}

	@Test
	void unknownGemeenteIsAnErrorNotAnEmptyTable() {
		server.route(DATA_PATH, request -> ReplayServer.Reply.ok(server.fixture("odata-TypedDataSet-empty.json")));

		OnlineDataException e = assertThrows(OnlineDataException.class,
				() -> client.fetchKerncijfers("GM9999", 2024, DownloadMonitor.NONE));

		assertEquals("$format=json&$filter=substring(WijkenEnBuurten,2,4) eq '9999'",
				e.getUri().orElseThrow().getQuery());
		assertTrue(e.getReason().contains("no regions for gemeente GM9999"), e.getMessage());
	}

	@Test
	void rejectsAMalformedGemeenteCode() {
		assertThrows(IllegalArgumentException.class,
				() -> client.fetchKerncijfers("0599' or 1 eq 1", 2024, DownloadMonitor.NONE));
		assertEquals(List.of(), server.requests());
	}
}
