package nl.veerkracht.gis.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * A list of files to import: type or paste a path and press Add, browse with the file dialog,
 * or drop files from the file manager; Remove takes the selected ones out. Widgets carry SWTBot
 * ids made of a prefix and {@code .path}, {@code .add}, {@code .browse}, {@code .files},
 * {@code .remove}.
 */
public final class FileListPart {

	private final org.eclipse.swt.widgets.List files;
	private final Text path;
	private final ListenerList<Runnable> changeListeners = new ListenerList<>();
	private final List<Path> selected = new ArrayList<>();

	/**
	 * @param parent  the composite, which gets a grid layout
	 * @param idPrefix prefix of the widget ids, e.g. {@code veerkracht.import.layers}
	 * @param filters the file dialog's filters
	 */
	public FileListPart(Composite parent, String idPrefix, FileDialogFilters filters) {
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.Import_path);
		path = WidgetKeys.set(new Text(parent, SWT.BORDER | SWT.SINGLE), idPrefix + ".path"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		Button add = WidgetKeys.set(new Button(parent, SWT.PUSH), idPrefix + ".add"); //$NON-NLS-1$
		add.setText(Messages.Import_add);
		add.addListener(SWT.Selection, e -> addTypedPath());
		path.addListener(SWT.DefaultSelection, e -> addTypedPath());

		files = WidgetKeys.set(new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL), idPrefix + ".files"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 2).grab(true, true).hint(480, 160).applyTo(files);
		Button browse = WidgetKeys.set(new Button(parent, SWT.PUSH), idPrefix + ".browse"); //$NON-NLS-1$
		browse.setText(Messages.Import_browse);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(browse);
		browse.addListener(SWT.Selection, e -> browse(filters));
		Button remove = WidgetKeys.set(new Button(parent, SWT.PUSH), idPrefix + ".remove"); //$NON-NLS-1$
		remove.setText(Messages.Import_remove);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, e -> removeSelected());
		installDropTarget();
	}

	/** @return the chosen files, in the order they were added */
	public List<Path> getFiles() {
		return List.copyOf(selected);
	}

	/** @param listener told whenever the list of files changes */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/**
	 * Adds files to the list, skipping ones already there.
	 *
	 * @param paths the files
	 */
	public void add(List<Path> paths) {
		for (Path file : paths) {
			Path absolute = file.toAbsolutePath().normalize();
			if (!selected.contains(absolute)) {
				selected.add(absolute);
				files.add(absolute.toString());
			}
		}
		changeListeners.forEach(Runnable::run);
	}

	private void addTypedPath() {
		String typed = path.getText().strip();
		if (!typed.isEmpty()) {
			add(List.of(Path.of(typed)));
			path.setText(""); //$NON-NLS-1$
		}
	}

	private void browse(FileDialogFilters filters) {
		FileDialog dialog = new FileDialog(files.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.OpenLayer_dialogTitle);
		dialog.setFilterExtensions(filters.extensions());
		dialog.setFilterNames(filters.names());
		if (dialog.open() != null) {
			Path folder = Path.of(dialog.getFilterPath());
			add(Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
		}
	}

	private void removeSelected() {
		int[] indices = files.getSelectionIndices();
		Arrays.sort(indices);
		for (int i = indices.length - 1; i >= 0; i--) {
			selected.remove(indices[i]);
			files.remove(indices[i]);
		}
		changeListeners.forEach(Runnable::run);
	}

	private void installDropTarget() {
		DropTarget target = new DropTarget(files, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					add(Arrays.stream(names).map(Path::of).filter(Files::exists).toList());
				}
			}
		});
	}
}
