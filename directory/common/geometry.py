"""Lines and rings in the plane, through shapely: simplification, label points, centres."""

from shapely.geometry import LineString, Polygon, shape


def simplify(points, tolerance, x_scale=1.0):
    """Douglas-Peucker: the points of a line within `tolerance` of it, its ends kept.

    `x_scale` stretches x before measuring (the cosine of the latitude, for longitude and
    latitude degrees), so the tolerance is the same distance in every direction.
    """
    if len(points) < 3 or tolerance <= 0:
        return [tuple(point) for point in points]
    line = LineString([(x * x_scale, y) for x, y in points])
    simplified = line.simplify(tolerance, preserve_topology=False)
    return [(x / x_scale, y) for x, y in simplified.coords]


def label_point(ring):
    """(area, (x, y)): a ring's area and a point inside it, where its label goes."""
    polygon = Polygon(ring)
    if not polygon.is_valid or polygon.area == 0:
        xs, ys = zip(*ring, strict=True)
        return 0, (round(sum(xs) / len(xs)), round(sum(ys) / len(ys)))
    point = polygon.point_on_surface()
    return polygon.area, (round(point.x), round(point.y))


def centre(geometry):
    """(latitude, longitude) of an outline's centre: {"type": "MultiPolygon", ...} in degrees.

    The centroid when it falls inside the outline, else a point inside it (a crescent's
    centroid lies outside); None for an outline without area.
    """
    outline = shape(geometry)
    if outline.is_empty or outline.area == 0:
        return None
    point = outline.centroid
    if not outline.contains(point):
        point = outline.representative_point()
    return point.y, point.x
