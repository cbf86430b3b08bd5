package nl.veerkracht.cbs.online;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A responder that signals when its request arrives and then holds the answer back until released (or 30
 * seconds have passed), to test cancellation while a request is in flight.
 */
final class BlockingResponder implements ReplayServer.Responder {

	private final ReplayServer.Reply reply;
	private final CountDownLatch requested = new CountDownLatch(1);
	private final CountDownLatch released = new CountDownLatch(1);
	private volatile boolean answered;

	BlockingResponder(ReplayServer.Reply reply) {
		this.reply = reply;
	}

	@Override
	public ReplayServer.Reply respond(URI request) throws InterruptedException {
		requested.countDown();
		released.await(30, TimeUnit.SECONDS);
		answered = true;
		return reply;
	}

	/** Waits (at most 30 seconds) until the request has arrived. */
	boolean awaitRequest() throws InterruptedException {
		return requested.await(30, TimeUnit.SECONDS);
	}

	/** Lets the held-back answer go. */
	void release() {
		released.countDown();
	}

	/** Tells whether the answer has been sent. */
	boolean answered() {
		return answered;
	}
}
