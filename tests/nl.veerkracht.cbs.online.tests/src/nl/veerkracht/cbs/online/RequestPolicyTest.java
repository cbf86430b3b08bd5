package nl.veerkracht.cbs.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Tests the retry backoff and the validation of request policies. */
class RequestPolicyTest {

	@Test
	void backoffDoublesUpToTheCap() {
		RequestPolicy policy = new RequestPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 10, Duration.ofSeconds(3));

		assertEquals(Duration.ofSeconds(3), policy.backoffBefore(1));
		assertEquals(Duration.ofSeconds(6), policy.backoffBefore(2));
		assertEquals(RequestPolicy.MAX_BACKOFF, policy.backoffBefore(3));
		assertEquals(RequestPolicy.MAX_BACKOFF, policy.backoffBefore(9));
	}

	@Test
	void rejectsUnboundedOrNonsensicalSettings() {
		Duration second = Duration.ofSeconds(1);
		assertThrows(IllegalArgumentException.class, () -> new RequestPolicy(second, second, 0, second));
		assertThrows(IllegalArgumentException.class, () -> new RequestPolicy(second, second, 11, second));
		assertThrows(IllegalArgumentException.class, () -> new RequestPolicy(Duration.ZERO, second, 3, second));
		assertThrows(IllegalArgumentException.class, () -> new RequestPolicy(second, second, 3, second.negated()));
	}
}
