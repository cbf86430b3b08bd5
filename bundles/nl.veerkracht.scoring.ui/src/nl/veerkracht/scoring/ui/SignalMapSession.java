package nl.veerkracht.scoring.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.MapContentEvent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.scoring.ui.internal.Messages;

/**
 * The signal map shown in the Map view: its inputs, its current {@link ScoringState} and its four layers
 * over the same features — the classes (on top, visible), the trend, the hot spots and the early warnings
 * (below it, hidden until the analyst ticks them in Lagen). One session is current at a time; showing a new
 * signal map replaces the layers of the old one, and removing the class layer from the map closes the
 * session.
 * <p>
 * {@link #rescore(Weights, int)} (and {@link #setWeights(Weights)}, {@link #setYear(int)}) may be called
 * as often as a slider moves: the work runs in one background job ({@link #JOB_FAMILY}) that always scores
 * the latest request, and the layers and listeners are updated on the UI thread when it is done.
 */
public final class SignalMapSession {

	/** The family of the rescoring jobs, for {@code Job.getJobManager().join(JOB_FAMILY, monitor)}. */
	public static final Object JOB_FAMILY = SignalMapSession.class;

	private static final long RESCORE_DELAY_MS = 120;
	private static final ListenerList<SignalMapListener> LISTENERS = new ListenerList<>();
	private static volatile SignalMapSession current;

	private final SignalMapInputs inputs;
	private final MapContent map;
	private final VectorLayer klasseLayer;
	private final VectorLayer trendLayer;
	private final VectorLayer hotSpotLayer;
	private final VectorLayer earlyWarningLayer;
	private final MapContentListener removalWatcher;
	private final AtomicLong requests = new AtomicLong();
	private final RescoreJob job = new RescoreJob();
	private volatile ScoringState state;
	private volatile Request pending;
	private volatile boolean closed;

	private SignalMapSession(SignalMapInputs inputs, MapContent map, ScoringState initial) {
		this.inputs = inputs;
		this.map = map;
		this.state = initial;
		this.earlyWarningLayer = new VectorLayer(title(Messages.SignalMap_earlyWarningLayer, initial), initial.layer(), null,
				SignalMapStyles.earlyWarnings());
		this.hotSpotLayer = new VectorLayer(title(Messages.SignalMap_hotSpotLayer, initial), initial.layer(), null,
				SignalMapStyles.hotSpots());
		this.trendLayer = new VectorLayer(title(Messages.SignalMap_trendLayer, initial), initial.layer(), null,
				SignalMapStyles.trend(initial.layer()));
		this.klasseLayer = new VectorLayer(title(Messages.SignalMap_klasseLayer, initial), initial.layer(), null,
				SignalMapStyles.klasse());
		this.removalWatcher = this::layerRemoved;
	}

	/**
	 * Shows a scored signal map in a Map view and makes it the current session, replacing the layers of the
	 * previous one. Call on the UI thread.
	 *
	 * @param view    the Map view
	 * @param inputs  what the map was made from
	 * @param initial the first scored state (computed in a job beforehand)
	 * @return the new session
	 */
	public static SignalMapSession show(MapView view, SignalMapInputs inputs, ScoringState initial) {
		Objects.requireNonNull(view, "view");
		Objects.requireNonNull(inputs, "inputs");
		Objects.requireNonNull(initial, "initial");
		SignalMapSession previous = current;
		if (previous != null) {
			previous.closeQuietly();
		}
		SignalMapSession session = new SignalMapSession(inputs, view.getMapContent(), initial);
		view.addLayer(session.earlyWarningLayer, false);
		view.addLayer(session.hotSpotLayer, false);
		view.addLayer(session.trendLayer, false);
		session.map.setVisible(session.earlyWarningLayer, false);
		session.map.setVisible(session.hotSpotLayer, false);
		session.map.setVisible(session.trendLayer, false);
		view.addLayer(session.klasseLayer, true);
		session.map.addListener(session.removalWatcher);
		current = session;
		fire(Optional.of(session));
		return session;
	}

	/** @return the current session, or empty when no signal map is shown */
	public static Optional<SignalMapSession> current() {
		return Optional.ofNullable(current);
	}

	/**
	 * Registers a listener for new, rescored and closed signal maps.
	 *
	 * @param listener the listener, called on the UI thread
	 */
	public static void addListener(SignalMapListener listener) {
		LISTENERS.add(listener);
	}

	/**
	 * Unregisters a listener.
	 *
	 * @param listener the listener
	 */
	public static void removeListener(SignalMapListener listener) {
		LISTENERS.remove(listener);
	}

	/** @return the latest scored state (the one the layers show) */
	public ScoringState state() {
		return state;
	}

	/** @return what the map was made from */
	public SignalMapInputs inputs() {
		return inputs;
	}

	/** @return the map the layers are in */
	public MapContent map() {
		return map;
	}

	/** @return the classes layer: veerkrachtig … zeer kwetsbaar and geen gegevens */
	public VectorLayer klasseLayer() {
		return klasseLayer;
	}

	/** @return the trend layer: the change of kwetsbaarheid per year */
	public VectorLayer trendLayer() {
		return trendLayer;
	}

