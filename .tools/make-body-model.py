#!/usr/bin/env python3
"""Draws the first version of Curriculum/body/body-model.json (issue 19).

The body model is data: edit the JSON directly from now on. This script is kept to show how the
first drawing was made (limbs as centre lines with widths, regions as bands along them), and can
be re-run to start over: python3 .tools/make-body-model.py > Curriculum/body/body-model.json

Coordinates: the front and back views share one 100 x 200 space, the side of the head a 100 x 100
space; y grows downwards. Only the body's RIGHT side is declared (front view: x < 50, the viewer's
left; back view: x > 50; side of the head: the right side, face to the viewer's right). Palpate
mirrors each "mirrored" region to make its left twin. Regions are clipped to the view's outline when
drawn, so a band may reach a little past the skin.
"""
import json, math

def r(v):
    return round(v, 1)

def ellipse(cx, cy, rx, ry, n=24, a0=0.0, a1=360.0):
    pts = []
    for i in range(n):
        a = math.radians(a0 + (a1 - a0) * i / n)
        pts.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return pts

def rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

class Limb:
    """A limb as stations (x, y, half width); `outer` is +1 when the outer side is at the viewer's
    right of the direction of travel (down the limb)."""
    def __init__(self, stations, outer_sign):
        self.s = stations
        self.sign = outer_sign
        # cumulative length for t in [0, 1]
        self.len = [0.0]
        for a, b in zip(stations, stations[1:]):
            self.len.append(self.len[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))

    def at(self, t):
        L = t * self.len[-1]
        for i in range(len(self.s) - 1):
            if L <= self.len[i + 1] or i == len(self.s) - 2:
                seg = self.len[i + 1] - self.len[i]
                u = 0 if seg == 0 else (L - self.len[i]) / seg
                a, b = self.s[i], self.s[i + 1]
                x = a[0] + (b[0] - a[0]) * u
                y = a[1] + (b[1] - a[1]) * u
                w = a[2] + (b[2] - a[2]) * u
                dx, dy = b[0] - a[0], b[1] - a[1]
                n = math.hypot(dx, dy) or 1
                # normal pointing to the outer side
                nx, ny = -dy / n * self.sign, dx / n * self.sign
                return x, y, w, nx, ny
        raise ValueError

    def point(self, t, f):
        """f = 0 on the outer edge, 1 on the inner edge (values beyond reach past the skin)."""
        x, y, w, nx, ny = self.at(t)
        off = w * (1 - 2 * f)
        return (x + nx * off, y + ny * off)

    def band(self, t0, t1, f0, f1, steps=4):
        a = [self.point(t0 + (t1 - t0) * i / steps, f0) for i in range(steps + 1)]
        b = [self.point(t0 + (t1 - t0) * i / steps, f1) for i in range(steps + 1)]
        return a + b[::-1]

    def outline(self, steps=16):
        return self.band(0, 1, -0.02, 1.02, steps)

def mirror(pts, width=100):
    return [(width - x, y) for x, y in pts]

# ---- the front view (body's right side at x < 50) ----
front_arm = Limb([(27, 41, 5.5), (22.5, 56, 4.8), (20.5, 70, 4.3), (17.5, 84, 4.0), (14.5, 97, 3.2)], 1)
front_hand = Limb([(14.5, 96, 3.3), (12.8, 104, 4.0), (11.2, 111, 3.6), (10.2, 116, 1.8)], 1)
front_leg = Limb([(40.5, 100, 9.5), (41, 120, 8), (41.5, 140, 6), (41.5, 150, 5.6), (41.8, 165, 5.2),
                  (42, 180, 3.8), (42, 189, 3.2)], 1)
front_foot = Limb([(42, 188, 3.4), (41.5, 194, 4.6), (41.3, 198, 4.2)], 1)
torso_right = [(50, 32), (45, 32), (36, 35.5), (30, 38), (27.5, 44), (30.5, 52), (33.5, 66), (35, 78),
               (32.5, 90), (31, 100), (33, 106), (50, 107)]
head = ellipse(50, 15, 9, 12.5)
neck = rect(45, 24, 55, 35)

def body_outline(arm, hand, leg, foot):
    out = [head, neck, torso_right + mirror(torso_right[::-1])[1:]]
    for limb in (arm, hand, leg, foot):
        out.append(limb.outline())
        out.append(mirror(limb.outline()))
    return out

