package nl.veerkracht.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Creates {@link VeerkrachtResource}s; registered for the extension {@value AnalyseFiles#FILE_EXTENSION}
 * in the bundle's plugin.xml and by {@link AnalyseFiles#newResourceSet()}.
 */
public class VeerkrachtResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new VeerkrachtResource(uri);
	}
}
