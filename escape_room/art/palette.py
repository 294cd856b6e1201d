"""The colours of every drawn scene, prop, sign and icon, so the whole game looks like one set.

Backgrounds use the softer colours; props use the saturated ones with an `INK` outline, so they
stand out from the scene they are drawn on.
"""

from __future__ import annotations

Colour = tuple[int, int, int]

# Outlines, paper, glow
INK: Colour = (38, 44, 66)
WHITE: Colour = (250, 250, 246)
PAPER: Colour = (255, 248, 225)
GLOW: Colour = (255, 226, 70)
GLOW_EDGE: Colour = (240, 128, 20)

# Sky and weather
SKY_TOP: Colour = (118, 192, 238)
SKY_LOW: Colour = (204, 234, 250)
CLOUD: Colour = (255, 255, 255)
CLOUD_SHADE: Colour = (226, 238, 248)
SUN: Colour = (255, 222, 120)

# Ground and plants
GRASS: Colour = (128, 194, 104)
GRASS_FAR: Colour = (160, 206, 128)
FIELD: Colour = (236, 210, 110)
FOLIAGE: Colour = (74, 164, 96)
FOLIAGE_DARK: Colour = (52, 130, 78)
FOLIAGE_FAR: Colour = (116, 176, 138)
TRUNK: Colour = (132, 92, 62)

# Road, pavement, railway
ASPHALT: Colour = (86, 94, 108)
PAVEMENT: Colour = (212, 211, 204)
PAVEMENT_LINE: Colour = (194, 193, 186)
KERB: Colour = (160, 162, 166)
PAINT: Colour = (248, 248, 242)
PAINT_YELLOW: Colour = (250, 200, 40)
TACTILE: Colour = (236, 186, 52)
YARD: Colour = (226, 214, 190)
BALLAST: Colour = (158, 146, 134)
SLEEPER: Colour = (112, 86, 66)
RAIL: Colour = (112, 118, 130)
RAIL_SHINE: Colour = (196, 202, 212)

# Buildings
CREAM: Colour = (246, 232, 200)
PEACH: Colour = (244, 196, 156)
MINT: Colour = (178, 222, 192)
POWDER: Colour = (176, 206, 234)
LEMON: Colour = (246, 222, 134)
BRICK: Colour = (204, 100, 74)
BRICK_DARK: Colour = (172, 80, 60)
ROOF: Colour = (184, 82, 64)
ROOF_DARK: Colour = (150, 64, 52)
ROOF_GREY: Colour = (112, 118, 134)
WINDOW: Colour = (146, 200, 232)
WINDOW_SHINE: Colour = (204, 234, 250)
WOOD: Colour = (194, 134, 82)
WOOD_DARK: Colour = (146, 96, 58)

# Objects
RED: Colour = (232, 72, 68)
RED_DARK: Colour = (180, 48, 52)
ORANGE: Colour = (246, 142, 52)
YELLOW: Colour = (255, 206, 58)
YELLOW_DARK: Colour = (226, 168, 30)
GREEN: Colour = (72, 174, 102)
GREEN_DARK: Colour = (44, 130, 76)
BLUE: Colour = (62, 122, 214)
BLUE_DARK: Colour = (40, 86, 168)
PURPLE: Colour = (142, 104, 206)
PURPLE_DARK: Colour = (108, 76, 168)
METAL: Colour = (168, 176, 188)
METAL_DARK: Colour = (104, 112, 126)
CHARCOAL: Colour = (58, 62, 74)
TYRE: Colour = (48, 50, 60)
GLASS: Colour = (172, 218, 242)
SCREEN: Colour = (70, 98, 160)
REFLECTOR: Colour = (214, 240, 66)
REFLECTOR_DARK: Colour = (170, 200, 40)
LIGHT_RED: Colour = (255, 70, 56)
LIGHT_GREEN: Colour = (80, 230, 120)
LIGHT_OFF: Colour = (92, 86, 90)

# People
SKIN: Colour = (240, 192, 156)
HAIR: Colour = (104, 70, 46)
HAIR_FAIR: Colour = (226, 180, 90)
DENIM: Colour = (66, 84, 132)

# Traffic signs (Vienna Convention colours)
SIGN_RED: Colour = (214, 36, 46)
SIGN_BLUE: Colour = (22, 92, 190)
SIGN_YELLOW: Colour = (255, 198, 0)
SIGN_BLACK: Colour = (28, 28, 32)
EXIT_GREEN: Colour = (0, 150, 90)

# The Lithuanian flag
LT_YELLOW: Colour = (253, 185, 19)
LT_GREEN: Colour = (0, 106, 68)
LT_RED: Colour = (193, 39, 45)
