"""The query layer: questions over the Store interface (notions, sides, timelines)."""
