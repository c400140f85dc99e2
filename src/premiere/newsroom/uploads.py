"""Uploads stop being stored once they pass the largest picture the newsroom accepts.

Django streams every uploaded file to memory or a temporary file whatever its size, and it does
so for any POST whose form is read (the CSRF check reads it before a view runs). This handler
sits first: past PREMIERE_IMAGE_MAX_BYTES it passes no more bytes on, and the form receives an
empty file that reports its real size, which `picture_check` then refuses by name.
"""

import io

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class CappedUploadHandler(FileUploadHandler):
    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > settings.PREMIERE_IMAGE_MAX_BYTES:
            return None  # the handlers after this one (memory, temporary file) never see it
        return raw_data

    def file_complete(self, file_size):
        if file_size <= settings.PREMIERE_IMAGE_MAX_BYTES:
            return None  # the next handler hands over the file it stored
        return UploadedFile(
            file=io.BytesIO(),
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
