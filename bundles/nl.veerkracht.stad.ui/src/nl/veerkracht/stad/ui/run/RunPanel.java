package nl.veerkracht.stad.ui.run;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.analyse.OpenKeptSignalMapJob;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.SkippedBuurt;
import nl.veerkracht.stad.StadModel;
import nl.veerkracht.stad.ui.parameters.ModelParametersDialog;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The run part of the Stadsbalans view: which signal map the run uses (or, without one, a message and a button
 * that opens the analysis's kept signal map or makes one), the horizon, Berekenen, and after a run the buurten it
 * left out and those whose figures it estimated, each listed in the tooltip.
 */
public final class RunPanel {

	/** The signal-map wizard's command, as the wijkschets Overzicht page uses it. */
	static final String MAKE_SIGNAL_MAP_COMMAND = "nl.veerkracht.scoring.ui.commands.openSignalMap"; //$NON-NLS-1$
	/** The horizon a new view proposes, in years. */
	public static final int DEFAULT_HORIZON = 10;
	private static final int TOOLTIP_LINES = 40;

	private final IWorkbenchWindow window;
	private final Label signalMap;
	private final Button openSignalMap;
	private final Spinner horizon;
	private final Group group;
	private final Button parameters;
	private final Button notitie;
	private final Label notitieReport;
	private final Button run;
	private final Label skipped;
	private final Label estimated;
	private Analyse analyse;
	private IFile analyseFile;
	private boolean running;
	private boolean runnable;

	/**
	 * @param parent    the composite to build in (grid layout, one column)
	 * @param window    the window whose Map view shows the signal map
	 * @param calculate what Berekenen does
	 */
	public RunPanel(Composite parent, IWorkbenchWindow window, Runnable calculate) {
		this(parent, window, calculate, null);
	}

	/**
	 * @param parent       the composite to build in (grid layout, one column)
	 * @param window       the window whose Map view shows the signal map
	 * @param calculate    what Berekenen does
	 * @param writeNotitie what Notitie schrijven does, or null for no such button
	 */
	public RunPanel(Composite parent, IWorkbenchWindow window, Runnable calculate, Runnable writeNotitie) {
		this.window = window;
		group = new Group(parent, SWT.NONE);
		group.setText(RunMessages.Run_title);
		group.setLayout(new GridLayout(4, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		signalMap = new Label(group, SWT.WRAP);
		WidgetKeys.set(signalMap, RunWidgetKeys.SIGNAL_MAP);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(signalMap);
		openSignalMap = new Button(group, SWT.PUSH);
		WidgetKeys.set(openSignalMap, RunWidgetKeys.OPEN_SIGNAL_MAP);
		GridDataFactory.swtDefaults().span(4, 1).applyTo(openSignalMap);
		openSignalMap.addListener(SWT.Selection, event -> openSignalMap());
		new Label(group, SWT.NONE).setText(RunMessages.Run_horizon);
		horizon = new Spinner(group, SWT.BORDER);
		WidgetKeys.set(horizon, StadsbalansWidgetKeys.HORIZON);
		horizon.setValues(DEFAULT_HORIZON, 1, StadModel.MAX_HORIZON, 0, 1, 5);
		horizon.setToolTipText(RunMessages.Run_horizonTooltip);
		Label filler = new Label(group, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filler);
		run = new Button(group, SWT.PUSH);
		run.setText(RunMessages.Run_button);
		run.setToolTipText(RunMessages.Run_buttonTooltip);
		WidgetKeys.set(run, StadsbalansWidgetKeys.RUN);
		run.addListener(SWT.Selection, event -> calculate.run());
		parameters = new Button(group, SWT.PUSH); // its own row: the left part of the view is narrow
		parameters.setText(RunMessages.Run_parameters);
		parameters.setToolTipText(RunMessages.Run_parametersTooltip);
		WidgetKeys.set(parameters, RunWidgetKeys.PARAMETERS);
		GridDataFactory.swtDefaults().span(4, 1).applyTo(parameters);
		parameters.addListener(SWT.Selection, event -> editParameters());
		notitie = new Button(group, SWT.PUSH);
		notitie.setText(RunMessages.Run_notitie);
		notitie.setToolTipText(RunMessages.Run_notitieTooltip);
		WidgetKeys.set(notitie, RunWidgetKeys.NOTITIE);
		GridDataFactory.swtDefaults().span(4, 1).exclude(writeNotitie == null).applyTo(notitie);
		notitie.setVisible(writeNotitie != null);
		notitie.setEnabled(false);
		if (writeNotitie != null) {
			notitie.addListener(SWT.Selection, event -> writeNotitie.run());
		}
		notitieReport = new Label(group, SWT.WRAP);
		WidgetKeys.set(notitieReport, RunWidgetKeys.NOTITIE_REPORT);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(notitieReport);
		skipped = new Label(group, SWT.WRAP);
		WidgetKeys.set(skipped, RunWidgetKeys.SKIPPED);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(skipped);
		estimated = new Label(group, SWT.WRAP);
		WidgetKeys.set(estimated, RunWidgetKeys.ESTIMATED);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(estimated);
		showReport(null);
		update(null, null, false);
	}

	/** @return the panel's group, e.g. to measure the width its rows need */
	public Control control() {
		return group;
	}

	/**
	 * @param possible whether a notitie can be written (a comparison with a variant is shown)
	 * @param report   what the last writing did, or null
	 */
	public void showNotitie(boolean possible, String report) {
		notitie.setEnabled(possible);
		notitieReport.setText(report == null ? "" : report); //$NON-NLS-1$
		notitieReport.getParent().layout(true, true);
	}

	/** @return the horizon chosen, in years */
	public int horizon() {
		return horizon.getSelection();
	}

	/**
	 * Shows whether a run is possible and on which signal map.
	 *
	 * @param analyse      the analysis shown, or {@code null}
	 * @param analyseFile  its file, or {@code null}
	 * @param hasScenarios whether the analysis is open for editing (its scenarios can be run)
	 */
	public void update(Analyse analyse, IFile analyseFile, boolean hasScenarios) {
		this.analyse = analyse;
		this.analyseFile = analyseFile;
		Optional<SignalMapSession> session = SignalMapSession.current().filter(s -> !s.isClosed());
		if (session.isPresent()) {
			signalMap.setText(NLS.bind(RunMessages.Run_signalMap, gemeente(session.get()), session.get().state().year()));
			showOpenButton(null);
		} else {
			signalMap.setText(RunMessages.Run_noSignalMap);
			showOpenButton(keptSignalMap().isPresent() ? RunMessages.Run_openKept : RunMessages.Run_make);
		}
		parameters.setEnabled(analyseFile != null && analyseFile.getLocation() != null);
		runnable = session.isPresent() && hasScenarios;
		run.setEnabled(runnable && !running);
		signalMap.getParent().layout(true, true);
	}

	/** Opens the model parameters of the analysis: the intensity table and the market and coping parameters. */
	private void editParameters() {
		if (analyseFile != null && analyseFile.getLocation() != null) {
			ModelParametersDialog.edit(parameters.getShell(), analyseFile.getLocation().toFile().toPath());
		}
	}

	private static String gemeente(SignalMapSession session) {
		return session.inputs().gemeente().orElse(RunMessages.Run_allGemeenten);
	}

	private void showOpenButton(String text) {
		openSignalMap.setVisible(text != null);
		openSignalMap.setText(text == null ? "" : text); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridData) openSignalMap.getLayoutData()).exclude = text == null;
	}

	/** @param running whether a run is going on (Berekenen is disabled meanwhile) */
	public void setRunning(boolean running) {
		this.running = running;
		run.setEnabled(runnable && !running);
		run.setText(running ? RunMessages.Run_running : RunMessages.Run_button);
		run.getParent().layout(true, true);
	}

	/**
	 * Names the buurten a run left out and those whose figures it estimated.
	 *
	 * @param city the city input of the run, or {@code null} to show nothing
	 */
	public void showReport(CityInput city) {
		List<SkippedBuurt> left = city == null ? List.of() : city.skipped();
		skipped.setText(left.isEmpty() ? "" : NLS.bind(RunMessages.Run_skipped, left.size())); //$NON-NLS-1$
		skipped.setToolTipText(left.isEmpty() ? null : list(left.stream()
				.map(buurt -> NLS.bind(RunMessages.Run_skippedLine, new Object[] { buurt.name(), buurt.code(), buurt.reason() }))
				.toList()));
		List<String> guessed = city == null ? List.of() : city.input().buurten().stream()
				.filter(buurt -> city.estimated().contains(buurt.code()))
				.map(buurt -> NLS.bind(RunMessages.Run_estimatedLine, buurt.name(), buurt.code())).toList();
		estimated.setText(guessed.isEmpty() ? "" : NLS.bind(RunMessages.Run_estimated, guessed.size())); //$NON-NLS-1$
		estimated.setToolTipText(guessed.isEmpty() ? null : list(guessed));
		for (Label label : List.of(skipped, estimated)) {
			((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = label.getText().isEmpty();
			label.setVisible(!label.getText().isEmpty());
		}
		skipped.getParent().getParent().layout(true, true);
	}

	private static String list(List<String> lines) {
		if (lines.size() <= TOOLTIP_LINES) {
			return String.join("\n", lines); //$NON-NLS-1$
		}
		return lines.subList(0, TOOLTIP_LINES).stream().collect(Collectors.joining("\n")) //$NON-NLS-1$
				+ "\n" + NLS.bind(RunMessages.Run_more, lines.size() - TOOLTIP_LINES); //$NON-NLS-1$
	}

	private Optional<Signaleringskaart> keptSignalMap() {
		return Optional.ofNullable(analyse).map(Analyse::getSignaleringskaart);
	}

	private void openSignalMap() {
		Optional<Signaleringskaart> kept = keptSignalMap();
		if (kept.isPresent() && analyseFile != null) {
			new OpenKeptSignalMapJob(window, analyseFile, kept.get()).schedule();
			return;
		}
		try {
			window.getService(IHandlerService.class).executeCommand(MAKE_SIGNAL_MAP_COMMAND, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			MessageDialog.openError(window.getShell(), RunMessages.Run_make, e.getMessage());
		}
	}
}
