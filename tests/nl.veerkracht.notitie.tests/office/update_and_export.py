"""Opens a DOCX in LibreOffice Writer (headless, through its UNO bridge), updates every index as Word does
when a document asks to update its fields, and exports the result as PDF.

Usage: /usr/bin/python3 update_and_export.py <docx> <pdf> <profile-dir>
Prints one JSON line: {"indexes": n, "contents": "<text of the first index after updating>"}.
Needs the Debian packages libreoffice-writer-nogui and python3-uno.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if office.poll() is not None:
                sys.exit("LibreOffice stopped before it accepted a connection (exit %s)" % office.returncode)
            time.sleep(0.25)
    sys.exit("LibreOffice did not accept a connection within 60 s")


def main():
    source, target, profile = (os.path.abspath(a) for a in sys.argv[1:4])
    pipe = "veerkracht_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
                               "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe, office)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                                (prop("Hidden", True),))
        if document is None:
            sys.exit("LibreOffice could not open " + source)
        indexes = document.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        contents = indexes.getByIndex(0).getAnchor().getString() if indexes.getCount() else ""
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
        report = {"indexes": indexes.getCount(), "contents": contents}
        document.close(True)
        try:
            desktop.terminate()
        except DisposedException:
            pass
        print(json.dumps(report))
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
