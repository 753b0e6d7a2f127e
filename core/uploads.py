"""Checks an uploaded file passes before anything parses it.

A DOCX or XLSX file is a zip archive: a few kilobytes can unpack into gigabytes (a zip
bomb) or into a million parts. ``zip_check`` reads only the archive's directory (which
Python's zipfile then holds each member to: it never unpacks more than a member declares)
and refuses the file when the declared sizes or the number of parts are beyond what such a
document needs. Parsing itself happens in core.sandbox, under time and memory limits.
"""

import io
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class ZipLimits:
    total_mb: int = 20  # all members unpacked
    part_mb: int = 8  # any one member unpacked (whatever its name: parts are found by
    # their relationships, not by their names)
    parts: int = 300
    ratio: int = 200  # unpacked size of a member over its packed size


TITLE_TEMPLATE = ZipLimits()


def zip_check(data: bytes, limits: ZipLimits = TITLE_TEMPLATE) -> None:
    """ValidationError unless ``data`` is a zip archive within ``limits``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise ValidationError(_("The file is not a valid DOCX or XLSX file (zip).")) from error
    if len(members) > limits.parts:
        raise ValidationError(
            _("The file has too many parts (%(count)s; at most %(limit)s).")
            % {"count": len(members), "limit": limits.parts}
        )
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > limits.part_mb * 1024 * 1024:
            raise ValidationError(
                _("A part of the file unpacks to more than %(mb)s MB; it is refused.")
                % {"mb": limits.part_mb}
            )
        if member.file_size > 1024 * 1024 and member.file_size / packed > limits.ratio:
            raise ValidationError(
                _("The file is packed suspiciously tightly (a zip bomb?); it is refused.")
            )
    if total > limits.total_mb * 1024 * 1024:
        raise ValidationError(
            _("The file unpacks to more than %(mb)s MB; it is refused.") % {"mb": limits.total_mb}
        )
