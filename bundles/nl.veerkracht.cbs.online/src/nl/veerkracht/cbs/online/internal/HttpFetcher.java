package nl.veerkracht.cbs.online.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.veerkracht.cbs.online.DownloadMonitor;
import nl.veerkracht.cbs.online.OnlineDataException;
import nl.veerkracht.cbs.online.RequestPolicy;

/**
 * Sends idempotent GET requests with the timeouts and retries of a {@link RequestPolicy}, polling a
 * {@link DownloadMonitor} for cancellation while it waits. Bodies are held in memory. Thread-safe.
 */
public final class HttpFetcher {

	/** How often the monitor is asked whether to cancel while waiting, in milliseconds. */
	private static final long POLL_MILLIS = 25;

	private static final int SNIPPET_LENGTH = 200;

	private final HttpClient client;
	private final RequestPolicy policy;

	/**
	 * Creates a fetcher with its own HTTP client.
	 *
	 * @param policy the timeouts and retries
	 */
	public HttpFetcher(RequestPolicy policy) {
		this.policy = policy;
		this.client = HttpClient.newBuilder()
				.connectTimeout(policy.connectTimeout())
				.followRedirects(HttpClient.Redirect.NORMAL)
				.build();
	}

	/**
	 * Fetches a URL, retrying on 5xx statuses and timeouts.
	 *
	 * @param uri the URL
	 * @param accept the media types for the Accept header
	 * @param monitor polled for cancellation
	 * @return the response with a 2xx status
	 * @throws OnlineDataException if the server answers with an error status, does not answer in time after
	 *         all attempts, or cannot be reached; the message names the URL
	 * @throws CancellationException if the monitor cancelled or the thread was interrupted
	 */
	public HttpResponse<byte[]> get(URI uri, String accept, DownloadMonitor monitor) throws OnlineDataException {
		HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(policy.requestTimeout())
				.header("Accept", accept).build();
		for (int attempt = 1;; attempt++) {
			checkCancelled(uri, monitor);
			boolean lastAttempt = attempt >= policy.maxAttempts();
			try {
				HttpResponse<byte[]> response = await(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()),
						uri, monitor);
				int status = response.statusCode();
				if (status >= 200 && status < 300) {
					return response;
				}
				if (status < 500 || lastAttempt) {
					throw new OnlineDataException(uri, "HTTP " + status + describeAttempts(attempt) + ": "
							+ snippet(response.body()), null);
				}
			} catch (HttpTimeoutException e) {
				if (lastAttempt) {
					throw new OnlineDataException(uri, "no answer within " + policy.requestTimeout().toMillis()
							+ " ms" + describeAttempts(attempt), e);
				}
			} catch (IOException e) {
				throw new OnlineDataException(uri, "request failed (" + e + ")", e);
			}
			pause(policy.backoffBefore(attempt), uri, monitor);
		}
	}

	private static String describeAttempts(int attempts) {
		return attempts == 1 ? "" : " (after " + attempts + " attempts)";
	}

	/** Waits for the response until the request timeout, polling for cancellation. */
	private <T> T await(CompletableFuture<T> future, URI uri, DownloadMonitor monitor) throws IOException {
		long deadline = System.nanoTime() + policy.requestTimeout().toNanos();
		try {
			while (true) {
				try {
					return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				} catch (TimeoutException stillWaiting) {
					if (monitor.isCancelled()) {
						future.cancel(true);
						throw cancelled(uri);
					}
					if (System.nanoTime() - deadline > 0) {
						future.cancel(true);
						throw new HttpTimeoutException("request timed out");
					}
				}
			}
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw cancelled(uri);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			throw new IOException(cause);
		}
	}

	private static void pause(Duration wait, URI uri, DownloadMonitor monitor) {
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
				checkCancelled(uri, monitor);
				TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw cancelled(uri);
		}
	}

	/**
	 * Throws if the monitor cancelled or the thread was interrupted.
	 *
	 * @param uri the URL about to be fetched, for the message
	 * @param monitor the monitor to ask
	 * @throws CancellationException if the download is to stop
	 */
	public static void checkCancelled(URI uri, DownloadMonitor monitor) {
		if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
			throw cancelled(uri);
		}
	}

	private static CancellationException cancelled(URI uri) {
		return new CancellationException("Download cancelled before " + uri + " was received");
	}

	private static String snippet(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
		if (text.isEmpty()) {
			return "empty response";
		}
		return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
	}
}
