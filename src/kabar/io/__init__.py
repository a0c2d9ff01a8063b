"""Reading articles from files, standard input and HTML pages (``kabar.io.readers``, ``kabar.io.html``)."""
