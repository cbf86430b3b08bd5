package nl.veerkracht.scoring.engine.spatial;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

/** Runs a task in a fork-join pool of its own, so that its parallel streams use that many threads. */
final class Pools {

	private Pools() {
	}

	static <T> T inPool(int threads, Callable<T> task) throws Exception {
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(task).get();
		} finally {
			pool.shutdown();
		}
	}
}
