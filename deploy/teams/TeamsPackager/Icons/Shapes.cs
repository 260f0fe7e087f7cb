namespace ChatBot.Deploy.Teams.Icons;

/// <summary>Inside-tests for the few shapes the icons are made of, in unit-square coordinates.</summary>
public static class Shapes
{
    /// <summary>A rectangle from (left, top) to (right, bottom) with corners rounded by <paramref name="radius"/>.</summary>
    public static Func<double, double, bool> RoundedRect(double left, double top, double right, double bottom, double radius) =>
        (x, y) =>
        {
            if (x < left || x > right || y < top || y > bottom)
            {
                return false;
            }

            // Max/Min rather than Clamp: with a radius of half the height the bounds can cross by a rounding error.
            var cx = Math.Max(left + radius, Math.Min(x, right - radius));
            var cy = Math.Max(top + radius, Math.Min(y, bottom - radius));
            var dx = x - cx;
            var dy = y - cy;
            return (dx * dx) + (dy * dy) <= radius * radius;
        };

    /// <summary>A filled circle.</summary>
    public static Func<double, double, bool> Circle(double centerX, double centerY, double radius) =>
        (x, y) => ((x - centerX) * (x - centerX)) + ((y - centerY) * (y - centerY)) <= radius * radius;

    /// <summary>A filled triangle given by its three corners.</summary>
    public static Func<double, double, bool> Triangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        (x, y) =>
        {
            double Side((double X, double Y) p, (double X, double Y) q) => ((q.X - p.X) * (y - p.Y)) - ((q.Y - p.Y) * (x - p.X));
            var d1 = Side(a, b);
            var d2 = Side(b, c);
            var d3 = Side(c, a);
            var hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
            var hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
            return !(hasNegative && hasPositive);
        };

    /// <summary>Points inside any of the shapes.</summary>
    public static Func<double, double, bool> Union(params Func<double, double, bool>[] shapes) =>
        (x, y) => shapes.Any(s => s(x, y));

    /// <summary>Points inside <paramref name="shape"/> but not inside <paramref name="hole"/>.</summary>
    public static Func<double, double, bool> Minus(Func<double, double, bool> shape, Func<double, double, bool> hole) =>
        (x, y) => shape(x, y) && !hole(x, y);
}