front_outline = body_outline(front_arm, front_hand, front_leg, front_foot)
# the back view is the same silhouette seen from behind: the right side moves to x > 50
back_arm = Limb([(100 - x, y, w) for x, y, w in front_arm.s], -1)
back_hand = Limb([(100 - x, y, w) for x, y, w in front_hand.s], -1)
back_leg = Limb([(100 - x, y, w) for x, y, w in front_leg.s], -1)
back_foot = Limb([(100 - x, y, w) for x, y, w in front_foot.s], -1)
back_outline = body_outline(back_arm, back_hand, back_leg, back_foot)

# ---- the right side of the head, face to the viewer's right ----
head_side_outline = [[(50, 8), (62, 9), (72, 14), (79, 22), (82, 32), (81, 38), (84, 46), (90, 56),
                      (85, 60), (86, 66), (84, 70), (83, 76), (78, 81), (70, 82), (68, 86), (70, 100),
                      (38, 100), (36, 86), (30, 78), (24, 70), (19, 58), (18, 44), (22, 28), (30, 16),
                      (40, 10)]]
EAR = [(46, 40), (52, 39), (55, 44), (54, 52), (50, 57), (46, 55)]

regions = []

def region(name, title, shapes, sides="mirrored"):
    regions.append({"name": name, "title": title, "sides": sides,
                    "shapes": [{"view": v, "points": [[r(x), r(y)] for x, y in pts]} for v, pts in shapes]})

FA, FH, FL, FF = front_arm, front_hand, front_leg, front_foot
BA, BH, BL, BF = back_arm, back_hand, back_leg, back_foot

# head and face
region("vertex", "Top of the head (vertex)", [("front", rect(43, 1, 50, 5)), ("back", rect(50, 1, 57, 5)),
       ("head-side", [(32, 4), (70, 4), (72, 15), (32, 15)])])
region("forehead", "Forehead", [("front", rect(43, 5, 50, 11)), ("head-side", [(68, 14), (90, 14), (90, 35), (70, 35)])])
region("eyebrow", "Eyebrow", [("front", rect(42, 11, 49.5, 13.5)), ("head-side", rect(66, 35, 90, 39))])
region("eye", "Around and behind the eye", [("front", rect(42, 13.5, 49, 17)), ("head-side", rect(66, 39, 90, 47))])
region("temple", "Temple", [("front", rect(40, 8, 43, 16)), ("head-side", [(54, 20), (68, 18), (66, 39), (66, 46), (56, 44), (54, 38)])])
region("side-of-head", "Side of the head", [("head-side", [(34, 15), (68, 15), (68, 18), (54, 20), (54, 38), (45, 38), (34, 36)])])
region("back-of-head", "Back of the head", [("back", rect(50, 5, 56.5, 25)), ("head-side", [(10, 15), (34, 15), (34, 36), (36, 44), (36, 64), (24, 68), (10, 68)])])
region("ear", "Deep in the ear", [("head-side", EAR)])
region("behind-ear", "Behind the ear (mastoid)", [("back", rect(56.5, 16, 62, 25)), ("head-side", [(36, 38), (45, 38), (46, 40), (46, 55), (48, 60), (38, 64), (36, 64)])])
region("jaw-joint", "Jaw joint (TMJ)", [("head-side", [(55, 44), (56, 44), (62, 47), (62, 55), (54, 55), (54, 52)])])
region("cheek", "Cheek and upper jaw", [("front", rect(41, 17, 48, 22)), ("head-side", [(62, 47), (90, 47), (90, 58), (62, 58)])])
region("upper-front-teeth", "Upper front teeth", [("head-side", rect(78, 58, 92, 63))])
region("upper-back-teeth", "Upper back teeth", [("head-side", rect(64, 58, 78, 63))])
region("lower-back-teeth", "Lower back teeth", [("head-side", rect(64, 63, 78, 68))])
region("back-of-mouth", "Back of the mouth and tongue", [("head-side", [(56, 58), (64, 58), (64, 68), (58, 68)])])
region("lower-jaw", "Lower jaw", [("front", rect(42, 22, 50, 28)), ("head-side", [(60, 68), (92, 68), (92, 84), (64, 82), (60, 78)])])
region("angle-of-jaw", "Angle of the jaw", [("head-side", [(48, 60), (54, 55), (62, 55), (62, 58), (56, 58), (58, 68), (60, 68), (60, 78), (52, 76), (48, 66)])])
region("throat", "Throat", [("front", rect(46, 28, 54, 33)), ("head-side", [(60, 80), (80, 80), (80, 100), (64, 100)])], sides="midline")
region("side-of-neck", "Side of the neck", [("front", rect(44, 28, 46, 35)), ("head-side", [(44, 70), (52, 76), (60, 78), (60, 80), (64, 100), (46, 100)])])
region("back-of-neck", "Back of the neck", [("back", rect(50, 25, 54.5, 33)), ("head-side", [(24, 68), (36, 64), (38, 64), (48, 60), (48, 66), (44, 70), (46, 100), (20, 100)])])

