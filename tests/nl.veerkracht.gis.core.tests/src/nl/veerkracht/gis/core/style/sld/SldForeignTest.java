package nl.veerkracht.gis.core.style.sld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/**
 * SLD written by other software, as QGIS exports it ("Save Style… > SLD") and as GeoServer styles are
 * written by hand, read as the nearest style of this workbench.
 */
class SldForeignTest {

	private static final Color OUTLINE = Color.decode("#232323");

	/** A graduated layer as QGIS exports it in SLD 1.0 form: ogc:And of the two bounds, >= for the first class. */
	private static final String QGIS_GRADUATED_SLD10 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
			    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd"
			    version="1.0.0">
			  <NamedLayer>
			    <Name>buurten_2024</Name>
			    <UserStyle>
			      <Name>buurten_2024</Name>
			      <FeatureTypeStyle>
			        <Rule>
			          <Name>4.1 - 12.5</Name>
			          <Title>4.1 - 12.5</Title>
			          <ogc:Filter>
			            <ogc:And>
			              <ogc:PropertyIsGreaterThanOrEqualTo>
			                <ogc:PropertyName>percentage_laag_inkomen</ogc:PropertyName>
			                <ogc:Literal>4.1</ogc:Literal>
			              </ogc:PropertyIsGreaterThanOrEqualTo>
			              <ogc:PropertyIsLessThanOrEqualTo>
			                <ogc:PropertyName>percentage_laag_inkomen</ogc:PropertyName>
			                <ogc:Literal>12.5</ogc:Literal>
			              </ogc:PropertyIsLessThanOrEqualTo>
			            </ogc:And>
			          </ogc:Filter>
			          <PolygonSymbolizer>
			            <Fill>
			              <CssParameter name="fill">#f7fcf5</CssParameter>
			            </Fill>
			            <Stroke>
			              <CssParameter name="stroke">#232323</CssParameter>
			              <CssParameter name="stroke-width">1</CssParameter>
			              <CssParameter name="stroke-linejoin">bevel</CssParameter>
			            </Stroke>
			          </PolygonSymbolizer>
			        </Rule>
			        <Rule>
			          <Name>12.5 - 21.25</Name>
			          <Title>12.5 - 21.25</Title>
			          <ogc:Filter>
			            <ogc:And>
			              <ogc:PropertyIsGreaterThan>
			                <ogc:PropertyName>percentage_laag_inkomen</ogc:PropertyName>
			                <ogc:Literal>12.5</ogc:Literal>
			              </ogc:PropertyIsGreaterThan>
			              <ogc:PropertyIsLessThanOrEqualTo>
			                <ogc:PropertyName>percentage_laag_inkomen</ogc:PropertyName>
			                <ogc:Literal>21.25</ogc:Literal>
			              </ogc:PropertyIsLessThanOrEqualTo>
			            </ogc:And>
			          </ogc:Filter>
			          <PolygonSymbolizer>
			            <Fill>
			              <CssParameter name="fill">#74c476</CssParameter>
			              <CssParameter name="fill-opacity">0.75</CssParameter>
			            </Fill>
			            <Stroke>
			              <CssParameter name="stroke">#232323</CssParameter>
			              <CssParameter name="stroke-width">1</CssParameter>
			            </Stroke>
			          </PolygonSymbolizer>
			        </Rule>
			        <Rule>
			          <Name>21.25 - 47.8</Name>
			          <Title>21.25 - 47.8</Title>
			          <ogc:Filter>
			            <ogc:And>
			              <ogc:PropertyIsGreaterThan>
			                <ogc:PropertyName>percentage_laag_inkomen</ogc:PropertyName>
			                <ogc:Literal>21.25</ogc:Literal>
			              </ogc:PropertyIsGreaterThan>
			              <ogc:PropertyIsLessThanOrEqualTo>
			                <ogc:PropertyName>percentage_laag_inkomen</ogc:PropertyName>
			                <ogc:Literal>47.8</ogc:Literal>
			              </ogc:PropertyIsLessThanOrEqualTo>
			            </ogc:And>
			          </ogc:Filter>
			          <PolygonSymbolizer>
			            <Fill>
			              <CssParameter name="fill">#00441b</CssParameter>
			            </Fill>
			            <Stroke>
			              <CssParameter name="stroke">#232323</CssParameter>
			              <CssParameter name="stroke-width">1</CssParameter>
			            </Stroke>
			          </PolygonSymbolizer>
			        </Rule>
			      </FeatureTypeStyle>
			    </UserStyle>
			  </NamedLayer>
			</StyledLayerDescriptor>
			""";

	/** A categorized layer as QGIS exports it in SLD 1.0 form, with an "all other values" category. */
	private static final String QGIS_CATEGORIZED_SLD10 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
			    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.0.0">
			  <NamedLayer>
			    <Name>wijken_rotterdam</Name>
			    <UserStyle>
			      <Name>wijken_rotterdam</Name>
			      <FeatureTypeStyle>
			        <Rule>
			          <Name>Centrum</Name>
			          <Title>Centrum</Title>
			          <ogc:Filter>
			            <ogc:PropertyIsEqualTo>
			              <ogc:PropertyName>wijknaam</ogc:PropertyName>
			              <ogc:Literal>Centrum</ogc:Literal>
			            </ogc:PropertyIsEqualTo>
			          </ogc:Filter>
			          <PolygonSymbolizer>
			            <Fill>
			              <CssParameter name="fill">#e41a1c</CssParameter>
			            </Fill>
			            <Stroke>
			              <CssParameter name="stroke">#232323</CssParameter>
			              <CssParameter name="stroke-width">1</CssParameter>
			            </Stroke>
			          </PolygonSymbolizer>
			        </Rule>
			        <Rule>
			          <Name>Delfshaven</Name>
			          <Title>Delfshaven (west)</Title>
			          <ogc:Filter>
			            <ogc:PropertyIsEqualTo>
			              <ogc:PropertyName>wijknaam</ogc:PropertyName>
			              <ogc:Literal>Delfshaven</ogc:Literal>
			            </ogc:PropertyIsEqualTo>
			          </ogc:Filter>
			          <PolygonSymbolizer>
			            <Fill>
			              <CssParameter name="fill">#377eb8</CssParameter>
			            </Fill>
			            <Stroke>
			              <CssParameter name="stroke">#232323</CssParameter>
			              <CssParameter name="stroke-width">1</CssParameter>
			            </Stroke>
			          </PolygonSymbolizer>
			        </Rule>
			        <Rule>
			          <Name></Name>
			          <ElseFilter/>
			          <PolygonSymbolizer>
			            <Fill>
			              <CssParameter name="fill">#999999</CssParameter>
			            </Fill>
			            <Stroke>
			              <CssParameter name="stroke">#232323</CssParameter>
			              <CssParameter name="stroke-width">1</CssParameter>
			            </Stroke>
			          </PolygonSymbolizer>
			        </Rule>
			      </FeatureTypeStyle>
			    </UserStyle>
			  </NamedLayer>
			</StyledLayerDescriptor>
			""";

