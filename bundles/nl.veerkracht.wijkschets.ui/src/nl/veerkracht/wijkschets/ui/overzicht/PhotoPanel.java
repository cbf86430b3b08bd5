package nl.veerkracht.wijkschets.ui.overzicht;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The photo of the wijkschets: chosen with a file dialog, kept in {@code photoPath} relative to the analysis
 * file's folder when it lies inside it (else as an absolute path), shown scaled to the panel with its aspect
 * ratio kept. A photo that is missing or cannot be read is told by name instead. Use on the UI thread.
 */
final class PhotoPanel {

	/** The file name patterns of the photo dialog. */
	static final String[] EXTENSIONS = { "*.png;*.jpg;*.jpeg;*.gif;*.bmp;*.PNG;*.JPG;*.JPEG;*.GIF;*.BMP", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final WijkschetsEditor editor;
	private final Wijkschets wijkschets;
	private final Canvas canvas;
	private final Button remove;
	private Image image;
	private String shownPath;
	private String problem;

	PhotoPanel(Composite parent, FormToolkit toolkit, WijkschetsEditor editor) {
		this.editor = editor;
		this.wijkschets = editor.getWijkschets();
		Composite panel = toolkit.createComposite(parent);
		panel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		panel.setLayout(layout);
		canvas = new Canvas(panel, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		canvasData.heightHint = 130;
		canvasData.widthHint = 300;
		canvas.setLayoutData(canvasData);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addDisposeListener(e -> disposeImage());
		WidgetKeys.set(canvas, OverzichtWidgetKeys.PHOTO);
		Button choose = toolkit.createButton(panel, OverzichtMessages.Photo_choose, SWT.PUSH);
		choose.addListener(SWT.Selection, e -> openDialog());
		WidgetKeys.set(choose, OverzichtWidgetKeys.PHOTO_CHOOSE);
		remove = toolkit.createButton(panel, OverzichtMessages.Photo_remove, SWT.PUSH);
		remove.addListener(SWT.Selection, e -> setPhotoPath(null));
		WidgetKeys.set(remove, OverzichtWidgetKeys.PHOTO_REMOVE);
		editor.addModelListener(this::refresh);
		refresh();
	}

	/** Opens the file dialog and keeps the chosen photo. */
	private void openDialog() {
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
		dialog.setText(OverzichtMessages.Photo_dialogTitle);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { OverzichtMessages.Photo_filterImages, OverzichtMessages.Photo_filterAll });
		Path folder = analyseFolder();
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			choosePhoto(Path.of(chosen));
		}
	}

	/**
	 * Keeps a photo in the wijkschets, as the dialog does with the file chosen in it: relative to the
	 * analysis's folder when it lies inside it, else absolute. One command.
	 *
	 * @param file the image file
	 */
	void choosePhoto(Path file) {
		setPhotoPath(storedPath(file.toAbsolutePath().normalize(), analyseFolder()));
	}

	/**
	 * @param file   an absolute image file
	 * @param folder the analysis file's folder, or {@code null} when it has none on disk
	 * @return the path as {@code photoPath} keeps it: relative with forward slashes inside the folder, else
	 *         absolute
	 */
	static String storedPath(Path file, Path folder) {
		if (folder != null && file.startsWith(folder)) {
			return folder.relativize(file).toString().replace('\\', '/');
		}
		return file.toString();
	}

	/**
	 * @param photoPath the kept path
	 * @param folder    the analysis file's folder, or {@code null}
	 * @return the photo file
	 */
	static Path resolve(String photoPath, Path folder) {
		Path path = Path.of(photoPath);
		return path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
	}

	private void setPhotoPath(String path) {
		if (!Objects.equals(path, wijkschets.getPhotoPath())) {
			editor.getEditingDomain().getCommandStack().execute(
					SetCommand.create(editor.getEditingDomain(), wijkschets, Literals.WIJKSCHETS__PHOTO_PATH,
							path == null ? SetCommand.UNSET_VALUE : path));
		}
	}

