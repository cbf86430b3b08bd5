package nl.veerkracht.scoring.ui.open;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * Second page of the signal-map wizard: reads the files (in the wizard's progress bar, cancellable) and
 * shows what they hold — per file the years, buurten and CBS missing values, the gemeenten of the
 * boundaries to choose from, how many buurten have figures, which indicators will be computed and which
 * are dropped and why, skipped boundary features and indicator plug-in problems — with the settings of the
 * map. A file that cannot be used is named with the problem; nothing changes until Finish.
 */
final class SignalMapPreviewPage extends WizardPage {

	private static final int LISTED_MESSAGES = 25;

	private final SignalMapFilesPage filesPage;
	private FilesPreviewTable files;
	private Combo gemeente;
	private Label summary;
	private IndicatorsPreviewTable indicators;
	private ScoringSettingsPart settings;
	private Text messages;
	private final List<Optional<String>> gemeenteChoices = new ArrayList<>();
	private List<Object> readFor = List.of();
	private SignalMapReading reading;
	private SignalMapPreparation preparation;

	/**
	 * @param filesPage the page with the files to read
	 */
	SignalMapPreviewPage(SignalMapFilesPage filesPage) {
		super("signalMapPreview"); //$NON-NLS-1$
		this.filesPage = filesPage;
		setTitle(OpenMessages.Preview_title);
		setDescription(OpenMessages.Preview_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		files = new FilesPreviewTable(composite, 1);

		Composite choices = new Composite(composite, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
		GridLayoutFactory.fillDefaults().numColumns(ScoringSettingsPart.COLUMNS).applyTo(choices);
		new Label(choices, SWT.NONE).setText(OpenMessages.Preview_gemeente);
		gemeente = WidgetKeys.set(new Combo(choices, SWT.READ_ONLY), SignalMapWizardKeys.GEMEENTE);
		GridDataFactory.fillDefaults().grab(true, false).span(ScoringSettingsPart.COLUMNS - 3, 1).applyTo(gemeente);
		gemeente.addListener(SWT.Selection, e -> prepareChosenGemeente());
		settings = new ScoringSettingsPart(choices);

		summary = WidgetKeys.set(new Label(composite, SWT.WRAP), SignalMapWizardKeys.SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).hint(800, SWT.DEFAULT).applyTo(summary);
		indicators = new IndicatorsPreviewTable(composite);

		Label messagesLabel = new Label(composite, SWT.NONE);
		messagesLabel.setText(OpenMessages.Preview_messages);
		messages = WidgetKeys.set(new Text(composite, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
				SignalMapWizardKeys.MESSAGES);
		GridDataFactory.fillDefaults().grab(true, true).hint(800, messages.getLineHeight() * 4).applyTo(messages);
		setControl(composite);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (!visible) {
			return;
		}
		List<Object> input = List.of(filesPage.kwbFiles(), filesPage.boundarySource());
		if (!input.equals(readFor)) {
			read(input);
		}
	}

	private void read(List<Object> input) {
		clear();
		SignalMapReading next = new SignalMapReading(filesPage.kwbFiles(), filesPage.boundarySource());
		try {
			getContainer().run(true, true, next);
		} catch (InvocationTargetException e) {
			showProblem(String.valueOf(e.getCause()));
			return;
		} catch (InterruptedException e) {
			showProblem(OpenMessages.Preview_cancelled);
			return;
		}
		reading = next;
		readFor = input;
		files.show(reading);
		Map<Path, String> errors = reading.errors();
		if (!errors.isEmpty()) {
			showMessages(List.copyOf(errors.values()));
			showProblem(errors.values().iterator().next());
			messages.setFocus();
			return;
		}
		offerGemeenten();
		gemeente.setFocus();
		if (gemeente.getSelectionIndex() >= 0) {
			prepareChosenGemeente();
		} else {
			showMessages(List.of());
			setErrorMessage(null);
			setMessage(OpenMessages.Preview_chooseGemeente, IMessageProvider.INFORMATION);
		}
	}

	private void offerGemeenten() {
		BoundaryBuurten buurten = reading.buurten().orElseThrow();
		CbsData data = reading.data();
		gemeente.removeAll();
		gemeenteChoices.clear();
		gemeente.add(OpenMessages.bind(OpenMessages.Preview_allBuurten, PreviewTexts.number(buurten.buurtCount())));
		gemeenteChoices.add(Optional.empty());
		buurten.buurtenPerGemeente().forEach((code, count) -> {
			String name = RegionCode.parse(code).flatMap(data::region).map(Region::name).filter(n -> !n.isBlank())
					.or(() -> buurten.gemeenteName(code)).orElse(""); //$NON-NLS-1$
			gemeente.add(OpenMessages.bind(OpenMessages.Preview_gemeenteItem, new Object[] { code, name, count }).replace("  ", " ")); //$NON-NLS-1$ //$NON-NLS-2$
			gemeenteChoices.add(Optional.of(code));
		});
		if (buurten.buurtenPerGemeente().size() == 1) {
			gemeente.select(1);
		}
	}

	private void prepareChosenGemeente() {
		int index = gemeente.getSelectionIndex();
		if (reading == null || index < 0) {
			return;
		}
		SignalMapPreparation next = new SignalMapPreparation(reading.data(), reading.previews().stream().map(ImportPreview::file).toList(),
				reading.boundaries().orElseThrow(), reading.boundarySource().displayName(), gemeenteChoices.get(index),
				ScoringParameters.defaults());
		preparation = null;
		indicators.clear();
		try {
			getContainer().run(true, true, next);
		} catch (InvocationTargetException e) {
			showProblem(String.valueOf(e.getCause()));
			return;
		} catch (InterruptedException e) {
			showProblem(OpenMessages.Preview_cancelled);
			return;
		}
		if (next.problem().isPresent()) {
			summary.setText(""); //$NON-NLS-1$
			showMessages(List.of(next.problem().get()));
			showProblem(next.problem().get());
			return;
		}
		preparation = next;
		ScoringRun run = next.run().orElseThrow();
		IndicatorRegistry registry = IndicatorRegistry.getDefault();
		summary.setText(OpenMessages.bind(OpenMessages.Preview_summary, new Object[] { next.matchedBuurten(), next.buurtCount(),
				PreviewTexts.years(run.years()), run.table().indicatorCount(), run.dropped().size() }));
		indicators.show(run, registry);
		settings.setYears(run.years());
		showMessages(PreviewMessages.of(reading, run, registry));
		setErrorMessage(null);
		setMessage(SignalMapSession.current().map(s -> OpenMessages.bind(OpenMessages.Preview_replaces, s.klasseLayer().getTitle()))
				.orElse(null), IMessageProvider.WARNING);
		setPageComplete(true);
		summary.getParent().layout(true, true);
	}

	private void showMessages(List<String> lines) {
		List<String> shown = lines.size() > LISTED_MESSAGES ? new ArrayList<>(lines.subList(0, LISTED_MESSAGES)) : new ArrayList<>(lines);
		if (lines.size() > LISTED_MESSAGES) {
			shown.add(OpenMessages.bind(OpenMessages.Preview_moreMessages, lines.size() - LISTED_MESSAGES));
		}
		messages.setText(shown.isEmpty() ? OpenMessages.Preview_noMessages : String.join("\n", shown)); //$NON-NLS-1$
	}

	private void showProblem(String problem) {
		preparation = null;
		setMessage(null);
		setErrorMessage(problem);
		setPageComplete(false);
	}

	private void clear() {
		reading = null;
		preparation = null;
		readFor = List.of();
		files.clear();
		indicators.clear();
		gemeente.removeAll();
		gemeenteChoices.clear();
		summary.setText(""); //$NON-NLS-1$
		messages.setText(""); //$NON-NLS-1$
		setPageComplete(false);
	}

	/** @return the files read, the gemeente chosen and the parameters set; call only when the page is complete */
	SignalMapRequest request() {
		Optional<String> chosen = gemeenteChoices.get(gemeente.getSelectionIndex());
		return new SignalMapRequest(reading, chosen, settings.parameters(), settings.year());
	}

	@Override
	public boolean isPageComplete() {
		return super.isPageComplete() && preparation != null;
	}
}