# trunk, front
region("sternum-top", "Top of the sternum", [("front", rect(46, 33, 54, 41))], sides="midline")
region("front-of-shoulder", "Front of the shoulder (anterior deltoid)", [("front", FA.band(0.0, 0.22, 0.45, 1.15) + [(33, 37)])])
region("side-of-shoulder", "Side of the shoulder (middle deltoid)", [("front", FA.band(0.0, 0.22, -0.3, 0.45)), ("back", BA.band(0.0, 0.22, -0.3, 0.45))])
region("back-of-shoulder", "Back of the shoulder (posterior deltoid)", [("back", BA.band(0.0, 0.22, 0.45, 1.15) + [(67, 37)])])
region("chest", "Front of the chest", [("front", [(46, 41), (46, 36), (36, 35.5), (33, 38), (33.5, 47), (34, 60), (46, 60)])])
region("side-of-chest", "Side of the chest", [("front", [(27, 46), (33.5, 47), (34, 60), (35, 72), (29, 72)]), ("back", [(73, 46), (66.5, 47), (66, 60), (65, 72), (71, 72)])])
region("upper-abdomen", "Upper abdomen", [("front", rect(35, 60, 50, 80))])
region("lower-abdomen", "Lower abdomen", [("front", [(36, 80), (50, 80), (50, 97), (36, 93)])])
region("flank", "Side of the trunk above the iliac crest", [("front", [(29, 72), (35, 72), (36, 80), (36, 90), (30, 90)]), ("back", [(71, 72), (65, 72), (64, 80), (64, 88), (70, 90)])])
region("front-of-hip", "Front of the hip", [("front", [(30, 90), (36, 90), (36, 93), (42, 95), (42, 104), (33, 106), (30, 100)])])
region("groin", "Groin", [("front", [(42, 95), (50, 97), (50, 108), (42, 106)])])
region("outer-hip", "Outer hip (greater trochanter)", [("front", [(36, 88), (30, 90), (28, 100), (29, 110), (34, 110), (33, 104), (33, 94)]), ("back", [(64, 88), (70, 90), (72, 100), (71, 110), (66, 110)])])

# trunk, back
region("neck-shoulder-angle", "Angle of the neck and shoulder", [("back", [(54.5, 30), (58, 31), (62, 33.5), (57, 38), (54.5, 37)])])
region("top-of-shoulder", "Top of the shoulder (acromion)", [("back", [(62, 33.5), (66, 35), (74, 38), (73, 41), (66, 39), (64, 37)])])
region("top-of-scapula", "Above the spine of the scapula", [("back", [(57, 38), (62, 33.5), (64, 37), (66, 39), (73, 41), (71, 43), (57.5, 43)])])
region("between-shoulder-blades", "Between the shoulder blades and the spine", [("back", rect(50, 37, 54.5, 64))])
region("scapula-inner-border", "Inner border of the scapula", [("back", [(54.5, 37), (57, 38), (57.5, 43), (57.5, 62), (54.5, 64)])])
region("over-scapula", "Over the scapula", [("back", [(57.5, 43), (71, 43), (69, 52), (66.5, 60), (57.5, 60)])])
region("lower-scapula-angle", "Lower angle of the scapula", [("back", [(54.5, 64), (57.5, 60), (66.5, 60), (66, 66), (58, 68), (54.5, 68)])])
region("mid-back", "Mid-back", [("back", [(50, 64), (54.5, 64), (54.5, 68), (58, 68), (66, 66), (65, 72), (64, 80), (50, 80)])])
region("low-back", "Low back beside the spine", [("back", [(50, 80), (60, 80), (60, 94), (50, 94)])])
region("iliac-crest", "Along the iliac crest", [("back", [(60, 82), (64, 80), (64, 88), (66, 91), (64, 95), (60, 96)])])
region("sacroiliac", "Sacroiliac joint", [("back", [(53, 94), (60, 94), (60, 96), (58, 106), (53, 106)])])
region("sacrum", "Sacrum", [("back", [(47, 94), (53, 94), (53, 106), (51, 111), (49, 111), (47, 106)])], sides="midline")
region("coccyx", "Coccyx (tailbone)", [("back", rect(48.5, 111, 51.5, 116))], sides="midline")
region("upper-buttock", "Upper buttock", [("back", [(60, 96), (64, 95), (66, 91), (66, 101), (58, 102), (58, 106)])])
region("buttock", "Middle of the buttock", [("back", [(58, 102), (66, 101), (66, 110), (53, 110), (53, 106), (58, 106)])])
region("lower-buttock", "Lower buttock and gluteal fold", [("back", [(51.5, 110), (71, 110), (71, 117), (51.5, 117)])])

