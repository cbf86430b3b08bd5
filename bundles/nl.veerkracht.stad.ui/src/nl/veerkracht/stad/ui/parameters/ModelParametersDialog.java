package nl.veerkracht.stad.ui.parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.stad.IntensityTable;
import nl.veerkracht.stad.ModelParameterFile;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ParameterFileException;
import nl.veerkracht.stad.PerspectiveMix;
import nl.veerkracht.stad.Segment;
import nl.veerkracht.stad.SegmentValues;

/**
 * Edits the parameters of the city model of one analysis, above all the intensity table that turns a workshop's
 * intensity 0–4 into model parameters. Reads and writes {@link ModelParameterFile} beside the analysis; OK is only
 * possible when every value is valid (the model's own rules decide, and say why). A file that cannot be read is
 * kept as a backup before it is replaced.
 */
public final class ModelParametersDialog extends TitleAreaDialog {

	/** The rows of the segment table: the key of their fields, their label and their values in the parameters. */
	private enum SegmentRow {
		TURNOVER("turnover", ParameterMessages.Segments_turnover, ModelParameters::turnover),
		INFLOW("inflow", ParameterMessages.Segments_inflow, ModelParameters::vulnerableInflowShare),
		REPLACEMENT("replacement", ParameterMessages.Segments_replacement, ModelParameters::replacementShares);

		private final String key;
		private final String label;
		private final Function<ModelParameters, SegmentValues> values;

		SegmentRow(String key, String label, Function<ModelParameters, SegmentValues> values) {
			this.key = key;
			this.label = label;
			this.values = values;
		}
	}

	private final Path file;
	private ModelParameters initial;
	private Optional<ParameterFileException> readProblem = Optional.empty();
	private final Map<Handelingsperspectief, Text[]> intensityFields = new EnumMap<>(Handelingsperspectief.class);
	private final Map<SegmentRow, Text[]> segmentFields = new EnumMap<>(SegmentRow.class);
	private Text exponent;
	private Text maximum;
	private Text rate;
	private ModelParameters result;

