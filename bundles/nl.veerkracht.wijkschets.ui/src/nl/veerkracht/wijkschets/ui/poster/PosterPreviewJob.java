package nl.veerkracht.wijkschets.ui.poster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import nl.veerkracht.report.poster.PosterContent;
import nl.veerkracht.report.poster.PosterExport;
import nl.veerkracht.report.poster.WijkschetsPoster;

/**
 * Draws the front page of the poster for the preview on the editor's Poster page, in the background, as SWT image
 * data. A photo that cannot be read is left out, as in the export (which names it).
 */
public final class PosterPreviewJob extends Job {

	/** The family of the preview jobs. */
	public static final Object FAMILY = PosterPreviewJob.class;

	private final PosterContent content;
	private final Optional<Path> photo;
	private final int width;
	private final Consumer<ImageData> done;

	/**
	 * @param content the poster without the photo
	 * @param photo   the photo file, if the wijkschets names one
	 * @param width   the width of the preview in pixels
	 * @param done    receives the drawn page (on the job's thread)
	 */
	public PosterPreviewJob(PosterContent content, Optional<Path> photo, int width, Consumer<ImageData> done) {
		super(PosterMessages.Page_previewJob);
		this.content = content;
		this.photo = photo;
		this.width = width;
		this.done = done;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		PosterContent poster = content;
		if (photo.isPresent()) {
			try {
				poster = poster.withPhoto(PosterPhoto.read(photo.get()));
			} catch (IOException e) {
				// the export names the photo; the preview shows the poster without it
			}
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		double dpi = width / (WijkschetsPoster.WIDTH / 72.0);
		BufferedImage image;
		try {
			image = PosterExport.render(WijkschetsPoster.layout(poster, WijkschetsPoster.Overflow.MARK_ONLY),
					(int) Math.round(dpi));
		} catch (IOException e) {
			return Status.CANCEL_STATUS;
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		done.accept(toImageData(image));
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private static ImageData toImageData(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			image.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}
}
