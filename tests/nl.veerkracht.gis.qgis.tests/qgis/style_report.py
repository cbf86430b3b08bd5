"""Opens GeoPackage layers in QGIS as QGIS opens them (applying the default style from layer_styles) and
prints, as one JSON object, each layer's renderer, classes, labels, styles in the database and the fill
colour QGIS draws every feature with. Usage: style_report.py FILE.gpkg LAYER [LAYER ...]

Run with Debian's /usr/bin/python3 (packages qgis and python3-qgis) and QT_QPA_PLATFORM=offscreen."""
import json
import sys

from qgis.core import (QgsApplication, QgsExpressionContextUtils, QgsRenderContext, QgsVectorLayer)


def colour(c):
    return '#%02x%02x%02x%02x' % (c.red(), c.green(), c.blue(), c.alpha())


def symbol_report(symbol):
    if symbol is None:
        return None
    layer = symbol.symbolLayer(0)
    props = layer.properties()
    report = {'type': symbol.type(), 'layer': layer.layerType(), 'colour': colour(symbol.color())}
    for key in ('outline_color', 'line_color'):
        if key in props:
            report['stroke'] = props[key]
    for key in ('outline_width', 'line_width'):
        if key in props:
            report['stroke_width'] = float(props[key])
            report['stroke_unit'] = props.get(key + '_unit')
    return report


def classes(renderer):
    kind = renderer.type()
    if kind == 'categorizedSymbol':
        return [dict(label=c.label(), value=str(c.value()), symbol=symbol_report(c.symbol()))
                for c in renderer.categories()]
    if kind == 'graduatedSymbol':
        return [dict(label=r.label(), lower=r.lowerValue(), upper=r.upperValue(), symbol=symbol_report(r.symbol()))
                for r in renderer.ranges()]
    if kind == 'singleSymbol':
        return [dict(label='', symbol=symbol_report(renderer.symbol()))]
    return []


def feature_colours(layer):
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    colours = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbol = renderer.symbolForFeature(feature, context)
        colours[str(feature.id())] = None if symbol is None else colour(symbol.color())
    renderer.stopRender(context)
    return colours


def report(path, name):
    layer = QgsVectorLayer('%s|layername=%s' % (path, name), name, 'ogr')
    if not layer.isValid():
        return {'valid': False}
    renderer = layer.renderer()
    result = {'valid': True, 'renderer': renderer.type(), 'classes': classes(renderer),
              'attribute': getattr(renderer, 'classAttribute', lambda: '')(),
              'labels': bool(layer.labelsEnabled() and layer.labeling() is not None),
              'colours': feature_colours(layer)}
    if result['labels']:
        settings = layer.labeling().settings()
        result['label_field'] = settings.fieldName
    # the styles of this layer come first, the other layers' styles in the database after them
    related, ids, names, descriptions, error = layer.listStylesInDatabase()
    result['styles'] = list(names)[:related]
    return result


def main():
    app = QgsApplication([], False)
    app.initQgis()
    path = sys.argv[1]
    print(json.dumps({name: report(path, name) for name in sys.argv[2:]}, ensure_ascii=True), flush=True)
    app.exitQgis()


main()
