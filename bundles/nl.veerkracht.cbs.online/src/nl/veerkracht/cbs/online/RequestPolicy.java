package nl.veerkracht.cbs.online;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and retries for the HTTP GET requests of the online clients.
 * <p>
 * A request is retried only when the server answers with a 5xx status or does not answer in time; the
 * {@code n}-th retry waits {@code firstBackoff * 2^(n-1)}, at most {@link #MAX_BACKOFF}. Other failures
 * (4xx statuses, refused connections, malformed responses) are reported at once.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one request may take, from sending it until its body has been received
 * @param maxAttempts how often a request is sent at most, 1 to 10
 * @param firstBackoff the wait before the first retry, zero or more
 */
public record RequestPolicy(Duration connectTimeout, Duration requestTimeout, int maxAttempts,
		Duration firstBackoff) {

	/** The longest wait between two attempts. */
	public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

	/** 10 s to connect, 60 s per request, 3 attempts, 0.5 s before the first retry. */
	public static final RequestPolicy DEFAULT = new RequestPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60), 3,
			Duration.ofMillis(500));

	/**
	 * Validates the components.
	 *
	 * @throws IllegalArgumentException if a timeout is not positive, the backoff is negative or
	 *         {@code maxAttempts} is outside 1 to 10
	 */
	public RequestPolicy {
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		Objects.requireNonNull(requestTimeout, "requestTimeout");
		Objects.requireNonNull(firstBackoff, "firstBackoff");
		if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
				|| requestTimeout.isZero()) {
			throw new IllegalArgumentException("Timeouts must be positive");
		}
		if (maxAttempts < 1 || maxAttempts > 10) {
			throw new IllegalArgumentException("maxAttempts must be 1 to 10, not " + maxAttempts);
		}
		if (firstBackoff.isNegative()) {
			throw new IllegalArgumentException("firstBackoff must not be negative");
		}
	}

	/**
	 * Returns the wait before a retry.
	 *
	 * @param retry the 1-based number of the retry
	 * @return {@code firstBackoff * 2^(retry-1)}, at most {@link #MAX_BACKOFF}
	 */
	public Duration backoffBefore(int retry) {
		Duration wait = firstBackoff;
		for (int i = 1; i < retry && wait.compareTo(MAX_BACKOFF) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}
}
