package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * File &gt; Import &gt; Downloaden van CBS en PDOK, against a loopback server that answers as CBS open data
 * (OData v3) and PDOK (OGC API Features) document: the figures land on the boundaries as catalogue
 * variables.
 */
class CbsDownloadWizardTest extends MapTestBase {

	private static final String WIZARD = "nl.veerkracht.cbs.ui.import.download";
	private static final String PREFIX = "veerkracht.import.download";
	private static final String ODATA = "/ODataApi/odata/85984NED/";
	private static final String PDOK = "/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items";

	private WizardRobot wizard;

	@AfterEach
	void closeWizard() {
		if (wizard != null) {
			wizard.cancel();
		}
	}

	@Test
	void downloadsBoundariesAndFiguresAndJoinsThem() throws Exception {
		try (LoopbackServer server = new LoopbackServer()) {
			server.serve(ODATA + "DataProperties", """
					{"odata.metadata":"{base}/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.DataProperties","value":[
					{"Type":"GeoDimension","Key":"WijkenEnBuurten","Title":"Wijken en buurten"},
					{"Type":"Topic","Key":"AantalInwoners_5","Title":"Aantal inwoners","Datatype":"Long","Unit":"aantal","Decimals":0},
					{"Type":"Topic","Key":"GemiddeldeWOZWaardeVanWoningen_39","Title":"Gemiddelde WOZ-waarde van woningen","Datatype":"Long","Unit":"x 1 000 euro","Decimals":0}
					]}""");
			server.serve(ODATA + "TypedDataSet", """
					{"odata.metadata":"{base}/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TypedDataSet","value":[
					{"ID":0,"WijkenEnBuurten":"GM0599    ","AantalInwoners_5":664311,"GemiddeldeWOZWaardeVanWoningen_39":283},
					{"ID":1,"WijkenEnBuurten":"WK059901  ","AantalInwoners_5":38145,"GemiddeldeWOZWaardeVanWoningen_39":331},
					{"ID":2,"WijkenEnBuurten":"BU05990110","AantalInwoners_5":4305,"GemiddeldeWOZWaardeVanWoningen_39":null},
					{"ID":3,"WijkenEnBuurten":"BU05990111","AantalInwoners_5":2980,"GemiddeldeWOZWaardeVanWoningen_39":402}
					]}""");
			server.serve(PDOK, """
					{"type":"FeatureCollection","numberReturned":2,"links":[],"features":[
					{"type":"Feature","id":1,"properties":{"buurtcode":"BU05990110","buurtnaam":"Stadsdriehoek","gemeentecode":"GM0599"},
					 "geometry":{"type":"Polygon","coordinates":[[[92000,437000],[93000,437000],[93000,438000],[92000,438000],[92000,437000]]]}},
					{"type":"Feature","id":2,"properties":{"buurtcode":"BU05990111","buurtnaam":"Cool","gemeentecode":"GM0599"},
					 "geometry":{"type":"Polygon","coordinates":[[[91000,437000],[92000,437000],[92000,438000],[91000,438000],[91000,437000]]]}}
					]}""");

			wizard = WizardRobot.open(robot, shell, WIZARD);
			wizard.type(PREFIX + ".gemeente", "GM0599");
			wizard.type(PREFIX + ".cbs", server.base() + "/ODataApi/odata/");
			wizard.type(PREFIX + ".pdok", server.base() + "/cbs/wijken-en-buurten-{year}/ogc/v1/");
			wizard.next();

			Label summary = robot.widget(wizard.shell(), PREFIX + ".summary", Label.class);
			robot.waitUntil("the download", () -> !summary.getText().isEmpty() || wizard.errorMessage() != null);
			assertEquals(null, wizard.errorMessage());
			assertTrue(summary.getText().startsWith("2 grenzen en cijfers van 4 gebieden"), summary.getText());
			String join = robot.widget(wizard.shell(), PREFIX + ".join", Text.class).getText();
			assertTrue(join.startsWith("2 grenzen gekoppeld op 'buurtcode' voor 2024."), join);
			assertTrue(server.requests().stream().anyMatch(r -> r.contains("gemeentecode=GM0599")), server.requests().toString());
			assertTrue(server.requests().stream().anyMatch(r -> r.contains("substring(WijkenEnBuurten,2,4) eq '0599'")),
					server.requests().toString());

			wizard.finish();
			VectorLayer layer = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
			assertEquals("CBS 2024 buurten \u2014 GM0599", layer.getTitle());
			Feature stadsdriehoek = layer.getFeatures().getFeatures().get(0);
			assertEquals(4305.0, ((Number) stadsdriehoek.getAttribute("a_inw")).doubleValue());
			assertEquals(null, stadsdriehoek.getAttribute("g_wozbag"), "CBS's '.' stays missing, never 0");
		}
	}
}
