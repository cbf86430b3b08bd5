package nl.veerkracht.gis.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on the loopback address only, answering fixed JSON documents by path, in the
 * documented formats of the services the product downloads from. It records the requests it got.
 */
final class LoopbackServer implements AutoCloseable {

	private final HttpServer server;
	private final Map<String, String> documents = new ConcurrentHashMap<>();
	private final List<String> requests = new CopyOnWriteArrayList<>();

	LoopbackServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(2));
		server.createContext("/", this::answer);
		server.start();
	}

	/** @return e.g. {@code http://127.0.0.1:41234} */
	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Answers requests for a path (any query) with a JSON document; {@code {base}} in it is replaced. */
	void serve(String path, String json) {
		documents.put(path, json);
	}

	/** @return the requests so far, as path?query */
	List<String> requests() {
		return List.copyOf(requests);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		requests.add(path + "?" + exchange.getRequestURI().getQuery());
		String document = documents.get(path);
		byte[] body = (document == null ? "{\"error\":\"not found\"}" : document.replace("{base}", base()))
				.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(document == null ? 404 : 200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}
}
