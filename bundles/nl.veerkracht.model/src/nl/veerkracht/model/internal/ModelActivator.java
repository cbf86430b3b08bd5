package nl.veerkracht.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import nl.veerkracht.model.validation.VeerkrachtValidator;

/**
 * Registers the validator of the analysis model while the bundle is active, so that every
 * {@link org.eclipse.emf.ecore.util.Diagnostician} applies its rules.
 */
public final class ModelActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		VeerkrachtValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		VeerkrachtValidator.unregister();
	}
}
