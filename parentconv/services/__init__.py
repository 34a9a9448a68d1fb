"""What the UI and the command line call. Every function takes the ``Database`` first and
returns plain, frozen views (``parentconv.services.views``), never ORM objects."""
