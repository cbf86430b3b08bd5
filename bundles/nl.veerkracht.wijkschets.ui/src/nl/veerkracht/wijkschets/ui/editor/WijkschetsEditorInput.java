package nl.veerkracht.wijkschets.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What a wijkschets editor edits: one wijkschets of an analysis file, named by the file and the URI
 * fragment of the wijkschets in it. Kept over restarts of the workbench.
 *
 * @param file     the analysis file
 * @param fragment the URI fragment of the wijkschets in the analysis's resource
 * @param name     the wijkschets's name when the input was made, for the editor tab until it is open
 */
public record WijkschetsEditorInput(IFile file, String fragment, String name) implements IEditorInput, IPersistableElement {

	/** Checks the components. */
	public WijkschetsEditorInput {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(fragment, "fragment"); //$NON-NLS-1$
		name = name == null ? "" : name; //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WijkschetsEditorInput that && that.file.equals(file) && that.fragment.equals(fragment);
	}

	@Override
	public int hashCode() {
		return file.hashCode() * 31 + fragment.hashCode();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(file) ? adapter.cast(file) : null;
	}

	@Override
	public boolean exists() {
		return file.exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return file.exists() ? this : null;
	}

	@Override
	public String getToolTipText() {
		return file.getFullPath().toString() + " \u2013 " + name; //$NON-NLS-1$
	}

	@Override
	public String getFactoryId() {
		return WijkschetsEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		WijkschetsEditorInputFactory.save(this, memento);
	}
}
