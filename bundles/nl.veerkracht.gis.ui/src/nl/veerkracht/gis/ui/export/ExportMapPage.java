package nl.veerkracht.gis.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.export.Decoration;
import nl.veerkracht.gis.export.MapExportFormat;
import nl.veerkracht.gis.export.MapExportSettings;
import nl.veerkracht.gis.export.PageSize;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * The one page of the map export: format, size (pixels or paper), resolution, title, which decorations,
 * and the file. Widgets carry SWTBot ids {@value #ID_PREFIX} plus {@code .format}, {@code .size},
 * {@code .width}, {@code .height}, {@code .dpi}, {@code .summary}, {@code .title}, {@code .legend},
 * {@code .scaleBar}, {@code .northArrow}, {@code .attribution}, {@code .attributionText}, {@code .file}
 * and {@code .browse}.
 */
final class ExportMapPage extends WizardPage {

	/** Prefix of this page's widget ids. */
	static final String ID_PREFIX = "veerkracht.export.map"; //$NON-NLS-1$

	private static final int DEFAULT_WIDTH = 1600;
	private static final int MAX_PIXELS = 20_000;

	private final MapSnapshot map;
	private Combo format;
	private Combo size;
	private Spinner width;
	private Spinner height;
	private Spinner dpi;
	private Label summary;
	private Text title;
	private Button legend;
	private Button scaleBar;
	private Button northArrow;
	private Button attribution;
	private Text attributionText;
	private Text file;

	ExportMapPage(MapSnapshot map) {
		super("map"); //$NON-NLS-1$
		this.map = map;
		setTitle(Messages.ExportMap_pageTitle);
		setDescription(Messages.ExportMap_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		format = combo(page, Messages.ExportMap_format, "format"); //$NON-NLS-1$
		for (MapExportFormat f : FormatChoice.all()) {
			format.add(FormatChoice.label(f));
		}
		format.select(0);
		size = combo(page, Messages.ExportMap_size, "size"); //$NON-NLS-1$
		for (PageSizeChoice choice : PageSizeChoice.values()) {
			size.add(choice.label());
		}
		size.select(0);
		Composite pixels = row(page, Messages.ExportMap_pixels, 3);
		width = spinner(pixels, "width", 16, MAX_PIXELS, DEFAULT_WIDTH); //$NON-NLS-1$
		new Label(pixels, SWT.NONE).setText("x"); //$NON-NLS-1$
		height = spinner(pixels, "height", 16, MAX_PIXELS, //$NON-NLS-1$
				Math.max(16, (int) Math.round((double) DEFAULT_WIDTH * map.height() / map.width())));
		Composite resolution = row(page, Messages.ExportMap_dpi, 2);
		dpi = spinner(resolution, "dpi", (int) MapExportSettings.MIN_DPI, (int) MapExportSettings.MAX_DPI, //$NON-NLS-1$
				(int) MapExportSettings.DEFAULT_DPI);
		summary = WidgetKeys.set(new Label(resolution, SWT.NONE), ID_PREFIX + ".summary"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		title = text(page, Messages.ExportMap_mapTitle, "title", map.defaultTitle()); //$NON-NLS-1$
		createParts(page);
		createFileRow(page);
		setControl(page);
		validate();
	}

	private void createParts(Composite page) {
		Group parts = new Group(page, SWT.NONE);
		parts.setText(Messages.ExportMap_parts);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(parts);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parts);
		legend = check(parts, Messages.ExportMap_legend, "legend"); //$NON-NLS-1$
		scaleBar = check(parts, Messages.ExportMap_scaleBar, "scaleBar"); //$NON-NLS-1$
		northArrow = check(parts, Messages.ExportMap_northArrow, "northArrow"); //$NON-NLS-1$
		attribution = check(parts, Messages.ExportMap_attribution, "attribution"); //$NON-NLS-1$
		attributionText = WidgetKeys.set(new Text(parts, SWT.BORDER | SWT.SINGLE), ID_PREFIX + ".attributionText"); //$NON-NLS-1$
		attributionText.setText(map.attribution());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(attributionText);
		attributionText.addListener(SWT.Modify, e -> validate());
	}

	private void createFileRow(Composite page) {
		new Label(page, SWT.NONE).setText(Messages.ExportMap_file);
		file = WidgetKeys.set(new Text(page, SWT.BORDER | SWT.SINGLE), ID_PREFIX + ".file"); //$NON-NLS-1$
		file.setText(Path.of(System.getProperty("user.home"), "kaart.png").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addListener(SWT.Modify, e -> validate());
		Button browse = WidgetKeys.set(new Button(page, SWT.PUSH), ID_PREFIX + ".browse"); //$NON-NLS-1$
		browse.setText(Messages.ExportMap_browse);
		browse.addListener(SWT.Selection, e -> browse());
	}

	private Combo combo(Composite page, String label, String id) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = WidgetKeys.set(new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN), ID_PREFIX + "." + id); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
		combo.addListener(SWT.Selection, e -> choiceChanged());
		return combo;
	}

	/** A labelled row whose controls sit side by side in a composite spanning the other two columns. */
	private static Composite row(Composite page, String label, int columns) {
		new Label(page, SWT.NONE).setText(label);
		Composite row = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
		return row;
	}

	private Spinner spinner(Composite page, String id, int min, int max, int value) {
		Spinner spinner = WidgetKeys.set(new Spinner(page, SWT.BORDER), ID_PREFIX + "." + id); //$NON-NLS-1$
		spinner.setValues(value, min, max, 0, 1, 100);
		spinner.addListener(SWT.Modify, e -> validate());
		return spinner;
	}

	private Text text(Composite page, String label, String id, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = WidgetKeys.set(new Text(page, SWT.BORDER | SWT.SINGLE), ID_PREFIX + "." + id); //$NON-NLS-1$
		text.setText(value);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(text);
		return text;
	}

	private Button check(Composite parts, String label, String id) {
		Button check = WidgetKeys.set(new Button(parts, SWT.CHECK), ID_PREFIX + "." + id); //$NON-NLS-1$
		check.setText(label);
		check.setSelection(true);
		check.addListener(SWT.Selection, e -> validate());
		return check;
	}

	private void choiceChanged() {
		Path current = filePath();
		if (current != null && current.getFileName() != null) {
			String name = current.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String base = dot > 0 ? name.substring(0, dot) : name;
			file.setText(current.resolveSibling(base + "." + format().extension()).toString()); //$NON-NLS-1$
		}
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.ExportMap_pageTitle);
		dialog.setFilterExtensions(new String[] { "*." + format().extension() }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { FormatChoice.filterName(format()) });
		Path current = filePath();
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		boolean pixels = sizeChoice() == PageSizeChoice.PIXELS;
		width.setEnabled(pixels);
		height.setEnabled(pixels);
		dpi.setEnabled(pixels || format() == MapExportFormat.PNG);
		attributionText.setEnabled(attribution.getSelection());
		summary.setText(summaryText());
		summary.getParent().layout(new Control[] { summary });
		String error = problem();
		setErrorMessage(error);
		setMessage(error == null && file.getText().isBlank() ? Messages.ExportMap_noFile : null);
		setPageComplete(error == null && !file.getText().isBlank());
	}

	private String problem() {
		if (map.layers().isEmpty()) {
			return Messages.ExportMap_noLayers;
		}
		if (file.getText().isBlank()) {
			return null;
		}
		Path path = filePath();
		if (path == null || path.getFileName() == null) {
			return NLS.bind(Messages.ExportMap_badFile, file.getText());
		}
		Path folder = path.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return NLS.bind(Messages.ExportMap_noFolder, folder);
		}
		if (MapExportFormat.forFile(path).orElse(null) != format()) {
			return NLS.bind(Messages.ExportMap_wrongExtension, format().extension());
		}
		return null;
	}

	private String summaryText() {
		PageSize page = page();
		String mm = String.format(Locale.ROOT, "%.0f × %.0f mm", page.widthMm(), page.heightMm()); //$NON-NLS-1$
		if (format() != MapExportFormat.PNG) {
			return mm;
		}
		return NLS.bind(Messages.ExportMap_summary, new Object[] { page.widthPixels(dpi.getSelection()),
				page.heightPixels(dpi.getSelection()), mm });
	}

	private Path filePath() {
		try {
			String text = file.getText().strip();
			return text.isEmpty() ? null : Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private PageSizeChoice sizeChoice() {
		return PageSizeChoice.values()[Math.max(0, size.getSelectionIndex())];
	}

	private PageSize page() {
		return sizeChoice().page(width.getSelection(), height.getSelection(), dpi.getSelection());
	}

	/** @return the chosen format */
	MapExportFormat format() {
		return FormatChoice.all()[Math.max(0, format.getSelectionIndex())];
	}

	/** @return the file to write; valid when the page is complete */
	Path file() {
		return filePath().toAbsolutePath();
	}

	/** @return what to export, as chosen on the page */
	MapExportSettings settings() {
		Set<Decoration> decorations = EnumSet.noneOf(Decoration.class);
		if (legend.getSelection()) {
			decorations.add(Decoration.LEGEND);
		}
		if (scaleBar.getSelection()) {
			decorations.add(Decoration.SCALE_BAR);
		}
		if (northArrow.getSelection()) {
			decorations.add(Decoration.NORTH_ARROW);
		}
		if (attribution.getSelection()) {
			decorations.add(Decoration.ATTRIBUTION);
		}
		return new MapExportSettings(map.layers(), map.crs(), map.extent(), page(), dpi.getSelection(),
				title.getText().strip(), decorations, attributionText.getText().strip());
	}
}
