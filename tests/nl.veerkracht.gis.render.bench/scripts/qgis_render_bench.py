#!/usr/bin/python3
"""QGIS side of the Veerkracht render benchmark.

Renders GeoJSON layers headless with the QGIS Python API (Debian: apt-get install -y qgis python3-qgis)
to an image of a given size and extent and reports the times as JSON.

Two ways to run it:

* Server mode (used by RenderBenchmark.java): no arguments. Prints one JSON line {"ready": true, ...},
  then reads one JSON request per line from stdin and answers each with one JSON line. This lets the
  Java harness alternate between its own renderer and QGIS, so that both see the same machine load.
  Request: {"id": "a", "fresh": true, "width": 1280, "height": 1024, "crs": "EPSG:28992",
            "extent": [minx, miny, maxx, maxy], "check": false,
            "layers": [{"file": "...geojson", "style": "single"}
                       | {"file": "...", "style": "graduated", "attribute": "bevolkingsdichtheid", "classes": 5}]}
  "fresh": true opens the layers anew (OGR reads the file), styles them (a graduated style computes its Jenks
  breaks) and renders: "load + first render". "fresh": false renders the layers of the last fresh request again
  with a new render job: "warm re-render". "check": true also samples the image and returns the fraction of
  non-white pixels (outside the timing), to prove that something was drawn; "save": "file.png" writes the image
  (outside the timing too).
  Answer: {"id": "a", "ms": total, "load_ms": opening the files, "style_ms": styling (Jenks breaks),
           "render_ms": the render job, "features": n, "coloured": fraction}
* Stand-alone: qgis_render_bench.py FILE.geojson [--runs N] [--width W] [--height H] [--graduated ATTRIBUTE]
  renders FILE at its full extent in EPSG:28992 and prints one JSON object with all timings.

Styles match the Java side: fill #E84A27 at 80 % opacity with a 1 pixel outline #682110 (DefaultStyles.next(0)),
or a graduated style with Jenks natural breaks and the ColorBrewer YlOrRd ramp on the same outline. QGIS keeps
its own default rendering simplification (1 pixel, reported in the "ready" line).
"""

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (Qgis, QgsApplication, QgsClassificationJenks, QgsColorBrewerColorRamp,  # noqa: E402
                       QgsCoordinateReferenceSystem, QgsFillSymbol, QgsGraduatedSymbolRenderer,
                       QgsMapRendererParallelJob, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

FILL = "232,74,39,204"
OUTLINE = "104,33,17,255"


def fill_symbol(colour=FILL):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": OUTLINE, "outline_width": "1",
                                       "outline_width_unit": "Pixel", "joinstyle": "round"})


def open_layer(spec):
    layer = QgsVectorLayer(spec["file"], os.path.basename(spec["file"]), "ogr")
    if not layer.isValid():
        raise RuntimeError("QGIS cannot open " + spec["file"])
    return layer


def style_layer(layer, spec):
    if spec.get("style", "single") == "graduated":
        renderer = QgsGraduatedSymbolRenderer(spec["attribute"])
        renderer.setSourceSymbol(fill_symbol())
        renderer.setClassificationMethod(QgsClassificationJenks())
        renderer.updateClasses(layer, int(spec.get("classes", 5)))
        renderer.updateColorRamp(QgsColorBrewerColorRamp("YlOrRd", int(spec.get("classes", 5))))
        layer.setRenderer(renderer)
    else:
        layer.setRenderer(QgsSingleSymbolRenderer(fill_symbol()))


def map_settings(layers, request):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(request.get("crs", "EPSG:28992")))
    settings.setOutputSize(QSize(int(request["width"]), int(request["height"])))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    minx, miny, maxx, maxy = request["extent"]
    settings.setExtent(QgsRectangle(minx, miny, maxx, maxy))
    return settings


def render(layers, request, job_kind):
    job_type = QgsMapRendererParallelJob if job_kind == "parallel" else QgsMapRendererSequentialJob
    job = job_type(map_settings(layers, request))
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def coloured_fraction(image):
    step = 4
    total = 0
    coloured = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if image.pixel(x, y) & 0xFFFFFF != 0xFFFFFF:
                coloured += 1
    return coloured / total


class Session:
    """Keeps the layers of the last fresh request for warm re-renders."""

    def __init__(self, job_kind):
        self.job_kind = job_kind
        self.layers = []

    def handle(self, request):
        start = time.perf_counter()
        load = 0.0
        if request.get("fresh", True):
            self.layers = []
            for spec in request["layers"]:
                opening = time.perf_counter()
                layer = open_layer(spec)
                load += time.perf_counter() - opening
                style_layer(layer, spec)
                self.layers.append(layer)
        styled = time.perf_counter()
        image = render(self.layers, request, self.job_kind)
        done = time.perf_counter()
        answer = {"id": request.get("id"), "ms": (done - start) * 1000, "load_ms": load * 1000,
                  "style_ms": (styled - start - load) * 1000, "render_ms": (done - styled) * 1000,
                  "features": sum(layer.featureCount() for layer in self.layers)}
        if request.get("check"):
            answer["coloured"] = coloured_fraction(image)
        if request.get("save"):
            image.save(request["save"])
        return answer


def ready_line(job_kind):
    probe = QgsVectorLayer("Point?crs=EPSG:4326", "probe", "memory")
    method = probe.simplifyMethod()
    return {"ready": True, "qgis": Qgis.QGIS_VERSION, "job": job_kind,
            "simplify_hints": int(method.simplifyHints()), "simplify_threshold_px": method.threshold()}


def serve(job_kind):
    session = Session(job_kind)
    print(json.dumps(ready_line(job_kind)), flush=True)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            answer = session.handle(json.loads(line))
        except Exception as error:  # report to the harness instead of dying silently
            answer = {"error": str(error)}
        print(json.dumps(answer), flush=True)


def standalone(arguments):
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1024)
    parser.add_argument("--graduated", metavar="ATTRIBUTE")
    parser.add_argument("--job", choices=["sequential", "parallel"], default="sequential")
    options = parser.parse_args(arguments)
    spec = {"file": options.file, "style": "graduated" if options.graduated else "single",
            "attribute": options.graduated, "classes": 5}
    probe = open_layer(spec)
    style_layer(probe, spec)
    settings = QgsMapSettings()
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    extent = settings.layerExtentToOutputExtent(probe, probe.extent())
    request = {"layers": [spec], "width": options.width, "height": options.height,
               "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]}
    session = Session(options.job)
    first = [session.handle(dict(request, fresh=True))["ms"] for _ in range(options.runs)]
    warm = [session.handle(dict(request, fresh=False))["ms"] for _ in range(options.runs)]
    result = ready_line(options.job)
    del result["ready"]
    result.update({"file": options.file, "size": [options.width, options.height],
                   "load_and_first_render_ms": first, "warm_render_ms": warm,
                   "median_load_and_first_render_ms": sorted(first)[len(first) // 2],
                   "median_warm_render_ms": sorted(warm)[len(warm) // 2]})
    print(json.dumps(result, indent=2))


def main():
    QgsApplication.setPrefixPath("/usr", True)
    application = QgsApplication([], False)
    application.initQgis()
    try:
        job_kind = os.environ.get("VEERKRACHT_QGIS_JOB", "sequential")
        if len(sys.argv) > 1:
            standalone(sys.argv[1:])
        else:
            serve(job_kind)
    finally:
        application.exitQgis()


if __name__ == "__main__":
    main()
