package nl.veerkracht.model.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;
import nl.veerkracht.model.regions.RegionTree;

/**
 * Creates a workspace project with a new analysis file: the gemeente with the wijken and buurten of
 * the CBS file, if one was given. Runs in the wizard's progress context; nothing is created when the
 * CBS file cannot be read.
 */
public final class AnalyseProjectCreation implements IRunnableWithProgress {

	private final String projectName;
	private final String gemeenteCode;
	private final String gemeenteName;
	private final int year;
	private final Optional<Path> cbsFile;
	private IFile created;

	/**
	 * @param projectName  the new project
	 * @param gemeenteCode e.g. GM0599
	 * @param gemeenteName e.g. Rotterdam
	 * @param year         the analysis's reference year
	 * @param cbsFile      a CBS file with the gemeente's wijken and buurten, if any
	 */
	public AnalyseProjectCreation(String projectName, String gemeenteCode, String gemeenteName, int year,
			Optional<Path> cbsFile) {
		this.projectName = projectName;
		this.gemeenteCode = gemeenteCode;
		this.gemeenteName = gemeenteName;
		this.year = year;
		this.cbsFile = cbsFile;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Analyse analyse = analyse(progress.split(1));
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
			project.create(progress.split(1));
			project.open(progress.split(1));
			IFile file = project.getFile(gemeenteName.replaceAll("[^\\p{L}\\p{N} _-]", "_") + "." + AnalyseFiles.FILE_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			AnalyseFiles.save(analyse, Path.of(file.getLocationURI()));
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			created = file;
		} catch (DataSourceException | ModelFileException | CoreException e) {
			throw new InvocationTargetException(e, NLS.bind(Messages.NewAnalyse_failed, e.getMessage()));
		}
	}

	private Analyse analyse(SubMonitor progress) throws DataSourceException {
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName(NLS.bind(Messages.NewAnalyse_analyseName, gemeenteName));
		analyse.setReferenceYear(year);
		Map<String, String> names = new LinkedHashMap<>();
		if (cbsFile.isPresent()) {
			progress.subTask(cbsFile.get().getFileName().toString());
			CbsData data = new CbsImport().read(cbsFile.get()).data();
			for (Region region : data.regions()) {
				names.put(region.code().code(), region.name());
			}
		}
		analyse.getGemeenten().add(RegionTree.gemeente(gemeenteCode, gemeenteName, names));
		return analyse;
	}

	/** @return the analysis file created, or {@code null} before {@link #run} succeeded */
	public IFile created() {
		return created;
	}
}
