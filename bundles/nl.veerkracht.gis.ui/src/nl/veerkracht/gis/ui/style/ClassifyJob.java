package nl.veerkracht.gis.ui.style;

import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;

/**
 * Computes class breaks in the background, so that the dialog stays responsive: natural breaks (Jenks)
 * take time quadratic in the number of distinct values (about 2 s for 13,000 values). Above
 * {@link #SAMPLE_LIMIT} values, natural breaks are computed on evenly spaced order statistics of the
 * values (a sample that keeps their distribution, the minimum and the maximum). The result is handed to
 * the UI thread unless the job was cancelled before it finished; callers ignore results of jobs they have
 * replaced.
 */
final class ClassifyJob extends Job {

	/** The family of these jobs, for tests that wait until classification is done. */
	static final Object FAMILY = ClassifyJob.class;

	/** The most values natural breaks are computed on; more are sampled down to this. */
	static final int SAMPLE_LIMIT = 15_000;

	/**
	 * The outcome.
	 *
	 * @param classification the class breaks
	 * @param sampled how many values the breaks were computed on when a sample was taken, else 0
	 */
	record Result(Classification classification, int sampled) {
	}

	private final NumericValues values;
	private final ClassificationMethod method;
	private final int classes;
	private final Display display;
	private final BiConsumer<ClassifyJob, Result> done;

	ClassifyJob(NumericValues values, ClassificationMethod method, int classes, Display display,
			BiConsumer<ClassifyJob, Result> done) {
		super(StyleMessages.Classes_job);
		this.values = values;
		this.method = method;
		this.classes = classes;
		this.display = display;
		this.done = done;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(StyleMessages.Classes_job, IProgressMonitor.UNKNOWN);
		double[] sorted = values.sorted();
		int sampled = 0;
		if (method == ClassificationMethod.NATURAL_BREAKS && sorted.length > SAMPLE_LIMIT) {
			sorted = sample(sorted, SAMPLE_LIMIT);
			sampled = SAMPLE_LIMIT;
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Classification classification = Classifier.classify(sorted, method, classes);
		monitor.done();
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Result result = new Result(classification, sampled);
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(this, result));
		}
		return Status.OK_STATUS;
	}

	/**
	 * Takes evenly spaced order statistics.
	 *
	 * @param sorted ascending values, more than {@code size}
	 * @param size the sample size, at least 2
	 * @return the sample, ascending, with the first and last value
	 */
	static double[] sample(double[] sorted, int size) {
		double[] sample = new double[size];
		for (int i = 0; i < size; i++) {
			sample[i] = sorted[(int) ((long) i * (sorted.length - 1) / (size - 1))];
		}
		return sample;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