	/** @return the hot-spot layer: Local Moran's I clusters and outliers */
	public VectorLayer hotSpotLayer() {
		return hotSpotLayer;
	}

	/** @return the early-warning layer: buurten rising clearly faster than their gemeente */
	public VectorLayer earlyWarningLayer() {
		return earlyWarningLayer;
	}

	/** @return the four layers, top first */
	public List<VectorLayer> layers() {
		return List.of(klasseLayer, trendLayer, hotSpotLayer, earlyWarningLayer);
	}

	/** @return whether the session was closed (its layers removed or a newer signal map shown) */
	public boolean isClosed() {
		return closed;
	}

	/**
	 * Rescores with other weights in the current year.
	 *
	 * @param weights the new weights
	 */
	public void setWeights(Weights weights) {
		Request latest = pending;
		rescore(weights, latest != null ? latest.year() : state.year());
	}

	/**
	 * Rescores another year with the current weights.
	 *
	 * @param year a year of the run
	 * @throws IllegalArgumentException if the run has no such year
	 */
	public void setYear(int year) {
		Request latest = pending;
		rescore(latest != null ? latest.weights() : state.weights(), year);
	}

	/**
	 * Asks for a rescore; requests made while one runs are folded into the next run, so only the latest
	 * counts. Any thread.
	 *
	 * @param weights the weights
	 * @param year    a year of the run
	 * @throws IllegalArgumentException if the run has no such year
	 */
	public void rescore(Weights weights, int year) {
		Objects.requireNonNull(weights, "weights");
		if (state.run().table().yearIndexOf(year) < 0) {
			throw new IllegalArgumentException("Year " + year + " is not in the signal map's data");
		}
		if (closed) {
			return;
		}
		pending = new Request(weights, year, requests.incrementAndGet());
		job.schedule(RESCORE_DELAY_MS);
	}

	/** Removes the layers from the map and ends the session. Call on the UI thread. */
	public void close() {
		if (closeQuietly()) {
			fire(Optional.empty());
		}
	}

	private boolean closeQuietly() {
		if (closed) {
			return false;
		}
		closed = true;
		job.cancel();
		map.removeListener(removalWatcher);
		for (Layer layer : layers()) {
			if (map.indexOf(layer) >= 0) {
				map.removeLayer(layer);
			}
		}
		if (current == this) {
			current = null;
		}
		return true;
	}

	private void layerRemoved(MapContentEvent event) {
		if (event.kind() == MapContentEvent.Kind.LAYER_REMOVED && event.layer() == klasseLayer) {
			Display display = Display.getDefault();
			display.asyncExec(this::close);
		}
	}

	private void apply(ScoringState scored) {
		if (closed) {
			return;
		}
		state = scored;
		for (VectorLayer layer : layers()) {
			if (map.indexOf(layer) >= 0) {
				map.setFeatures(layer, scored.layer());
			}
		}
		retitle(klasseLayer, Messages.SignalMap_klasseLayer, scored);
		retitle(trendLayer, Messages.SignalMap_trendLayer, scored);
		retitle(hotSpotLayer, Messages.SignalMap_hotSpotLayer, scored);
		retitle(earlyWarningLayer, Messages.SignalMap_earlyWarningLayer, scored);
		if (map.indexOf(trendLayer) >= 0) {
			map.setStyle(trendLayer, SignalMapStyles.trend(scored.layer()));
		}
		fire(Optional.of(this));
	}

	private void retitle(VectorLayer layer, String pattern, ScoringState scored) {
		if (map.indexOf(layer) >= 0) {
			map.setTitle(layer, title(pattern, scored));
		}
	}

	private static String title(String pattern, ScoringState state) {
		int[] trendYears = state.result().trendYears();
		String years = trendYears.length >= 2 ? trendYears[0] + "\u2013" + trendYears[trendYears.length - 1] //$NON-NLS-1$
				: Integer.toString(state.year());
		return NLS.bind(pattern, state.year(), years);
	}

	private static void fire(Optional<SignalMapSession> session) {
		for (SignalMapListener listener : LISTENERS) {
			listener.signalMapChanged(session);
		}
	}

	/** One request: weights and year, numbered so that a finished run knows whether it is still the latest. */
	private record Request(Weights weights, int year, long number) {
	}

	/** Scores the latest request in the background and hands the state to the UI thread. */
	private final class RescoreJob extends Job {

		RescoreJob() {
			super(Messages.SignalMap_rescoreJob);
			setUser(false);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Request request = pending;
			if (request == null || closed) {
				return Status.OK_STATUS;
			}
			monitor.beginTask(NLS.bind(Messages.SignalMap_rescoreTask, request.year()), IProgressMonitor.UNKNOWN);
			ScoringState scored;
			try {
				scored = ScoringState.compute(state.run(), request.weights(), request.year(), state.crs());
			} catch (RuntimeException e) {
				return Status.error(NLS.bind(Messages.SignalMap_rescoreFailed, e.getMessage()), e);
			} finally {
				monitor.done();
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Display display = Display.getDefault();
			display.asyncExec(() -> {
				if (pending == request) {
					pending = null;
				}
				if (!closed && request.number() == requests.get()) {
					apply(scored);
				}
			});
			return Status.OK_STATUS;
		}
	}
}
