package nl.veerkracht.gis.export.internal;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.veerkracht.gis.export.ExportMonitor;
import nl.veerkracht.gis.export.ExportStage;
import nl.veerkracht.gis.export.MapExportSettings;
import nl.veerkracht.gis.export.MapLayout;
import nl.veerkracht.gis.export.MapPagePainter;
import nl.veerkracht.gis.export.PageSize;

/**
 * Writes the page as SVG with Apache Batik's {@link SVGGraphics2D}: map shapes become {@code path}
 * elements, texts {@code text} elements. The drawing is in layout pixels ({@code viewBox}); {@code width}
 * and {@code height} give the page size in millimetres, so that the file prints at its size.
 */
public final class SvgPageWriter implements PageWriter {

	private static final int PRECISION = 3;

	@Override
	public MapLayout write(MapExportSettings settings, ExportMonitor monitor, Path file) throws IOException {
		Document document = newDocument();
		SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
		context.setComment("Veerkracht Workbench");
		context.setPrecision(PRECISION);
		context.setEmbeddedFontsOn(false);
		SVGGraphics2D g = new SVGGraphics2D(context, false);
		PageSize page = settings.page();
		g.setSVGCanvasSize(new Dimension((int) Math.ceil(page.layoutWidth()), (int) Math.ceil(page.layoutHeight())));
		try {
			MapLayout layout = MapPagePainter.paint(g, settings, monitor);
			if (layout == null) {
				return null;
			}
			monitor.beginStage(ExportStage.WRITING);
			Element root = g.getRoot();
			root.setAttributeNS(null, SVGConstants.SVG_WIDTH_ATTRIBUTE, millimetres(page.widthMm()));
			root.setAttributeNS(null, SVGConstants.SVG_HEIGHT_ATTRIBUTE, millimetres(page.heightMm()));
			root.setAttributeNS(null, SVGConstants.SVG_VIEW_BOX_ATTRIBUTE,
					String.format(Locale.ROOT, "0 0 %.3f %.3f", page.layoutWidth(), page.layoutHeight()));
			document.replaceChild(root, document.getDocumentElement());
			serialise(document, file);
			return layout;
		} finally {
			g.dispose();
		}
	}

	private static Document newDocument() throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().getDOMImplementation()
					.createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
		} catch (ParserConfigurationException e) {
			throw new IOException("no XML document builder in this Java runtime: " + e.getMessage(), e);
		}
	}

	private static void serialise(Document document, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			transformer.transform(new DOMSource(document), new StreamResult(out));
		} catch (TransformerException e) {
			throw new IOException("cannot write the SVG: " + e.getMessage(), e);
		}
	}

	private static String millimetres(double mm) {
		return String.format(Locale.ROOT, "%.2fmm", mm);
	}
}
