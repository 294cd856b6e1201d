"""Code-drawn art, so rooms need no image files.

`scenes` draws the room backgrounds, `props` the objects on hotspots and the exit door, `signs`
the traffic signs, `icons` the inventory icons; `palette` holds the colours they share.
"""
