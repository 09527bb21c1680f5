#!/bin/sh
# Builds the container's base image from Debian's packages, for machines that reach no image registry (Docker Hub is
# not reachable from ours; deb.debian.org is): a minimal Debian 12 root file system with the Java 17 runtime, made by
# mmdebstrap and imported into podman as localhost/spe-base:bookworm. Once per machine; needs root and mmdebstrap.
#   container/base-image.sh            (SPE_BASE_IMAGE names the image, DEBIAN_MIRROR the package mirror)
set -eu
image=${SPE_BASE_IMAGE:-localhost/spe-base:bookworm}
if podman image exists "$image"; then
    echo "base image $image exists"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# minbase has bash, groupadd and useradd; no documentation, manual pages or translations in a server's image.
# The JRE's post-installation script registers java's manual page as an alternative and fails when man1 is missing
# (its pages being excluded), so the directory is made once the essential packages are in.
mmdebstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --format=tar bookworm "$tmp/rootfs.tar" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
podman import --change 'CMD ["/bin/bash"]' "$tmp/rootfs.tar" "$image"
echo "base image $image built"