	/** What QGIS 3 actually writes: SLD 1.1.0 with Symbology Encoding, Description/Title and labels. */
	private static final String QGIS3_GRADUATED_SE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd" version="1.1.0" xmlns:se="http://www.opengis.net/se" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
			  <NamedLayer>
			    <se:Name>buurten</se:Name>
			    <UserStyle>
			      <se:Name>buurten</se:Name>
			      <se:FeatureTypeStyle>
			        <se:Rule>
			          <se:Name>0 - 1000</se:Name>
			          <se:Description>
			            <se:Title>0 - 1000</se:Title>
			          </se:Description>
			          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
			            <ogc:And>
			              <ogc:PropertyIsGreaterThanOrEqualTo>
			                <ogc:PropertyName>inwoners</ogc:PropertyName>
			                <ogc:Literal>0</ogc:Literal>
			              </ogc:PropertyIsGreaterThanOrEqualTo>
			              <ogc:PropertyIsLessThanOrEqualTo>
			                <ogc:PropertyName>inwoners</ogc:PropertyName>
			                <ogc:Literal>1000</ogc:Literal>
			              </ogc:PropertyIsLessThanOrEqualTo>
			            </ogc:And>
			          </ogc:Filter>
			          <se:PolygonSymbolizer>
			            <se:Fill>
			              <se:SvgParameter name="fill">#deebf7</se:SvgParameter>
			            </se:Fill>
			            <se:Stroke>
			              <se:SvgParameter name="stroke">#232323</se:SvgParameter>
			              <se:SvgParameter name="stroke-width">1</se:SvgParameter>
			              <se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter>
			            </se:Stroke>
			          </se:PolygonSymbolizer>
			        </se:Rule>
			        <se:Rule>
			          <se:Name>1000 - 2500</se:Name>
			          <se:Description>
			            <se:Title>1000 - 2500</se:Title>
			          </se:Description>
			          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
			            <ogc:And>
			              <ogc:PropertyIsGreaterThan>
			                <ogc:PropertyName>inwoners</ogc:PropertyName>
			                <ogc:Literal>1000</ogc:Literal>
			              </ogc:PropertyIsGreaterThan>
			              <ogc:PropertyIsLessThanOrEqualTo>
			                <ogc:PropertyName>inwoners</ogc:PropertyName>
			                <ogc:Literal>2500</ogc:Literal>
			              </ogc:PropertyIsLessThanOrEqualTo>
			            </ogc:And>
			          </ogc:Filter>
			          <se:PolygonSymbolizer>
			            <se:Fill>
			              <se:SvgParameter name="fill">#9ecae1</se:SvgParameter>
			            </se:Fill>
			            <se:Stroke>
			              <se:SvgParameter name="stroke">#232323</se:SvgParameter>
			              <se:SvgParameter name="stroke-width">1</se:SvgParameter>
			              <se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter>
			            </se:Stroke>
			          </se:PolygonSymbolizer>
			        </se:Rule>
			        <se:Rule>
			          <se:Name>2500 - 11340</se:Name>
			          <se:Description>
			            <se:Title>2500 - 11340</se:Title>
			          </se:Description>
			          <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
			            <ogc:And>
			              <ogc:PropertyIsGreaterThan>
			                <ogc:PropertyName>inwoners</ogc:PropertyName>
			                <ogc:Literal>2500</ogc:Literal>
			              </ogc:PropertyIsGreaterThan>
			              <ogc:PropertyIsLessThanOrEqualTo>
			                <ogc:PropertyName>inwoners</ogc:PropertyName>
			                <ogc:Literal>11340</ogc:Literal>
			              </ogc:PropertyIsLessThanOrEqualTo>
			            </ogc:And>
			          </ogc:Filter>
			          <se:PolygonSymbolizer>
			            <se:Fill>
			              <se:SvgParameter name="fill">#3182bd</se:SvgParameter>
			            </se:Fill>
			            <se:Stroke>
			              <se:SvgParameter name="stroke">#232323</se:SvgParameter>
			              <se:SvgParameter name="stroke-width">1</se:SvgParameter>
			              <se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter>
			            </se:Stroke>
			          </se:PolygonSymbolizer>
			        </se:Rule>
			        <se:Rule>
			          <se:MinScaleDenominator>1</se:MinScaleDenominator>
			          <se:MaxScaleDenominator>25000</se:MaxScaleDenominator>
			          <se:TextSymbolizer>
			            <se:Label>
			              <ogc:PropertyName>buurtnaam</ogc:PropertyName>
			            </se:Label>
			            <se:Font>
			              <se:SvgParameter name="font-family">Open Sans</se:SvgParameter>
			              <se:SvgParameter name="font-size">13</se:SvgParameter>
			            </se:Font>
			            <se:LabelPlacement>
			              <se:PointPlacement>
			                <se:AnchorPoint>
			                  <se:AnchorPointX>0.5</se:AnchorPointX>
			                  <se:AnchorPointY>0.5</se:AnchorPointY>
			                </se:AnchorPoint>
			              </se:PointPlacement>
			            </se:LabelPlacement>
			            <se:Halo>
			              <se:Radius>1</se:Radius>
			              <se:Fill>
			                <se:SvgParameter name="fill">#fafafa</se:SvgParameter>
			              </se:Fill>
			            </se:Halo>
			            <se:Fill>
			              <se:SvgParameter name="fill">#323232</se:SvgParameter>
			            </se:Fill>
			            <se:VendorOption name="maxDisplacement">1</se:VendorOption>
			          </se:TextSymbolizer>
			        </se:Rule>
			      </se:FeatureTypeStyle>
			    </UserStyle>
			  </NamedLayer>
			</StyledLayerDescriptor>
			""";

	/** A GeoServer style: PropertyIsBetween classes, a PropertyIsNull rule and labels in a second FeatureTypeStyle. */
	private static final String GEOSERVER_POINTS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<sld:StyledLayerDescriptor xmlns:sld="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" version="1.0.0">
			  <sld:NamedLayer>
			    <sld:Name>scholen</sld:Name>
			    <sld:UserStyle>
			      <sld:Name>leerlingen</sld:Name>
			      <sld:IsDefault>1</sld:IsDefault>
			      <sld:FeatureTypeStyle>
			        <sld:Rule>
			          <sld:Title>klein</sld:Title>
			          <ogc:Filter>
			            <ogc:PropertyIsBetween>
			              <ogc:PropertyName>leerlingen</ogc:PropertyName>
			              <ogc:LowerBoundary><ogc:Literal>0</ogc:Literal></ogc:LowerBoundary>
			              <ogc:UpperBoundary><ogc:Literal>200</ogc:Literal></ogc:UpperBoundary>
			            </ogc:PropertyIsBetween>
			          </ogc:Filter>
			          <sld:PointSymbolizer>
			            <sld:Graphic>
			              <sld:Mark>
			                <sld:WellKnownName>circle</sld:WellKnownName>
			                <sld:Fill><sld:CssParameter name="fill">#FFCC00</sld:CssParameter></sld:Fill>
			                <sld:Stroke><sld:CssParameter name="stroke"><ogc:Literal>#000000</ogc:Literal></sld:CssParameter></sld:Stroke>
			              </sld:Mark>
			              <sld:Size>6</sld:Size>
			            </sld:Graphic>
			          </sld:PointSymbolizer>
			        </sld:Rule>
			        <sld:Rule>
			          <sld:Title>groot</sld:Title>
			          <ogc:Filter>
			            <ogc:PropertyIsGreaterThan>
			              <ogc:PropertyName>leerlingen</ogc:PropertyName>
			              <ogc:Literal>200</ogc:Literal>
			            </ogc:PropertyIsGreaterThan>
			          </ogc:Filter>
			          <sld:PointSymbolizer>
			            <sld:Graphic>
			              <sld:Mark>
			                <sld:WellKnownName>square</sld:WellKnownName>
			                <sld:Fill><sld:CssParameter name="fill">#FF6600</sld:CssParameter></sld:Fill>
			              </sld:Mark>
			              <sld:Size>10</sld:Size>
			            </sld:Graphic>
			          </sld:PointSymbolizer>
			        </sld:Rule>
			        <sld:Rule>
			          <sld:Title>onbekend</sld:Title>
			          <ogc:Filter>
			            <ogc:PropertyIsNull><ogc:PropertyName>leerlingen</ogc:PropertyName></ogc:PropertyIsNull>
			          </ogc:Filter>
			          <sld:PointSymbolizer>
			            <sld:Graphic>
			              <sld:Mark><sld:WellKnownName>circle</sld:WellKnownName>
			                <sld:Fill><sld:CssParameter name="fill">#cccccc</sld:CssParameter></sld:Fill></sld:Mark>
			              <sld:Size>4</sld:Size>
			            </sld:Graphic>
			          </sld:PointSymbolizer>
			        </sld:Rule>
			      </sld:FeatureTypeStyle>
			      <sld:FeatureTypeStyle>
			        <sld:Rule>
			          <sld:MaxScaleDenominator>10000</sld:MaxScaleDenominator>
			          <sld:TextSymbolizer>
			            <sld:Label><ogc:PropertyName>naam</ogc:PropertyName></sld:Label>
			          </sld:TextSymbolizer>
			        </sld:Rule>
			      </sld:FeatureTypeStyle>
			    </sld:UserStyle>
			  </sld:NamedLayer>
			</sld:StyledLayerDescriptor>
			""";