# the arm, front view (palm forward: the thumb side is the outer side)
region("front-of-upper-arm", "Front of the upper arm", [("front", FA.band(0.22, 0.52, 0.3, 0.7))])
region("outer-upper-arm", "Outer side of the upper arm", [("front", FA.band(0.22, 0.52, -0.3, 0.3)), ("back", BA.band(0.22, 0.52, -0.3, 0.3))])
region("inner-upper-arm", "Inner side of the upper arm", [("front", FA.band(0.22, 0.52, 0.7, 1.3))])
region("back-of-upper-arm", "Back of the upper arm", [("back", BA.band(0.22, 0.52, 0.3, 1.3))])
region("lateral-epicondyle", "Lateral epicondyle (outer elbow)", [("front", FA.band(0.52, 0.6, -0.3, 0.35)), ("back", BA.band(0.52, 0.6, -0.3, 0.3))])
region("medial-epicondyle", "Medial epicondyle (inner elbow)", [("front", FA.band(0.52, 0.6, 0.65, 1.3)), ("back", BA.band(0.52, 0.6, 0.7, 1.3))])
region("olecranon", "Point of the elbow (olecranon)", [("back", BA.band(0.52, 0.6, 0.3, 0.7))])
region("forearm-thumb-side", "Thumb side of the forearm", [("front", FA.band(0.6, 0.95, -0.3, 0.33))])
region("front-of-forearm", "Front of the forearm", [("front", FA.band(0.6, 0.95, 0.33, 0.67))])
region("forearm-little-finger-side", "Little-finger side of the forearm", [("front", FA.band(0.6, 0.95, 0.67, 1.3))])
region("back-of-forearm", "Back of the forearm", [("back", BA.band(0.6, 0.95, -0.3, 1.3))])
region("front-of-wrist-thumb-side", "Front of the wrist, thumb side", [("front", FA.band(0.95, 1.0, -0.3, 0.5) )])
region("front-of-wrist-little-finger-side", "Front of the wrist, little-finger side", [("front", FA.band(0.95, 1.0, 0.5, 1.3))])
region("back-of-wrist-thumb-side", "Back of the wrist, thumb side", [("back", BA.band(0.95, 1.0, -0.3, 0.5))])
region("back-of-wrist-little-finger-side", "Back of the wrist, little-finger side", [("back", BA.band(0.95, 1.0, 0.5, 1.3))])
region("palm", "Palm", [("front", FH.band(0.1, 0.55, -0.3, 1.3))])
region("thumb-and-index-finger", "Thumb and index finger", [("front", FH.band(0.55, 1.05, -0.6, 0.4))])
region("middle-finger", "Middle finger", [("front", FH.band(0.55, 1.05, 0.4, 0.65))])
region("ring-and-little-fingers", "Ring and little fingers", [("front", FH.band(0.55, 1.05, 0.65, 1.5))])
region("thumb-web", "Web between thumb and index finger (back of the hand)", [("back", BH.band(0.1, 0.6, -0.5, 0.4))])
region("back-of-hand", "Back of the hand", [("back", BH.band(0.1, 0.6, 0.4, 1.3)), ("back", BH.band(0.6, 1.05, -0.5, 1.5))])

