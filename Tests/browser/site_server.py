"""A static file server on 127.0.0.1 that publishes a site folder under a
sub-path (/briefing/sub/), so checks prove the site works away from the host
root. Bounded: it serves only while the `with` block runs."""
import contextlib
import functools
import http.server
import os
import tempfile
import threading

SUB_PATH = "briefing/sub"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site_dir):
    with tempfile.TemporaryDirectory() as root:
        mount = os.path.join(root, SUB_PATH)
        os.makedirs(os.path.dirname(mount))
        os.symlink(os.path.abspath(site_dir), mount)
        handler = functools.partial(QuietHandler, directory=root)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
        finally:
            server.shutdown()
            server.server_close()
