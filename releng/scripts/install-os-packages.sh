#!/usr/bin/env bash
# Makes sure the Debian packages the workbench and its tests need are installed.
# Arguments name what is needed: gtk, xvfb, xauth, xdotool, imagemagick, fonts.
# Installs the missing ones when run as root with apt-get; otherwise says what to install.
set -euo pipefail

declare -A PACKAGE=(
	[gtk]=libgtk-3-0
	[xvfb]=xvfb
	[xauth]=xauth
	[xdotool]=xdotool
	[imagemagick]=imagemagick
	[fonts]=fonts-dejavu-core
	[gdal]=gdal-bin
	[qgis]=qgis
	[python3-qgis]=python3-qgis
	[libreoffice]=libreoffice-writer-nogui
)

missing=()
for need in "$@"; do
	package=${PACKAGE[$need]:-$need}
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$package")
	fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
	echo "veerkracht: installing ${missing[*]}" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
	echo "veerkracht: please install these Debian packages first: sudo apt-get install ${missing[*]}" >&2
	exit 1
fi