	private Path analyseFolder() {
		if (editor.getFile() == null || editor.getFile().getLocation() == null) {
			return null;
		}
		return editor.getFile().getLocation().toFile().toPath().toAbsolutePath().getParent();
	}

	/** @return the problem with the photo shown instead of it, or {@code null} */
	String getProblem() {
		return problem;
	}

	/** @return whether a photo is shown */
	boolean hasImage() {
		return image != null && !image.isDisposed();
	}

	/** @return the area of the canvas the photo is drawn in, or an empty rectangle */
	Rectangle imageBounds() {
		if (!hasImage()) {
			return new Rectangle(0, 0, 0, 0);
		}
		Rectangle source = image.getBounds();
		Rectangle area = canvas.getClientArea();
		double scale = Math.min((double) area.width / source.width, (double) area.height / source.height);
		int width = Math.max((int) Math.round(source.width * scale), 1);
		int height = Math.max((int) Math.round(source.height * scale), 1);
		return new Rectangle(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
	}

	Canvas getControl() {
		return canvas;
	}

	private void refresh() {
		if (canvas.isDisposed()) {
			return;
		}
		String path = wijkschets.getPhotoPath();
		remove.setEnabled(path != null);
		if (Objects.equals(path, shownPath) && (image != null || problem != null || path == null)) {
			return;
		}
		shownPath = path;
		disposeImage();
		problem = null;
		if (path != null) {
			load(path);
		}
		canvas.setToolTipText(path == null ? null : path);
		canvas.redraw();
	}

	private void load(String path) {
		Path file;
		try {
			file = resolve(path, analyseFolder());
		} catch (InvalidPathException e) {
			problem = NLS.bind(OverzichtMessages.Photo_unreadable, path, e.getMessage());
			return;
		}
		if (!Files.isRegularFile(file)) {
			problem = NLS.bind(OverzichtMessages.Photo_missing, file);
			return;
		}
		try {
			image = new Image(canvas.getDisplay(), file.toString());
		} catch (SWTException | IllegalArgumentException e) {
			problem = NLS.bind(OverzichtMessages.Photo_unreadable, file, e.getMessage());
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (hasImage()) {
			Rectangle source = image.getBounds();
			Rectangle target = imageBounds();
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(image, 0, 0, source.width, source.height, target.x, target.y, target.width, target.height);
			return;
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
		gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
		String text = problem != null ? problem : OverzichtMessages.Photo_none;
		gc.setForeground(canvas.getDisplay().getSystemColor(problem != null ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GRAY));
		drawWrapped(gc, text, area);
	}

	private static void drawWrapped(GC gc, String text, Rectangle area) {
		int maxWidth = Math.max(area.width - 24, 40);
		StringBuilder lines = new StringBuilder();
		StringBuilder line = new StringBuilder();
		for (String word : breakLongWords(gc, text, maxWidth)) {
			String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
			if (gc.textExtent(candidate).x > maxWidth && !line.isEmpty()) {
				lines.append(line).append('\n');
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		lines.append(line);
		Point extent = gc.textExtent(lines.toString(), SWT.DRAW_DELIMITER);
		gc.drawText(lines.toString(), area.x + Math.max((area.width - extent.x) / 2, 4),
				area.y + Math.max((area.height - extent.y) / 2, 4), SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
	}

	/** Splits the text in words, a word too wide for a line (a long path) after its slashes or anywhere. */
	private static java.util.List<String> breakLongWords(GC gc, String text, int maxWidth) {
		java.util.List<String> words = new java.util.ArrayList<>();
		for (String word : text.split(" ")) { //$NON-NLS-1$
			String rest = word;
			while (gc.textExtent(rest).x > maxWidth && rest.length() > 1) {
				int cut = rest.length() - 1;
				while (cut > 1 && gc.textExtent(rest.substring(0, cut)).x > maxWidth) {
					cut--;
				}
				int slash = rest.lastIndexOf('/', cut - 1);
				if (slash > 0) {
					cut = slash + 1;
				}
				words.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			words.add(rest);
		}
		return words;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
