package nl.veerkracht.app.internal;

import java.awt.Color;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * Generates the built-in demo municipality in the background and shows it in the map: buurten
 * filled, wijken and the municipal boundary as outlines on top, and a notice that it is invented.
 */
final class OpenDemoJob extends Job {

	private static final SimpleStyle BUURTEN = SimpleStyle.defaults().withFill(new Color(0xF2, 0xC1, 0x8D))
			.withStroke(new Color(0x8A, 0x5A, 0x2B)).withStrokeWidth(0.8f).withOpacity(0.9);
	private static final SimpleStyle WIJKEN = SimpleStyle.defaults().withFill(null).withStroke(new Color(0x44, 0x44, 0x44))
			.withStrokeWidth(2f);
	private static final SimpleStyle GEMEENTE = SimpleStyle.defaults().withFill(null)
			.withStroke(new Color(0x1F, 0x3A, 0x5F)).withStrokeWidth(3.5f);

	private final MapView map;

	OpenDemoJob(MapView map) {
		super(Messages.Demo_jobName);
		this.map = map;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		DemoGemeente demo = DemoGemeente.generate();
		VectorLayer buurten = layer(Messages.Demo_buurten, demo.buurten(), BUURTEN);
		VectorLayer wijken = layer(Messages.Demo_wijken, demo.wijken(), WIJKEN);
		VectorLayer gemeente = layer(Messages.Demo_gemeente, demo.gemeente(), GEMEENTE);
		map.getSite().getShell().getDisplay().asyncExec(() -> {
			map.addLayer(buurten, false);
			map.addLayer(wijken, false);
			map.addLayer(gemeente, false);
			map.setNotice(DemoGemeente.NOTICE, List.of(buurten, wijken, gemeente));
			map.getMapCanvas().zoomToFullExtent();
		});
		return Status.OK_STATUS;
	}

	private VectorLayer layer(String title, FeatureCollection features, SimpleStyle style) {
		VectorLayer layer = new VectorLayer(NLS.bind(title, DemoGemeente.NAME), features, null, style);
		layer.getEnvelope(map.getMapContent().getCrs()); // reprojects and indexes here, not on the UI thread
		return layer;
	}
}
