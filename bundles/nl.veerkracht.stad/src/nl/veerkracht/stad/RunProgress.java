package nl.veerkracht.stad;

/**
 * Where a long model run reports its progress and learns that it should stop. UI-free, so that a workbench Job
 * can pass its progress monitor and a command-line run can pass {@link #NONE}.
 */
public interface RunProgress {

	/** Reports nothing and never cancels. */
	RunProgress NONE = new RunProgress() {
		@Override
		public void begin(String task, int totalWork) {
		}

		@Override
		public void worked(String subTask, int work) {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * @param task      what the run does, in Dutch
	 * @param totalWork the units of work to come
	 */
	void begin(String task, int totalWork);

	/**
	 * @param subTask what was just done or comes next, in Dutch
	 * @param work    units of work done since the last call
	 */
	void worked(String subTask, int work);

	/** @return whether the caller wants the run to stop */
	boolean isCancelled();
}