	@Test
	void qgisGraduatedExportBecomesAGraduatedStyleWithItsBreaksColoursAndLabels() throws SldException {
		ReadWarnings warnings = new ReadWarnings();
		StyledLayer layer = single(new SldReader(warnings).read(QGIS_GRADUATED_SLD10, "laag_inkomen.sld"));
		assertEquals("buurten_2024", layer.name());
		assertEquals(GeometryKind.POLYGON, layer.geometry());
		GraduatedStyle style = assertInstanceOf(GraduatedStyle.class, layer.style());
		assertEquals("percentage_laag_inkomen", style.attribute());
		assertEquals(ClassificationMethod.MANUAL, style.classification().method());
		assertArrayEquals(new double[] { 12.5, 21.25, 47.8 }, style.classification().breaks());
		assertEquals(List.of("4.1 - 12.5", "12.5 - 21.25", "21.25 - 47.8"),
				style.classes().stream().map(c -> c.label()).toList());
		assertEquals(new SimpleStyle(Color.decode("#74c476"), OUTLINE, 1, 0.75, 8), style.classes().get(1).symbol());
		assertEquals(Color.decode("#f7fcf5"), style.classes().get(0).symbol().fill());
		assertNull(style.palette(), "three of Greens' nine colours are not its three-class variant");
		assertEquals(NoDataStyle.COLOUR, style.noDataSymbol().fill(), "no PropertyIsNull rule: grey no-data class");
		assertEquals(OUTLINE, style.noDataSymbol().stroke());
		LegendEntry last = style.legend().get(style.legend().size() - 1);
		assertTrue(last.noData());
		assertEquals(List.of("line 11: no rule draws features without a value (ogc:PropertyIsNull); they are drawn light"
				+ " grey as \"geen gegevens\""), messages(warnings));
	}