	/**
	 * @param parent      the parent shell
	 * @param analyseFile the analysis whose parameters to edit (the file beside it is read and written)
	 */
	public ModelParametersDialog(Shell parent, Path analyseFile) {
		super(parent);
		this.file = ModelParameterFile.besideAnalyse(analyseFile);
		try {
			initial = ModelParameterFile.readOrDefaults(file);
		} catch (ParameterFileException e) {
			initial = ModelParameters.defaults();
			readProblem = Optional.of(e);
		}
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/**
	 * Opens the dialog for an analysis.
	 *
	 * @param parent      the parent shell
	 * @param analyseFile the analysis file
	 * @return the saved parameters, empty when cancelled
	 */
	public static Optional<ModelParameters> edit(Shell parent, Path analyseFile) {
		ModelParametersDialog dialog = new ModelParametersDialog(parent, analyseFile);
		dialog.open();
		return dialog.saved();
	}

	/** @return the parameters saved with OK; empty while open or after Cancel */
	public Optional<ModelParameters> saved() {
		return getReturnCode() == OK ? Optional.ofNullable(result) : Optional.empty();
	}

	/** @return the parameter file this dialog reads and writes */
	public Path file() {
		return file;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(ParameterMessages.Dialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(ParameterMessages.Dialog_heading);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		createIntensities(body);
		createSegments(body);
		createCoping(body);
		show(initial);
		readProblem.ifPresentOrElse(
				problem -> setErrorMessage(NLS.bind(ParameterMessages.Dialog_fileBroken,
						new Object[] { file.getFileName(), backup().getFileName(), problem.getMessage() })),
				() -> setMessage(NLS.bind(ParameterMessages.Dialog_message, file.getFileName())));
		return area;
	}

	private void createIntensities(Composite parent) {
		Group group = group(parent, ParameterMessages.Intensities_group, PerspectiveMix.MAX_INTENSITY + 2);
		new Label(group, SWT.NONE).setText(ParameterMessages.Intensities_perspective);
		for (int intensity = 0; intensity <= PerspectiveMix.MAX_INTENSITY; intensity++) {
			Label heading = new Label(group, SWT.CENTER);
			heading.setText(intensity + " " + Intensiteit.woord(intensity));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		}
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			new Label(group, SWT.NONE).setText(perspective.getLiteral());
			Text[] row = new Text[PerspectiveMix.MAX_INTENSITY + 1];
			for (int intensity = 0; intensity < row.length; intensity++) {
				row[intensity] = field(group, ParameterWidgetKeys.intensity(perspective, intensity));
			}
			intensityFields.put(perspective, row);
		}
		explanation(group, ParameterMessages.Intensities_explanation, PerspectiveMix.MAX_INTENSITY + 2);
	}

	private void createSegments(Composite parent) {
		Group group = group(parent, ParameterMessages.Segments_group, Segment.values().length + 1);
		new Label(group, SWT.NONE);
		for (Segment segment : Segment.values()) {
			Label heading = new Label(group, SWT.CENTER);
			heading.setText(segment.label());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		}
		for (SegmentRow segmentRow : SegmentRow.values()) {
			new Label(group, SWT.NONE).setText(segmentRow.label);
			Text[] row = new Text[Segment.values().length];
			for (Segment segment : Segment.values()) {
				row[segment.ordinal()] = field(group, ParameterWidgetKeys.segment(segmentRow.key, segment));
			}
			segmentFields.put(segmentRow, row);
		}
	}

	private void createCoping(Composite parent) {
		Group group = group(parent, ParameterMessages.Coping_group, 6);
		exponent = labelled(group, ParameterMessages.Coping_exponent, ParameterWidgetKeys.EXPONENT);
		maximum = labelled(group, ParameterMessages.Coping_maximum, ParameterWidgetKeys.MAXIMUM);
		rate = labelled(group, ParameterMessages.Coping_rate, ParameterWidgetKeys.RATE);
		explanation(group, ParameterMessages.Coping_explanation, 6);
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static void explanation(Composite parent, String text, int columns) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().span(columns, 1).hint(640, SWT.DEFAULT).grab(true, false).applyTo(label);
	}

	private Text labelled(Composite parent, String label, String key) {
		new Label(parent, SWT.NONE).setText(label);
		return field(parent, key);
	}

	private Text field(Composite parent, String key) {
		Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).hint(70, SWT.DEFAULT).applyTo(text);
		WidgetKeys.set(text, key);
		text.addModifyListener(event -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button defaults = createButton(parent, IDialogConstants.CLIENT_ID, ParameterMessages.Dialog_defaults, false);
		WidgetKeys.set(defaults, ParameterWidgetKeys.DEFAULTS);
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLIENT_ID) {
			show(ModelParameters.defaults());
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void show(ModelParameters parameters) {
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			Text[] row = intensityFields.get(perspective);
			for (int intensity = 0; intensity < row.length; intensity++) {
				row[intensity].setText(DutchNumbers.export(parameters.intensities().value(perspective, intensity)));
			}
		}
		for (SegmentRow segmentRow : SegmentRow.values()) {
			Text[] row = segmentFields.get(segmentRow);
			for (Segment segment : Segment.values()) {
				row[segment.ordinal()].setText(DutchNumbers.export(segmentRow.values.apply(parameters).get(segment)));
			}
		}
		exponent.setText(DutchNumbers.export(parameters.concentrationExponent()));
		maximum.setText(DutchNumbers.export(parameters.maxCopingReduction()));
		rate.setText(DutchNumbers.export(parameters.copingRate()));
	}

	/** Reads every field into parameters; sets the error message and returns null when a value is invalid. */
	private ModelParameters read() {
		try {
			IntensityTable table = IntensityTable.defaults();
			for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
				Text[] row = intensityFields.get(perspective);
				for (int intensity = 0; intensity < row.length; intensity++) {
					table = table.with(perspective, intensity,
							number(row[intensity], perspective.getLiteral() + " " + intensity));
				}
			}
			Map<SegmentRow, SegmentValues> segments = new EnumMap<>(SegmentRow.class);
			for (SegmentRow segmentRow : SegmentRow.values()) {
				double[] values = new double[Segment.values().length];
				for (Segment segment : Segment.values()) {
					values[segment.ordinal()] = number(segmentFields.get(segmentRow)[segment.ordinal()],
							segmentRow.label + ", " + segment.label());
				}
				segments.put(segmentRow, SegmentValues.of(values));
			}
			return new ModelParameters(segments.get(SegmentRow.TURNOVER), segments.get(SegmentRow.INFLOW),
					segments.get(SegmentRow.REPLACEMENT),
					number(exponent, ParameterMessages.Coping_exponent), number(maximum, ParameterMessages.Coping_maximum),
					number(rate, ParameterMessages.Coping_rate), table);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return null;
		}
	}

	private static double number(Text field, String what) {
		OptionalDouble value = DecimalText.parse(field.getText());
		if (value.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(ParameterMessages.Dialog_invalidNumber, what, field.getText()));
		}
		return value.getAsDouble();
	}

	private void validate() {
		if (exponent == null || rate == null || getButton(OK) == null) {
			return; // still being built
		}
		ModelParameters parameters = read();
		if (parameters != null) {
			if (readProblem.isEmpty()) {
				setErrorMessage(null);
			}
			result = parameters;
		}
		getButton(OK).setEnabled(parameters != null);
	}

	@Override
	protected void okPressed() {
		ModelParameters parameters = read();
		if (parameters == null) {
			return;
		}
		try {
			if (readProblem.isPresent() && Files.exists(file)) {
				Files.copy(file, backup(), StandardCopyOption.REPLACE_EXISTING);
			}
			ModelParameterFile.write(parameters, file);
		} catch (ParameterFileException | IOException e) {
			MessageDialog.openError(getShell(), ParameterMessages.Dialog_writeFailed, e.getMessage());
			return;
		}
		result = parameters;
		super.okPressed();
	}

	private Path backup() {
		return file.resolveSibling(file.getFileName() + ".bak");
	}
}
