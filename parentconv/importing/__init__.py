"""Reading a class list a school exported (CSV, Excel, EDEXML) into checked rows; no Qt, no store.

``read.read_class_list`` is the entry point; ``rows`` holds what it returns and ``columns`` the
field keys a column can be mapped to. Writing the rows to the store is
``parentconv.services.class_import``.
"""
