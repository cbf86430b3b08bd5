package nl.veerkracht.stad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.model.ui.maps.AnalyseChoice;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameterFile;
import nl.veerkracht.stad.ui.notitie.NotitieJob;
import nl.veerkracht.stad.ui.results.ComparisonPanel;
import nl.veerkracht.stad.ui.run.RunPanel;
import nl.veerkracht.stad.ui.run.StadsbalansJob;
import nl.veerkracht.stad.ui.scenario.MixTable;
import nl.veerkracht.stad.ui.scenario.ScenarioEdits;
import nl.veerkracht.stad.ui.scenario.ScenarioList;
import nl.veerkracht.stad.ui.scenario.ScenarioWidgetKeys;

/**
 * The Stadsbalans: on the left the analysis, its scenarios with the mix table of the selected one, the horizon
 * and Berekenen; on the right the comparison of the calculated scenarios. Edits are commands on the analysis
 * session (Ctrl+Z in the view undoes them); the run is a cancellable job on the open signal map.
 */
public final class StadsbalansView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.stad.ui.stadsbalans"; //$NON-NLS-1$

	private final List<IFile> analyses = new ArrayList<>();
	private final Runnable modelChanged = this::modelChanged;
	private final SignalMapListener signalMapListener = current -> updateRun();
	private final CommandStackListener stackListener = event -> updateUndo();
	private final IResourceChangeListener workspaceListener = this::workspaceChanged;
	private final Consumer<IFile> discardListener = this::discarded;
	private Composite left;
	private Combo analyseChoice;
	private Label analyseProblem;
	private ScenarioList scenarios;
	private MixTable mixes;
	private RunPanel run;
	private ComparisonPanel results;
	private AnalyseSession session;
	private ScenarioEdits edits;
	private Action undo;
	private Action redo;
	private boolean refreshQueued;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		left = new Composite(sash, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		Composite analyseRow = new Composite(left, SWT.NONE);
		analyseRow.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(analyseRow);
		new Label(analyseRow, SWT.NONE).setText(StadsbalansMessages.View_analyse);
		analyseChoice = new Combo(analyseRow, SWT.READ_ONLY | SWT.DROP_DOWN);
		WidgetKeys.set(analyseChoice, ScenarioWidgetKeys.ANALYSE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(analyseChoice);
		analyseChoice.addListener(SWT.Selection, event -> {
			int index = analyseChoice.getSelectionIndex();
			if (index >= 0 && index < analyses.size()) {
				showAnalyse(analyses.get(index));
			}
		});
		analyseProblem = new Label(analyseRow, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(analyseProblem);
		scenarios = new ScenarioList(left, this::scenarioSelected);
		mixes = new MixTable(left);
		run = new RunPanel(left, getSite().getWorkbenchWindow(), this::calculate, this::writeNotitie);
		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new FillLayout());
		results = new ComparisonPanel(right);
		results.showMessage(StadsbalansMessages.View_notCalculated);
		getSite().setSelectionProvider(results);
		sash.setWeights(32, 68);
		LeftPaneWidth.keep(sash, run.control(), 2 * ((GridLayout) left.getLayout()).marginWidth);
		createUndo();
		SignalMapSession.addListener(signalMapListener);
		AnalyseSessions.addDiscardListener(discardListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
		listAnalyses();
		AnalyseChoice.analysesInWorkspace().stream().findFirst().ifPresentOrElse(this::showAnalyse, () -> showAnalyse(null));
	}

	private void createUndo() {
		undo = new Action(StadsbalansMessages.View_undo) {
			@Override
			public void run() {
				stack().filter(CommandStack::canUndo).ifPresent(CommandStack::undo);
			}
		};
		redo = new Action(StadsbalansMessages.View_redo) {
			@Override
			public void run() {
				stack().filter(CommandStack::canRedo).ifPresent(CommandStack::redo);
			}
		};
		undo.setId(ActionFactory.UNDO.getId());
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		redo.setId(ActionFactory.REDO.getId());
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		updateUndo();
	}

	private Optional<CommandStack> stack() {
		return Optional.ofNullable(session).map(s -> s.getDomain().getCommandStack());
	}

	private void updateUndo() {
		undo.setEnabled(stack().map(CommandStack::canUndo).orElse(false));
		redo.setEnabled(stack().map(CommandStack::canRedo).orElse(false));
	}

	/**
	 * Shows an analysis: its scenarios and their mixes.
	 *
	 * @param file the analysis file, or {@code null} for none
	 */
	public void showAnalyse(IFile file) {
		if (session != null && file != null && session.getFile().equals(file)) {
			return;
		}
		detach();
		Optional<AnalyseSession> opened = file == null ? Optional.empty() : AnalyseSessions.of(file);
		session = opened.orElse(null);
		edits = session == null ? null : new ScenarioEdits(session.getDomain(), session.getAnalyse());
		if (session != null) {
			session.addChangeListener(modelChanged);
			session.getDomain().getCommandStack().addCommandStackListener(stackListener);
		}
		listAnalyses();
		analyseProblem.setText(file == null ? StadsbalansMessages.View_noAnalyse
				: session == null ? AnalyseSessions.problem(file).orElse(StadsbalansMessages.View_cannotOpen) : ""); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridData) analyseProblem.getLayoutData()).exclude = analyseProblem.getText().isEmpty();
		analyseProblem.setVisible(!analyseProblem.getText().isEmpty());
		scenarios.show(analyse(), edits);
		updateRun();
		updateUndo();
		left.layout(true, true);
	}

	/** @return the file of the analysis shown, if any */
	public Optional<IFile> analyseFile() {
		return Optional.ofNullable(session).map(AnalyseSession::getFile);
	}

	/** @return the result side: the comparison of the last run */
	public ComparisonPanel comparisonPanel() {
		return results;
	}

	private Analyse analyse() {
		return session == null ? null : session.getAnalyse();
	}

	private void detach() {
		if (session != null) {
			session.removeChangeListener(modelChanged);
			session.getDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
	}

	private void listAnalyses() {
		analyses.clear();
		analyses.addAll(AnalyseChoice.analysesInWorkspace());
		analyseChoice.removeAll();
		for (IFile file : analyses) {
			analyseChoice.add(file.getFullPath().makeRelative().toString());
		}
		if (session != null && analyses.contains(session.getFile())) {
			analyseChoice.select(analyses.indexOf(session.getFile()));
		}
	}

	private void workspaceChanged(IResourceChangeEvent event) {
		if (left == null || left.isDisposed()) {
			return;
		}
		left.getDisplay().asyncExec(() -> {
			if (left.isDisposed()) {
				return;
			}
			if (session != null && !session.getFile().exists()) {
				showAnalyse(null);
			} else if (!AnalyseChoice.analysesInWorkspace().equals(analyses)) {
				listAnalyses();
				if (session == null && !analyses.isEmpty()) {
					showAnalyse(analyses.get(0));
				}
			}
		});
	}

	/**
	 * An editor closed without saving has its session discarded: the view lets go of the old model and shows the
	 * analysis as it is in the file.
	 */
	private void discarded(IFile file) {
		if (left == null || left.isDisposed()) {
			return;
		}
		left.getDisplay().asyncExec(() -> {
			if (!left.isDisposed() && session != null && session.getFile().equals(file)) {
				detach();
				session = null;
				showAnalyse(file.exists() ? file : null);
			}
		});
	}

	/** A change of the model may come from any thread; the lists are refreshed once, on the UI thread. */
	private void modelChanged() {
		if (left == null || left.isDisposed() || refreshQueued) {
			return;
		}
		refreshQueued = true;
		left.getDisplay().asyncExec(() -> {
			refreshQueued = false;
			if (!left.isDisposed()) {
				scenarios.refresh();
				updateRun();
			}
		});
	}

	private void scenarioSelected(Scenario scenario) {
		if (mixes != null) {
			mixes.show(scenario == null ? null : edits, scenario);
		}
	}

	private void updateRun() {
		if (run != null) {
			run.update(analyse(), session == null ? null : session.getFile(), session != null);
		}
	}

	/** @return the model parameter file beside the analysis on disk, if the analysis has a local file */
	private Optional<java.nio.file.Path> parameterFile() {
		return Optional.ofNullable(session).map(AnalyseSession::getFile).map(IFile::getLocation)
				.map(location -> ModelParameterFile.besideAnalyse(location.toFile().toPath()));
	}

	private void calculate() {
		Optional<SignalMapSession> signalMap = SignalMapSession.current().filter(s -> !s.isClosed());
		if (session == null || signalMap.isEmpty()) {
			updateRun();
			return;
		}
		Scenario baseline = edits.ensureBaseline();
		List<Scenario> chosen = new ArrayList<>();
		chosen.add(baseline);
		chosen.addAll(scenarios.checkedVariants());
		StadsbalansJob.Request request = new StadsbalansJob.Request(analyseName(), new ArrayList<>(EcoreUtil.copyAll(chosen)),
				signalMap.get().inputs(), signalMap.get().state(), parameterFile().orElse(null), run.horizon());
		run.setRunning(true);
		run.showReport(null);
		run.showNotitie(false, null);
		results.showMessage(NLS.bind(StadsbalansMessages.View_calculating, chosen.size()));
		StadsbalansJob job = new StadsbalansJob(request, left.getDisplay(), result -> {
			if (!left.isDisposed()) {
				run.setRunning(false);
				run.showReport(result.city());
				results.show(result);
				run.showNotitie(result.comparison().outcomes().size() > 1, null);
			}
		}, problem -> {
			if (!left.isDisposed()) {
				run.setRunning(false);
				results.showMessage(problem);
			}
		});
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job); // the view shows it is busy while the job runs
		} else {
			job.schedule();
		}
	}

	/**
	 * Writes the stadsbrede notitie of the comparison on screen: the scenario selected in the list when it was
	 * calculated, else the first variant, against the baseline, with the parameters the run used.
	 */
	private void writeNotitie() {
		Optional<StadsbalansResult> shown = results.result();
		if (shown.isEmpty() || session == null || shown.get().comparison().outcomes().size() < 2) {
			return;
		}
		ComparisonResult comparison = shown.get().comparison();
		String scenario = Optional.ofNullable(scenarios.selection()).map(Scenario::getName).flatMap(comparison::outcome)
				.filter(outcome -> outcome != comparison.baseline()).orElse(comparison.outcomes().get(1)).scenario().name();
		NotitieJob job = new NotitieJob(EcoreUtil.copy(analyse()), scenario, comparison, shown.get().calibrated(),
				shown.get().buurten(), shown.get().codeAttribute(),
				session.getFile().getParent(), left.getDisplay(),
				report -> {
					if (!left.isDisposed()) {
						run.showNotitie(true, report);
					}
				});
		run.showNotitie(false, null);
		job.schedule();
	}

	private String analyseName() {
		Analyse analyse = analyse();
		return analyse.getName() == null || analyse.getName().isBlank() ? session.getFile().getName() : analyse.getName();
	}

	@Override
	public void setFocus() {
		analyseChoice.setFocus();
	}

	@Override
	public void dispose() {
		detach();
		SignalMapSession.removeListener(signalMapListener);
		AnalyseSessions.removeDiscardListener(discardListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
		super.dispose();
	}
}
