"""Date and time formats where Django's own locale leaves a gap (FORMAT_MODULE_PATH)."""
