package nl.veerkracht.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A {@code .veerkracht} file: XMI in UTF-8 in which every object has a stable id, so that references
 * (an indicator value to its buurt, a wijkschets to its wijk) survive reordering and editing.
 */
public class VeerkrachtResource extends XMIResourceImpl {

	/**
	 * @param uri where the resource is stored
	 */
	public VeerkrachtResource(URI uri) {
		super(uri);
		setEncoding("UTF-8");
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		// the model version must be in every file, also while it equals the default
		getDefaultSaveOptions().put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}
}
