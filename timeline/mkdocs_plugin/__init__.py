"""The MkDocs plugin of timeline: generated chronology pages, exports, report links."""