	@Test
	void qgisCategorizedExportBecomesACategorizedStyleWithOtherValues() throws SldException {
		ReadWarnings warnings = new ReadWarnings();
		StyledLayer layer = single(new SldReader(warnings).read(QGIS_CATEGORIZED_SLD10, "wijken.sld"));
		CategorizedStyle style = assertInstanceOf(CategorizedStyle.class, layer.style());
		assertEquals("wijknaam", style.attribute());
		SimpleStyle centrum = new SimpleStyle(Color.decode("#e41a1c"), OUTLINE, 1, 1, 8);
		assertEquals(List.of(new Category("Centrum", "Centrum", centrum),
				new Category("Delfshaven", "Delfshaven (west)", centrum.withFill(Color.decode("#377eb8")))),
				style.categories());
		assertEquals(centrum.withFill(Color.decode("#999999")), style.otherSymbol());
		assertEquals(style.otherSymbol(), style.noDataSymbol(), "an ElseFilter also draws features without a value");
		assertTrue(warnings.isEmpty(), warnings.list()::toString);
	}

	@Test
	void qgis3SymbologyEncodingExportIsReadWithLabelsAndItsColorBrewerPalette() throws SldException {
		ReadWarnings warnings = new ReadWarnings();
		StyledLayer layer = single(new SldReader(warnings).read(QGIS3_GRADUATED_SE, "inwoners.sld"));
		GraduatedStyle style = assertInstanceOf(GraduatedStyle.class, layer.style());
		assertEquals("inwoners", style.attribute());
		assertArrayEquals(new double[] { 1000, 2500, 11340 }, style.classification().breaks());
		assertEquals(List.of("0 - 1000", "1000 - 2500", "2500 - 11340"), style.classes().stream().map(c -> c.label()).toList());
		assertEquals(ColorBrewerPalette.BLUES, style.palette(), "the class colours are ColorBrewer Blues with 3 classes");
		LabelStyle labels = style.labelStyle();
		assertEquals(new LabelStyle("buurtnaam", "Open Sans", 9.75f, Color.decode("#323232"), Color.decode("#fafafa"), 1,
				25000), labels);
		assertEquals(1, warnings.list().size(), warnings.list()::toString);
	}