# the leg, front view
region("front-of-thigh", "Front of the thigh", [("front", FL.band(0.04, 0.36, 0.3, 0.7))])
region("upper-outer-thigh", "Upper outer thigh", [("front", FL.band(0.04, 0.2, -0.3, 0.3)), ("back", BL.band(0.11, 0.2, -0.3, 0.2))])
region("lower-outer-thigh", "Lower outer thigh", [("front", FL.band(0.2, 0.36, -0.3, 0.3)), ("back", BL.band(0.2, 0.36, -0.3, 0.2))])
region("upper-inner-thigh", "Upper inner thigh", [("front", FL.band(0.08, 0.2, 0.7, 1.03))])
region("lower-inner-thigh", "Lower inner thigh", [("front", FL.band(0.2, 0.36, 0.7, 1.03))])
region("front-of-knee", "Front of the knee and kneecap", [("front", FL.band(0.36, 0.47, 0.25, 0.75))])
region("outer-knee", "Outer side of the knee", [("front", FL.band(0.36, 0.47, -0.3, 0.25)), ("back", BL.band(0.36, 0.47, -0.3, 0.2))])
region("inner-knee", "Inner side of the knee", [("front", FL.band(0.36, 0.47, 0.75, 1.03))])
region("shin", "Shin", [("front", FL.band(0.47, 0.9, 0.3, 0.75))])
region("outer-lower-leg", "Outer side of the lower leg", [("front", FL.band(0.47, 0.9, -0.3, 0.3)), ("back", BL.band(0.47, 0.9, -0.3, 0.15))])
region("inner-shin", "Inner side of the shin", [("front", FL.band(0.47, 0.9, 0.75, 1.03))])
region("front-of-ankle", "Front of the ankle", [("front", FL.band(0.9, 1.0, 0.3, 0.7))])
region("outer-ankle", "Outer ankle (lateral malleolus)", [("front", FL.band(0.9, 1.0, -0.3, 0.3)), ("back", BL.band(0.9, 1.0, -0.3, 0.25))])
region("inner-ankle", "Inner ankle (medial malleolus)", [("front", FL.band(0.9, 1.0, 0.7, 1.03)), ("back", BL.band(0.9, 1.0, 0.75, 1.03))])
region("outer-foot", "Outer side of the foot", [("front", FF.band(0.2, 1.1, -0.4, 0.45))])
region("instep", "Instep (arch of the foot)", [("front", FF.band(0.2, 0.7, 0.45, 1.4))])
region("big-toe", "Big toe", [("front", FF.band(0.7, 1.1, 0.45, 1.4))])

# the leg, back view
region("upper-back-of-thigh", "Upper back of the thigh", [("back", BL.band(0.11, 0.24, 0.2, 1.03))])
region("lower-back-of-thigh", "Lower back of the thigh", [("back", BL.band(0.24, 0.36, 0.2, 1.03))])
region("back-of-knee", "Back of the knee", [("back", BL.band(0.36, 0.47, 0.2, 1.03))])
region("upper-calf", "Upper calf", [("back", BL.band(0.47, 0.68, 0.15, 1.03))])
region("lower-calf", "Lower calf", [("back", BL.band(0.68, 0.82, 0.15, 1.03))])
region("achilles", "Achilles tendon", [("back", BL.band(0.82, 0.93, 0.25, 0.75))])
region("heel", "Back and underside of the heel", [("back", BL.band(0.93, 1.08, 0.2, 0.8))])

def view(name, title, width, height, outline, sides):
    return {"name": name, "title": title, "width": width, "height": height, "shows": sides,
            "outline": [[[r(x), r(y)] for x, y in pts] for pts in outline]}

model = {
    "format": 1,
    "version": "1.0.0",
    "title": "Palpate body model",
    "views": [
        view("front", "Front", 100, 200, front_outline, "both-sides"),
        view("back", "Back", 100, 200, back_outline, "both-sides"),
        view("head-side", "Side of the head", 100, 100, head_side_outline, "one-side"),
    ],
    "regions": regions,
}

def dump(value):
    text = json.dumps(value, indent=2, ensure_ascii=False)
    # one point per line is unreadable: keep each polygon on one line
    import re
    text = re.sub(r"\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]", r"[\1, \2]", text)
    text = re.sub(r"\[\s+((?:\[-?[\d.]+, -?[\d.]+\],?\s*)+)\]",
                  lambda m: "[" + re.sub(r",\s+", ", ", m.group(1).strip()) + "]", text)
    return text

print(dump(model))
