package nl.veerkracht.scoring.ui.open;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.Reference;
import nl.veerkracht.scoring.engine.ScoringParameters;

/**
 * The settings of the signal map in the wizard's preview: the year shown first (default the latest), the
 * reference the indicators are normalised against, the normalisation and the minimum coverage (explained
 * in its tooltip).
 */
final class ScoringSettingsPart {

	/** The columns of the grid the part is laid out in. */
	static final int COLUMNS = 6;

	private static final List<Reference> REFERENCES = List.of(Reference.GEMEENTE, Reference.ALL);
	private static final List<NormalisationMethod> METHODS = List.of(NormalisationMethod.Z_SCORE, NormalisationMethod.RANK);

	private final Combo year;
	private final Combo reference;
	private final Combo method;
	private final Spinner coverage;
	private int[] years = {};

	/**
	 * Puts the year at the end of the grid's current row, and the reference, normalisation and minimum
	 * coverage on a row of their own.
	 *
	 * @param grid a grid of {@value #COLUMNS} columns whose current row has two cells left
	 */
	ScoringSettingsPart(Composite grid) {
		year = combo(grid, OpenMessages.Settings_year, SignalMapWizardKeys.YEAR);
		reference = combo(grid, OpenMessages.Settings_reference, SignalMapWizardKeys.REFERENCE);
		reference.setItems(OpenMessages.Settings_referenceGemeente, OpenMessages.Settings_referenceAll);
		reference.select(REFERENCES.indexOf(ScoringParameters.defaults().reference()));
		method = combo(grid, OpenMessages.Settings_method, SignalMapWizardKeys.NORMALISATION);
		method.setItems(OpenMessages.Settings_methodZScore, OpenMessages.Settings_methodRank);
		method.select(METHODS.indexOf(ScoringParameters.defaults().method()));

		Label label = new Label(grid, SWT.NONE);
		label.setText(OpenMessages.Settings_coverage);
		label.setToolTipText(OpenMessages.Settings_coverageHint);
		Composite percent = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(percent);
		coverage = WidgetKeys.set(new Spinner(percent, SWT.BORDER), SignalMapWizardKeys.MIN_COVERAGE);
		coverage.setValues((int) Math.round(100 * ScoringParameters.DEFAULT_MIN_COVERAGE), 5, 100, 0, 5, 10);
		coverage.setToolTipText(OpenMessages.Settings_coverageHint);
		new Label(percent, SWT.NONE).setText(OpenMessages.Settings_coverageUnit);
	}

	private static Combo combo(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = WidgetKeys.set(new Combo(parent, SWT.READ_ONLY), id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	/**
	 * Offers the years of the data, keeping the chosen one when it is still there and else choosing the latest.
	 *
	 * @param available the years, ascending; empty when there is no data
	 */
	void setYears(int[] available) {
		int chosen = year.getSelectionIndex() >= 0 ? years[year.getSelectionIndex()] : Integer.MIN_VALUE;
		years = available.clone();
		year.setItems(Arrays.stream(years).mapToObj(Integer::toString).toArray(String[]::new));
		int keep = Arrays.binarySearch(years, chosen);
		if (years.length > 0) {
			year.select(keep >= 0 ? keep : years.length - 1);
		}
	}

	/** @return the year to show first */
	int year() {
		return years[year.getSelectionIndex()];
	}

	/** @return the reference, normalisation and minimum coverage chosen, with the method's class rule */
	ScoringParameters parameters() {
		return ScoringParameters.of(REFERENCES.get(reference.getSelectionIndex()), METHODS.get(method.getSelectionIndex()),
				coverage.getSelection() / 100.0);
	}
}
