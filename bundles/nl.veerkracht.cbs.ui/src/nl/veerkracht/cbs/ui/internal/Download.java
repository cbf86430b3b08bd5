package nl.veerkracht.cbs.ui.internal;

import java.net.URI;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.online.CbsODataClient;
import nl.veerkracht.cbs.online.DownloadMonitor;
import nl.veerkracht.cbs.online.KwbTable;
import nl.veerkracht.cbs.online.KwbTableConversion;
import nl.veerkracht.cbs.online.OnlineDataException;
import nl.veerkracht.cbs.online.PdokFeaturesClient;
import nl.veerkracht.cbs.online.RegionLevel;
import nl.veerkracht.cbs.online.RequestPolicy;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * Downloads a gemeente's boundaries from PDOK and its Kerncijfers from CBS for the download wizard,
 * with progress and cancellation, and reads the figures through the variable catalogue.
 */
public final class Download implements IRunnableWithProgress {

	private final String gemeente;
	private final int year;
	private final RegionLevel level;
	private final URI cbsAddress;
	private final String pdokAddress;
	private FeatureCollection boundaries;
	private CbsData data;
	private String failure;

	/**
	 * @param gemeente    e.g. GM0599
	 * @param year        the year of figures and boundaries
	 * @param level       which boundaries
	 * @param cbsAddress  the CBS open data OData address
	 * @param pdokAddress the PDOK service template with {year}
	 */
	public Download(String gemeente, int year, RegionLevel level, URI cbsAddress, String pdokAddress) {
		this.gemeente = gemeente;
		this.year = year;
		this.level = level;
		this.cbsAddress = cbsAddress;
		this.pdokAddress = pdokAddress;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			boundaries = new PdokFeaturesClient(pdokAddress, RequestPolicy.DEFAULT, PdokFeaturesClient.DEFAULT_PAGE_SIZE)
					.fetchBoundaries(gemeente, year, level, Crs.RD_NEW,
							watch(progress.split(1), Messages.Download_progressBoundaries));
			KwbTable table = new CbsODataClient(cbsAddress, RequestPolicy.DEFAULT).fetchKerncijfers(gemeente, year,
					watch(progress.split(1), Messages.Download_progressFigures));
			data = KwbTableConversion.toCbsData(table, VariableCatalogue.standard());
		} catch (OnlineDataException e) {
			failure = NLS.bind(Messages.Download_failed, e.getMessage());
		} catch (CancellationException e) {
			throw new InterruptedException();
		}
	}

	private static DownloadMonitor watch(SubMonitor monitor, String message) {
		return new DownloadMonitor() {
			@Override
			public void pageDone(int pages, long rows) {
				monitor.subTask(NLS.bind(message, pages, rows));
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}
		};
	}

	/** @return the boundaries, or {@code null} when the download failed */
	public FeatureCollection boundaries() {
		return boundaries;
	}

	/** @return the figures, or {@code null} when the download failed */
	public CbsData data() {
		return data;
	}

	/** @return why the download failed, in the user's language, or {@code null} */
	public String failure() {
		return failure;
	}
}
