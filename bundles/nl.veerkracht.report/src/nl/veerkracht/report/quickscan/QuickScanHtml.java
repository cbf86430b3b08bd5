package nl.veerkracht.report.quickscan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.quickscan.internal.HtmlBlocks;
import nl.veerkracht.report.quickscan.internal.HtmlIds;
import nl.veerkracht.report.quickscan.internal.QuickScanOutline;
import nl.veerkracht.report.quickscan.internal.Xml;

/**
 * Writes the QuickScan as one self-contained HTML file: well-formed XHTML (UTF-8) with inline CSS and inline SVG
 * maps and charts, the same chapters as the PDF and a linked table of contents. It requests nothing from
 * anywhere: no scripts, no external style sheets, images or fonts. Every text from data or users is escaped.
 */
public final class QuickScanHtml {

	private static final String STYLE = """
			body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:860px;margin:0 auto;padding:0 24px 48px;line-height:1.45}
			header.title{background:#1f4e79;color:#fff;padding:32px 28px;margin:0 -24px 24px}
			header.title h1{margin:0 0 6px;font-size:2em}header.title p{margin:2px 0}
			h2{color:#1f4e79;border-bottom:2px solid #1f4e79;padding-bottom:4px;margin-top:40px}
			h3{color:#1f4e79;margin:22px 0 6px}h3 small{color:#666;font-weight:normal;font-size:.75em}
			nav ol{padding-left:1.4em}nav a{color:#1f4e79}
			table{border-collapse:collapse;width:100%;font-size:.88em;margin:8px 0 16px}
			th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #ccc}thead th{background:#e8eef4}
			.num{text-align:right}table.figures th{font-weight:normal;width:62%}table.figures td{font-weight:bold;color:#1f4e79}
			.swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #777;margin-right:5px;vertical-align:-1px}
			figure.map{margin:10px 0 20px}figure.map svg{width:100%;height:auto;border:1px solid #ccc}
			figure.map path{stroke:#636363;stroke-width:.6;fill-rule:evenodd}
			.marker circle{fill:#fff;stroke:#222;stroke-width:1}.marker text{font:bold 10px Helvetica,Arial,sans-serif;text-anchor:middle}
			rect.scale{fill:#222}rect.detail{fill:none;stroke:#222;stroke-width:1.5}text.scale{font:11px Helvetica,Arial,sans-serif}
			ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:.88em}
			figcaption{font-size:.85em;color:#444}
			article.profile{border-top:1px solid #ddd;margin-top:14px}p.figures{font-size:.88em;margin:2px 0 6px}
			svg.chart{width:100%;height:auto;font:11px Helvetica,Arial,sans-serif}svg.chart .axis{fill:#555;font-size:10px}
			svg.chart .values{font-size:10px}svg.chart line.zero{stroke:#555;stroke-width:1}
			footer{margin-top:40px;font-size:.85em;color:#555;border-top:1px solid #ccc;padding-top:8px}
			""";

	private QuickScanHtml() {
	}

	/**
	 * Writes the report.
	 *
	 * @param content what the report shows
	 * @param file the HTML file to write
	 * @throws DataSourceException naming the file, if it cannot be written
	 */
	public static void write(QuickScanContent content, Path file) throws DataSourceException {
		String html = render(content);
		SafeFileWrite.write(file, ".tmp.html", List.of(),
				temporary -> Files.writeString(temporary, html, StandardCharsets.UTF_8));
	}

	/**
	 * @param content what the report shows
	 * @return the whole document
	 */
	public static String render(QuickScanContent content) {
		List<Chapter> chapters = QuickScanOutline.chapters(content);
		StringBuilder html = new StringBuilder(256 * 1024);
		String title = content.title() + " " + content.year();
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\">\n<head>\n")
				.append("<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
				.append("<title>").append(Xml.escape(title)).append("</title>\n<style>\n").append(STYLE)
				.append("</style>\n</head>\n<body>\n");
		html.append("<header class=\"title\"><h1>QuickScan Veerkracht ").append(Xml.escape(content.gemeenteName()))
				.append("</h1>\n<p>Signaleringskaart ").append(content.year()).append(" \u00b7 ")
				.append(Xml.escape(content.gemeenteCode())).append("</p>\n<p>Gemaakt op ").append(content.madeOn())
				.append(" met de Veerkracht Workbench.</p></header>\n");
		html.append("<nav>\n<h2>").append(QuickScanPdf.INHOUD).append("</h2>\n<ol>\n");
		for (Chapter chapter : chapters) {
			html.append("<li><a href=\"#").append(HtmlIds.chapter(chapter)).append("\">").append(Xml.escape(chapter.title()))
					.append("</a></li>\n");
		}
		html.append("</ol>\n</nav>\n");
		for (Chapter chapter : chapters) {
			html.append("<section id=\"").append(HtmlIds.chapter(chapter)).append("\">\n<h2>")
					.append(Xml.escape(chapter.numberedTitle())).append("</h2>\n");
			for (Block block : chapter.blocks()) {
				HtmlBlocks.write(html, block);
			}
			html.append("</section>\n");
		}
		html.append("<footer>").append(Xml.escape(content.attribution())).append("</footer>\n</body>\n</html>\n");
		return html.toString();
	}
}
