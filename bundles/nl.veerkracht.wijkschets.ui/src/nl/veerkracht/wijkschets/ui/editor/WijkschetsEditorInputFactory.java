package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores the wijkschets editors that were open when the workbench was closed. */
public final class WijkschetsEditorInputFactory implements IElementFactory {

	/** The id of this factory in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.editorInputFactory"; //$NON-NLS-1$

	private static final String FILE = "file"; //$NON-NLS-1$
	private static final String FRAGMENT = "fragment"; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$

	static void save(WijkschetsEditorInput input, IMemento memento) {
		memento.putString(FILE, input.file().getFullPath().toString());
		memento.putString(FRAGMENT, input.fragment());
		memento.putString(NAME, input.name());
	}

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(FILE);
		String fragment = memento.getString(FRAGMENT);
		if (path == null || fragment == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
		return file.exists() ? new WijkschetsEditorInput(file, fragment, memento.getString(NAME)) : null;
	}
}
