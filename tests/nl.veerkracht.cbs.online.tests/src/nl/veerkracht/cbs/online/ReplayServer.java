package nl.veerkracht.cbs.online;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server (127.0.0.1, a free port) that answers GET requests with recorded-style responses
 * from the {@code fixtures} folder next to this class, and records every request URI it receives. Fixtures
 * may contain {@code {base}}, which is replaced by the server's root URL so that next links point back here.
 */
final class ReplayServer implements AutoCloseable {

	/** A response: status, body and extra headers. */
	record Reply(int status, String body, Map<String, String> headers) {

		static Reply ok(String body) {
			return new Reply(200, body, Map.of());
		}

		static Reply status(int status, String body) {
			return new Reply(status, body, Map.of());
		}

		Reply withBody(String newBody) {
			return new Reply(status, newBody, headers);
		}

		Reply withHeader(String name, String value) {
			Map<String, String> all = new java.util.HashMap<>(headers);
			all.put(name, value);
			return new Reply(status, body, all);
		}
	}

	/** Produces the reply to one request; may block, but must stop waiting when interrupted. */
	@FunctionalInterface
	interface Responder {
		Reply respond(URI request) throws InterruptedException;
	}

	private final HttpServer server;
	private final ExecutorService executor = Executors.newFixedThreadPool(4);
	private final Map<String, Responder> routes = new ConcurrentHashMap<>();
	private final List<URI> requests = new CopyOnWriteArrayList<>();

	private ReplayServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(executor);
		server.createContext("/", this::handle);
		server.start();
	}

	/** Starts a server on a free loopback port. */
	static ReplayServer start() throws IOException {
		return new ReplayServer();
	}

	/** The root URL, for example {@code http://127.0.0.1:43123}. */
	String base() {
		return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
	}

	/** Answers requests for an exact path (query ignored) with a responder. */
	void route(String path, Responder responder) {
		routes.put(path, responder);
	}

	/** All request URIs received so far (path and query, as sent). */
	List<URI> requests() {
		return List.copyOf(requests);
	}

	/** The request URIs received for one path. */
	List<URI> requests(String path) {
		return requests.stream().filter(uri -> uri.getPath().equals(path)).toList();
	}

	/** Reads a fixture and replaces {@code {base}} with this server's root URL. */
	String fixture(String name) {
		try (InputStream in = ReplayServer.class.getResourceAsStream("fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			URI request = exchange.getRequestURI();
			requests.add(request);
			Responder responder = routes.get(request.getPath());
			Reply reply;
			try {
				reply = responder == null ? Reply.status(404, "{\"code\":\"NotFound\",\"description\":\"Not Found\"}")
						: responder.respond(request);
			} catch (InterruptedException stopping) {
				Thread.currentThread().interrupt();
				return;
			}
			byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
			reply.headers().forEach(exchange.getResponseHeaders()::add);
			exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