	@Test
	void geoServerPointStyleWithBetweenOpenTopClassAndLabelsInASecondFeatureTypeStyle() throws SldException {
		ReadWarnings warnings = new ReadWarnings();
		StyledLayer layer = single(new SldReader(warnings).read(GEOSERVER_POINTS, "scholen.sld"));
		assertEquals(GeometryKind.POINT, layer.geometry());
		GraduatedStyle style = assertInstanceOf(GraduatedStyle.class, layer.style());
		assertEquals(List.of("klein", "groot"), style.classes().stream().map(c -> c.label()).toList());
		double[] breaks = style.classification().breaks();
		assertEquals(200, breaks[0]);
		assertTrue(breaks[1] > 200 && style.classOf(5_000L) == 1, "the open top class holds every value above 200");
		assertEquals(new SimpleStyle(Color.decode("#FFCC00"), Color.BLACK, 1, 1, 6), style.classes().get(0).symbol());
		assertEquals(new SimpleStyle(Color.decode("#FF6600"), null, 0, 1, 10), style.classes().get(1).symbol());
		assertEquals(new SimpleStyle(Color.decode("#cccccc"), null, 0, 1, 4), style.noDataSymbol());
		assertEquals("naam", style.labelStyle().attribute());
		assertEquals(10000, style.labelStyle().maxScaleDenominator());
		assertEquals(Color.BLACK, style.labelStyle().colour(), "SLD's default text colour");
		assertEquals(List.of("line 39: the mark \"square\" is drawn as a circle"), messages(warnings));
	}

	@Test
	void aRuleWithoutFilterIsASingleSymbol() throws SldException {
		String xml = """
				<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.0.0">
				  <NamedLayer><Name>wegen</Name><UserStyle><FeatureTypeStyle><Rule>
				    <LineSymbolizer><Stroke><CssParameter name="stroke">#3366cc</CssParameter>
				      <CssParameter name="stroke-width">2.5</CssParameter></Stroke></LineSymbolizer>
				  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
				</StyledLayerDescriptor>
				""";
		StyledLayer layer = single(new SldReader().read(xml, "wegen.sld"));
		assertEquals(new StyledLayer("wegen", SingleSymbolStyle.of(new SimpleStyle(null, Color.decode("#3366cc"), 2.5f, 1, 8)),
				GeometryKind.LINE), layer);
	}

	private static StyledLayer single(List<StyledLayer> layers) {
		assertEquals(1, layers.size());
		return layers.get(0);
	}

	private static List<String> messages(ReadWarnings warnings) {
		return warnings.list().stream().map(ReadWarning::message).toList();
	}
}
